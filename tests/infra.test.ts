// The stack's template: the properties that make the pipeline safe and
// correct, and cdk-nag's AwsSolutions checks with nothing left unacknowledged.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { App, Validations } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PipelineStack } from "../infra/lib/pipeline-stack";
import recommendedFlags from "aws-cdk-lib/recommended-feature-flags.json";

// Synthesis leaves cdk.out folders in the temp dir: keep them in the project's .tmp/.
process.env.TMPDIR = path.resolve(__dirname, "../.tmp");
mkdirSync(process.env.TMPDIR, { recursive: true });

/** As cdk.json configures it, minus the slow parts checked by `npm run synth` instead: bundling and CloudFormation validation. */
const apps: App[] = [];
const newApp = () => {
  const app = new App({ context: { ...recommendedFlags, "aws:cdk:bundling-stacks": [] }, builtinCloudFormationValidation: false });
  apps.push(app);
  return app;
};
afterAll(() => {
  for (const app of apps) rmSync(app.outdir, { recursive: true, force: true });
});

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

let template: Template;
let resources: Record<string, Resource>;
beforeAll(() => {
  template = Template.fromStack(new PipelineStack(newApp(), "Test"));
  resources = template.toJSON().Resources as Record<string, Resource>;
});

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const logicalId = (prefix: string, type: string) => {
  const found = ofType(type).filter(([id]) => id.startsWith(prefix));
  expect(found, `${type} ${prefix}*`).toHaveLength(1);
  return found[0]![0];
};
const BUCKET = () => logicalId("LakeBucket", "AWS::S3::Bucket");
const arn = (id: string) => ({ "Fn::GetAtt": [id, "Arn"] });
const objectsUnder = (prefix: string) => ({ "Fn::Join": ["", [arn(BUCKET()), `/${prefix}*`]] });
const roleOf = (fn: string) => resources[logicalId(`${fn}Function`, "AWS::Lambda::Function")]!.Properties.Role["Fn::GetAtt"][0] as string;
const statementsOf = (fn: string): Statement[] =>
  ofType("AWS::IAM::Policy")
    .filter(([, policy]) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleOf(fn)))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as Statement[]);
const actionsOf = (statement: Statement) => [statement.Action].flat();

describe("Stack: the lake bucket", () => {
  it("is versioned, encrypted, private and kept when the stack goes", () => {
    const bucket = resources[BUCKET()]!;
    expect(bucket.DeletionPolicy).toBe("Retain");
    expect(bucket.UpdateReplacePolicy).toBe("Retain");
    expect(bucket.Properties).toMatchObject({
      VersioningConfiguration: { Status: "Enabled" },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
  });

  it("expires non-current versions", () => {
    const rules = resources[BUCKET()]!.Properties.LifecycleConfiguration.Rules as { NoncurrentVersionExpiration?: { NoncurrentDays: number } }[];
    expect(rules.some((rule) => (rule.NoncurrentVersionExpiration?.NoncurrentDays ?? 0) > 0)).toBe(true);
  });

  it("denies every request without TLS", () => {
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Action: "s3:*", Principal: { AWS: "*" }, Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });
});

describe("Stack: events → process → publish", () => {
  const queue = (prefix: string) =>
    ofType("AWS::SQS::Queue").find(([id]) => id.startsWith(prefix) && !id.startsWith(`${prefix}DeadLetters`))!;

  it("sends ObjectCreated and ObjectRemoved under incoming/ to the process queue", () => {
    const [queueId] = queue("ProcessQueue");
    const notifications = ofType("Custom::S3BucketNotifications")[0]![1].Properties.NotificationConfiguration.QueueConfigurations;
    expect(notifications).toEqual(
      ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"].map((event) => ({
        Events: [event],
        Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "incoming/" }] } },
        QueueArn: arn(queueId),
      })),
    );
  });

  it.each([
    ["ProcessQueue", "Process"],
    ["PublishQueue", "Publish"],
  ])("%s: visibility ≥ 6× the function timeout, 256 KB messages, dead letters after 3 tries", (prefix, fn) => {
    const [, { Properties: props }] = queue(prefix);
    const timeout = resources[logicalId(`${fn}Function`, "AWS::Lambda::Function")]!.Properties.Timeout as number;
    expect(props.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
    expect(props.MaximumMessageSize).toBeGreaterThanOrEqual(64 * 1024);
    expect(props.RedrivePolicy).toEqual({ deadLetterTargetArn: arn(logicalId(`${prefix}DeadLetters`, "AWS::SQS::Queue")), maxReceiveCount: 3 });
  });

  it("feeds the process function in batches that report item failures", () => {
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      EventSourceArn: arn(queue("ProcessQueue")[0]),
      FunctionName: { Ref: logicalId("ProcessFunction", "AWS::Lambda::Function") },
      FunctionResponseTypes: ["ReportBatchItemFailures"],
    });
  });

  it("serialises publishing through a FIFO queue with content-based deduplication", () => {
    const [publishQueueId, { Properties: props }] = queue("PublishQueue");
    expect(props).toMatchObject({ FifoQueue: true, ContentBasedDeduplication: true });
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      EventSourceArn: arn(publishQueueId),
      FunctionName: { Ref: logicalId("PublishFunction", "AWS::Lambda::Function") },
    });
    const processEnv = resources[logicalId("ProcessFunction", "AWS::Lambda::Function")]!.Properties.Environment.Variables;
    expect(processEnv.PUBLISH_QUEUE_URL).toEqual({ Ref: publishQueueId });
  });
});

