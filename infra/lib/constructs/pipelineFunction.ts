import path from "node:path";
import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { BUNDLING, NODE_OPTIONS, type HANDLER_FILES } from "../bundling";

const PROJECT_ROOT = path.resolve(__dirname, "../../..");

export interface LakeAccess {
  /** Key prefixes whose objects the function reads, e.g. `incoming/`. */
  readonly read?: string[];
  /** Key prefixes whose objects it reads, writes and deletes. */
  readonly readWrite?: string[];
}

export interface PipelineFunctionProps {
  /** The handler file's name in lambdas/handlers/, e.g. `process.ts`. */
  readonly handlerFile: (typeof HANDLER_FILES)[number];
  readonly description: string;
  readonly timeout: Duration;
  readonly memorySize?: number;
  readonly environment?: Record<string, string>;
}

/** One handler as a Lambda function, the same way for all: bundled, logged as JSON, alarmed on errors. */
export class PipelineFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly errorAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    this.function = new nodejs.NodejsFunction(this, "Function", {
      entry: path.join(PROJECT_ROOT, "lambdas/handlers", props.handlerFile),
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, "package-lock.json"),
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize ?? 512,
      environment: { NODE_OPTIONS, ...props.environment },
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      logGroup: new logs.LogGroup(this, "Logs", { retention: logs.RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY }),
      bundling: {
        ...BUNDLING,
        // BUNDLING.format is "esm".
        format: nodejs.OutputFormat.ESM,
        mainFields: [...BUNDLING.mainFields],
        // NodejsFunction has no props for these two esbuild options.
        esbuildArgs: {
          ...Object.fromEntries(Object.entries(BUNDLING.supported).map(([feature, on]) => [`--supported:${feature}`, String(on)])),
          ...Object.fromEntries(Object.entries(BUNDLING.alias).map(([module, replacement]) => [`--alias:${module}`, replacement])),
        },
      },
    });
    this.errorAlarm = this.function.metricErrors({ period: Duration.minutes(5) }).createAlarm(this, "ErrorsAlarm", {
      alarmDescription: `${id} function errors`,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    acknowledge(this, "AwsSolutions-L1", "Node.js 22 is the runtime the project targets and tests; moving to 24 is a deliberate upgrade.");
    acknowledge(
      this,
      "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      "The AWS managed basic execution policy only allows writing this function's CloudWatch logs.",
    );
  }

  /**
   * Object access under the given prefixes only, through the bucket's grant
   * methods. Their wildcards are acknowledged here, where they are made.
   */
  grantLake(bucket: s3.IBucket, access: LakeAccess): void {
    const bucketArn = `<${Stack.of(bucket).getLogicalId(bucket.node.defaultChild as s3.CfnBucket)}.Arn>`;
    const readWrite = access.readWrite ?? [];
    for (const prefix of access.read ?? []) bucket.grantRead(this.function, `${prefix}*`);
    for (const prefix of readWrite) bucket.grantReadWrite(this.function, `${prefix}*`);
    for (const prefix of [...(access.read ?? []), ...readWrite]) {
      acknowledge(this, `AwsSolutions-IAM5[Resource::${bucketArn}/${prefix}*]`, `Every object under ${prefix} and nothing else: the prefix is the unit of access.`);
    }
    const objectActions = "Object action groups from the bucket's grant methods, on the objects under the granted prefixes only.";
    const objectActionGroups = ["s3:GetObject*", ...(readWrite.length > 0 ? ["s3:DeleteObject*", "s3:Abort*"] : [])];
    for (const action of objectActionGroups) acknowledge(this, `AwsSolutions-IAM5[Action::${action}]`, objectActions);
    const bucketActions = "Bucket-level reads (listing, so that a missing key answers 404 rather than 403) on this one bucket.";
    for (const action of ["s3:GetBucket*", "s3:List*"]) acknowledge(this, `AwsSolutions-IAM5[Action::${action}]`, bucketActions);
  }
}

const acknowledge = (scope: Construct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });
