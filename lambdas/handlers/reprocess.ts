// Reprocess (after a parser upgrade): every article the lake knows → one
// S3-shaped event each on the process queue, so they take the normal path.
import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import type { Context } from "aws-lambda";
import { listSourceKeys } from "../pipeline/sourceKeys";
import { s3StoreFromEnv } from "../storage/fromEnv";
import { requiredEnv } from "./env";
import { createLogger, type Logger } from "./log";
import { encodeS3Key } from "./s3Key";

const storage = s3StoreFromEnv();
const sqs = new SQSClient({});
const processQueueUrl = requiredEnv("PROCESS_QUEUE_URL");
const logger = createLogger({ function: "reprocess" });

export const handler = async (_event: unknown, context: Context): Promise<{ enqueued: number }> =>
  reprocess(logger.with({ requestId: context.awsRequestId }));

async function reprocess(log: Logger): Promise<{ enqueued: number }> {
  const enqueued = await reprocessAll();
  log.info("articles enqueued", { enqueued });
  return { enqueued };
}

const SQS_BATCH = 10;

/** Enqueues every source key (articles in incoming/ and any the lake still remembers); returns how many. */
export async function reprocessAll(): Promise<number> {
  const keys = await listSourceKeys(storage);
  for (let start = 0; start < keys.length; start += SQS_BATCH) {
    const entries = keys.slice(start, start + SQS_BATCH).map((key, i) => ({ Id: String(i), MessageBody: JSON.stringify(eventFor(key)) }));
    const { Failed = [] } = await sqs.send(new SendMessageBatchCommand({ QueueUrl: processQueueUrl, Entries: entries }));
    if (Failed.length > 0) throw new Error(`could not enqueue ${Failed.length} articles: ${Failed[0]?.Message ?? Failed[0]?.Code}`);
  }
  return keys.length;
}

/** The fields of an S3 notification the process function reads. No sequencer: the event settles the key as it is now. */
const eventFor = (key: string) => ({
  Records: [
    {
      eventVersion: "2.1",
      eventSource: "aws:s3",
      eventTime: new Date().toISOString(),
      eventName: "ObjectCreated:Reprocess",
      s3: { bucket: { name: storage.bucket }, object: { key: encodeS3Key(key) } },
    },
  ],
});
