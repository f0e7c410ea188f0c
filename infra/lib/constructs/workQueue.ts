import { Duration } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface WorkQueueProps {
  /** At least 6× the consuming function's timeout, as AWS advises for Lambda event sources. */
  readonly visibilityTimeout: Duration;
  /** FIFO with content-based deduplication. */
  readonly fifo?: boolean;
  /** Deliveries before a message moves to the dead-letter queue. */
  readonly maxReceiveCount?: number;
}

/** A queue with its dead-letter queue and an alarm as soon as anything lands there. */
export class WorkQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly deadLetterAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: WorkQueueProps) {
    super(scope, id);
    const common = {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      fifo: props.fifo,
      contentBasedDeduplication: props.fifo,
    };
    this.deadLetterQueue = new sqs.Queue(this, "DeadLetters", { ...common, retentionPeriod: Duration.days(14) });
    this.queue = new sqs.Queue(this, "Queue", {
      ...common,
      visibilityTimeout: props.visibilityTimeout,
      // S3 event messages can approach 64 KB; SQS's maximum leaves room.
      maxMessageSizeBytes: 262_144,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 3 },
    });
    this.deadLetterAlarm = this.deadLetterQueue
      .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: "Maximum" })
      .createAlarm(this, "DeadLettersAlarm", {
        alarmDescription: `Messages in ${id}'s dead-letter queue: they failed ${props.maxReceiveCount ?? 3} times`,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
  }
}
