// Real-shaped Lambda events: S3 notifications as S3 writes them, inside SQS
// records as Lambda delivers them. Keys are encoded here independently of the
// handler's decoder, the way S3 does it: form encoding (space → '+', other
// non-safe bytes → %XX of their UTF-8), '/' left as is.
import { createHash, randomUUID } from "node:crypto";
import type { Context, LambdaFunctionURLEventWithIAMAuthorizer, S3Event, S3EventRecord, SQSEvent, SQSRecord } from "aws-lambda";

const REGION = "us-east-1";

export function s3KeyAsInEvents(key: string): string {
  return [...Buffer.from(key, "utf8")]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-_.*/]/.test(char)) return char;
      if (char === " ") return "+";
      return `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("");
}

// S3 sequencers are hex strings that grow per key; one counter serves all keys.
let sequence = 0x0055aed6dcd90281e5n;
const nextSequencer = () => (sequence += 1n).toString(16).toUpperCase().padStart(18, "0");

export interface S3RecordOptions {
  bucket?: string;
  eventName?: "ObjectCreated:Put" | "ObjectCreated:CompleteMultipartUpload" | "ObjectRemoved:Delete" | "ObjectRemoved:DeleteMarkerCreated";
  sequencer?: string;
  body?: string;
}

export function s3Record(key: string, options: S3RecordOptions = {}): S3EventRecord {
  const bucket = options.bucket ?? "lake";
  const body = options.body ?? "";
  return {
    eventVersion: "2.1",
    eventSource: "aws:s3",
    awsRegion: REGION,
    eventTime: new Date().toISOString(),
    eventName: options.eventName ?? "ObjectCreated:Put",
    userIdentity: { principalId: "AWS:AIDAEXAMPLE" },
    requestParameters: { sourceIPAddress: "203.0.113.7" },
    responseElements: { "x-amz-request-id": "C3D13FE58DE4C810", "x-amz-id-2": "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD" },
    s3: {
      s3SchemaVersion: "1.0",
      configurationId: "incoming",
      bucket: { name: bucket, ownerIdentity: { principalId: "A3NL1KOZZKExample" }, arn: `arn:aws:s3:::${bucket}` },
      object: {
        key: s3KeyAsInEvents(key),
        size: Buffer.byteLength(body),
        eTag: createHash("md5").update(body).digest("hex"),
        sequencer: options.sequencer ?? nextSequencer(),
      },
    },
  };
}

/** What S3 sends once when a notification configuration is saved. */
export const s3TestEvent = (bucket = "lake") => ({
  Service: "Amazon S3",
  Event: "s3:TestEvent",
  Time: new Date().toISOString(),
  Bucket: bucket,
  RequestId: "5582815E1AEA5ADF",
  HostId: "8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE",
});

export function sqsRecord(body: S3Event | object | string, queue = "process"): SQSRecord {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const now = String(Date.now());
  return {
    messageId: randomUUID(),
    receiptHandle: `AQEB${randomUUID()}`,
    body: text,
    attributes: { ApproximateReceiveCount: "1", SentTimestamp: now, SenderId: "AIDAEXAMPLE", ApproximateFirstReceiveTimestamp: now },
    messageAttributes: {},
    md5OfBody: createHash("md5").update(text).digest("hex"),
    eventSource: "aws:sqs",
    eventSourceARN: `arn:aws:sqs:${REGION}:123456789012:${queue}`,
    awsRegion: REGION,
  };
}

export const sqsEvent = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

/** One SQS message per S3 record, as S3 → SQS delivers them. */
export const s3SqsEvent = (...records: S3EventRecord[]): SQSEvent => sqsEvent(...records.map((record) => sqsRecord({ Records: [record] })));

export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:${REGION}:123456789012:function:${functionName}`,
    memoryLimitInMB: "512",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "2024/06/21/[$LATEST]0123456789abcdef",
    getRemainingTimeInMillis: () => 30_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

/** A GET through a function URL with AWS_IAM auth, signed by an IAM user. */
export function functionUrlGet(rawPath: string): LambdaFunctionURLEventWithIAMAuthorizer {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath,
    rawQueryString: "",
    headers: { host: "abc123.lambda-url.us-east-1.on.aws" },
    isBase64Encoded: false,
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      authorizer: {
        iam: {
          accessKey: "AKIAIOSFODNN7EXAMPLE",
          accountId: "123456789012",
          callerId: "AIDAEXAMPLE",
          cognitoIdentity: null,
          principalOrgId: "o-example",
          userArn: "arn:aws:iam::123456789012:user/analyst",
          userId: "AIDAEXAMPLE",
        },
      },
      domainName: "abc123.lambda-url.us-east-1.on.aws",
      domainPrefix: "abc123",
      http: { method: "GET", path: rawPath, protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "curl/8.5.0" },
      requestId: randomUUID(),
      routeKey: "$default",
      stage: "$default",
      time: "21/Jun/2024:10:15:00 +0000",
      timeEpoch: Date.now(),
    },
  };
}