describe("Stack: functions", () => {
  const FUNCTIONS = ["Process", "Publish", "Reprocess", "Download"] as const;

  it.each(FUNCTIONS)("%s: Node.js 22 on arm64, JSON logs, bucket from the environment", (fn) => {
    const props = resources[logicalId(`${fn}Function`, "AWS::Lambda::Function")]!.Properties;
    expect(props).toMatchObject({
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      LoggingConfig: { LogFormat: "JSON", ApplicationLogLevel: "INFO" },
      Environment: { Variables: { LAKE_BUCKET: { Ref: BUCKET() }, NODE_OPTIONS: "--enable-source-maps" } },
    });
  });

  it("process gets one full vCPU (1,769 MB): extraction is single-threaded CPU work", () => {
    expect(resources[logicalId("ProcessFunction", "AWS::Lambda::Function")]!.Properties.MemorySize).toBe(1769);
  });

  it.each(FUNCTIONS)("%s: an alarm on its errors", (fn) => {
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "Errors",
      Namespace: "AWS/Lambda",
      Dimensions: [{ Name: "FunctionName", Value: { Ref: logicalId(`${fn}Function`, "AWS::Lambda::Function") } }],
      Threshold: 1,
    });
  });

  it.each(["ProcessQueue", "PublishQueue"])("%s: an alarm as soon as a message is dead-lettered", (prefix) => {
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "ApproximateNumberOfMessagesVisible",
      Namespace: "AWS/SQS",
      Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [logicalId(`${prefix}DeadLetters`, "AWS::SQS::Queue"), "QueueName"] } }],
      Threshold: 1,
    });
  });

  it("download is a function URL that requires IAM-signed requests", () => {
    template.hasResourceProperties("AWS::Lambda::Url", {
      AuthType: "AWS_IAM",
      TargetFunctionArn: arn(logicalId("DownloadFunction", "AWS::Lambda::Function")),
    });
  });

  it("outputs the bucket, the queue and the endpoint", () => {
    const outputs = Object.keys(template.toJSON().Outputs as object);
    expect(outputs).toEqual(expect.arrayContaining(["BucketName", "ProcessQueueUrl", "DownloadEndpoint"]));
  });
});

describe("Stack: least privilege on the bucket", () => {
  // Per function: which prefixes it reads, and which it also writes.
  const ACCESS = {
    Process: { read: ["incoming/"], write: ["extractions/", "errors/", "sources/"] },
    Publish: { read: ["extractions/"], write: ["datasets/"] },
    Reprocess: { read: ["incoming/", "sources/"], write: [] },
    Download: { read: ["datasets/"], write: [] },
  } as const;

  it.each(Object.entries(ACCESS))("%s: object access only under its prefixes", (fn, access) => {
    const s3Statements = statementsOf(fn).filter((s) => actionsOf(s).some((a) => a.startsWith("s3:")));
    const resourcesOf = (s: Statement) => [s.Resource].flat();
    const objectResources = (pred: (action: string) => boolean) =>
      s3Statements.filter((s) => actionsOf(s).some(pred)).flatMap(resourcesOf).filter((r) => JSON.stringify(r) !== JSON.stringify(arn(BUCKET())));

    expect(objectResources((a) => a.startsWith("s3:GetObject"))).toEqual(
      expect.arrayContaining([...access.read, ...access.write].map(objectsUnder)),
    );
    expect(objectResources((a) => a.startsWith("s3:GetObject"))).toHaveLength(access.read.length + access.write.length);
    const writable = objectResources((a) => a === "s3:PutObject" || a.startsWith("s3:DeleteObject"));
    expect(writable).toEqual(expect.arrayContaining(access.write.map(objectsUnder)));
    expect(writable).toHaveLength(access.write.length);
  });

  it("no policy grants s3:* or any action on Resource '*'", () => {
    for (const [, policy] of ofType("AWS::IAM::Policy")) {
      for (const statement of policy.Properties.PolicyDocument.Statement as Statement[]) {
        expect(actionsOf(statement)).not.toContain("s3:*");
        expect([statement.Resource].flat()).not.toContain("*");
      }
    }
  });
});

describe("cdk-nag: AwsSolutions", () => {
  it("reports no unacknowledged errors", () => {
    const app = newApp();
    new PipelineStack(app, "Nag");
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(unacknowledgedErrors(app)).toEqual([]);
  });
});

/** Validation failures make synth throw; the report says which rules on which constructs. */
function unacknowledgedErrors(app: App): string[] {
  try {
    app.synth();
    return [];
  } catch {
    const report = JSON.parse(readFileSync(path.join(app.outdir, "validation-report.json"), "utf8")) as {
      pluginReports: { violations: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[] }[];
    };
    return report.pluginReports.flatMap((plugin) =>
      plugin.violations
        .filter((v) => v.severity === "error")
        .map((v) => `${v.ruleName}: ${v.violatingConstructs.map((c) => c.constructPath).join(", ")}`),
    );
  }
}
