// The whole pipeline on AWS, top to bottom: bucket → events → process →
// publish, plus re-processing and a download endpoint. Nothing runs until an
// article is uploaded (docs/aws.md, "What it costs").
import { CfnOutput, Duration, Stack, Validations, type StackProps } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import * as s3 from "aws-cdk-lib/aws-s3";
import { SqsDestination } from "aws-cdk-lib/aws-s3-notifications";
import type { Construct } from "constructs";
import { PREFIX } from "../../lambdas/pipeline/keys";
import { LakeBucket } from "./constructs/lakeBucket";
import { PipelineFunction } from "./constructs/pipelineFunction";
import { WorkQueue } from "./constructs/workQueue";

const PROCESS_TIMEOUT = Duration.minutes(1);
/** Collects S3 events for a few seconds, so an upload of many articles makes fewer, fuller batches. */
const PROCESS_BATCH_WINDOW = Duration.seconds(5);
const PUBLISH_TIMEOUT = Duration.minutes(5);
/** Dataset versions and the latest pointer. */
const DATASETS = "datasets/";
/** AWS's advice for a queue feeding a function: visibility ≥ 6 × the function timeout + the batching window. */
const visibilityFor = (timeout: Duration, batchWindow = Duration.seconds(0)) =>
  Duration.seconds(timeout.toSeconds() * 6 + batchWindow.toSeconds());

export class PipelineStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // The lake: articles in, extractions and dataset versions out (docs/records.md, "Bucket layout").
    const { bucket } = new LakeBucket(this, "Lake");

    // Every upload to and deletion from incoming/ becomes a message on the process queue.
    const processQueue = new WorkQueue(this, "ProcessQueue", { visibilityTimeout: visibilityFor(PROCESS_TIMEOUT, PROCESS_BATCH_WINDOW) });
    for (const event of [s3.EventType.OBJECT_CREATED, s3.EventType.OBJECT_REMOVED]) {
      bucket.addEventNotification(event, new SqsDestination(processQueue.queue), { prefix: PREFIX.incoming });
    }

    // Publish requests go to a FIFO queue with a single message group: Lambda then runs
    // one batch at a time, so two publishes never race (latest.json's compare-and-swap
    // is the final guard). A reserved concurrency of 1 would throttle instead, and
    // throttled messages count towards the dead-letter limit.
    const publishQueue = new WorkQueue(this, "PublishQueue", { fifo: true, visibilityTimeout: visibilityFor(PUBLISH_TIMEOUT) });

    // process: settles each article (extract, reject or remove), then asks for a publish.
    const processor = new PipelineFunction(this, "Process", {
      handlerFile: "process.ts",
      description: "incoming/ events → extractions/ (or errors/), then a publish request",
      timeout: PROCESS_TIMEOUT,
      // Extraction is single-threaded CPU work and Lambda gives one full vCPU at
      // 1,769 MB: less memory would only slow it down at about the same cost.
      memorySize: 1769,
      environment: { LAKE_BUCKET: bucket.bucketName, PUBLISH_QUEUE_URL: publishQueue.queue.queueUrl },
    });
    processor.function.addEventSource(
      new SqsEventSource(processQueue.queue, { batchSize: 10, maxBatchingWindow: PROCESS_BATCH_WINDOW, reportBatchItemFailures: true }),
    );
    processor.grantLake(bucket, { read: [PREFIX.incoming], readWrite: [PREFIX.extractions, PREFIX.errors, PREFIX.sources] });
    publishQueue.queue.grantSendMessages(processor.function);

    // publish: all extractions → a new immutable dataset version and the latest pointer.
    const publisher = new PipelineFunction(this, "Publish", {
      handlerFile: "publish.ts",
      description: "extractions/ → datasets/versions/<version>/ and datasets/latest.json",
      timeout: PUBLISH_TIMEOUT,
      memorySize: 1024,
      environment: { LAKE_BUCKET: bucket.bucketName },
    });
    publisher.function.addEventSource(new SqsEventSource(publishQueue.queue, { batchSize: 10 }));
    publisher.grantLake(bucket, { read: [PREFIX.extractions], readWrite: [DATASETS] });

    // reprocess (run by hand after a parser upgrade): every article back onto the process queue.
    const reprocessor = new PipelineFunction(this, "Reprocess", {
      handlerFile: "reprocess.ts",
      description: "every article in incoming/ → an event on the process queue",
      timeout: Duration.minutes(5),
      environment: { LAKE_BUCKET: bucket.bucketName, PROCESS_QUEUE_URL: processQueue.queue.queueUrl },
    });
    reprocessor.grantLake(bucket, { read: [PREFIX.incoming, PREFIX.sources] });
    processQueue.queue.grantSendMessages(reprocessor.function);

    // download: a function URL for IAM-signed requests, answering with presigned links.
    const downloader = new PipelineFunction(this, "Download", {
      handlerFile: "download.ts",
      description: "GET /versions[/<id|latest>[/<file>]] → version list, manifest or a presigned redirect",
      timeout: Duration.seconds(10),
      environment: { LAKE_BUCKET: bucket.bucketName },
    });
    downloader.grantLake(bucket, { read: [DATASETS] });
    const downloadUrl = downloader.function.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });

    // CDK's own function that writes the bucket's notification configuration.
    const notificationsHandler = this.node.children.find((child) => child.node.id.startsWith("BucketNotificationsHandler"));
    if (notificationsHandler) {
      Validations.of(notificationsHandler).acknowledge({
        id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        reason: "CDK's bucket-notifications custom resource; the managed policy only allows writing its logs.",
      });
    }

    // What the docs (docs/aws.md) and scripts need to find the deployment.
    new CfnOutput(this, "BucketName", { value: bucket.bucketName, description: "The lake bucket: upload articles to incoming/" });
    new CfnOutput(this, "ProcessQueueUrl", { value: processQueue.queue.queueUrl, description: "S3 events and re-processing requests" });
    new CfnOutput(this, "DownloadEndpoint", { value: downloadUrl.url, description: "Function URL (IAM auth): GET /versions" });
    new CfnOutput(this, "ReprocessFunctionName", { value: reprocessor.function.functionName, description: "Invoke to re-process every article" });
  }
}
