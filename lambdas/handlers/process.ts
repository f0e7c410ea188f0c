// Process: SQS messages carrying S3 events for incoming/ → each article settled
// in the lake (extracted, rejected or removed) → one publish request.
import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import type { Context, SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { PipelineError } from "../core/errors";
import { syncArticle, type IngestOutcome } from "../pipeline/ingest";
import { PREFIX } from "../pipeline/keys";
import { s3StoreFromEnv } from "../storage/fromEnv";
import { requiredEnv } from "./env";
import { createLogger, type Logger } from "./log";
import { objectEventsOf } from "./s3Event";

const storage = s3StoreFromEnv();
const sqs = new SQSClient({});
const publishQueueUrl = requiredEnv("PUBLISH_QUEUE_URL");
const logger = createLogger({ function: "process" });

export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  processBatch(event.Records, logger.with({ requestId: context.awsRequestId }), context.awsRequestId);

async function processBatch(messages: SQSRecord[], log: Logger, requestId: string): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchItemFailure[] = [];
  const settled = new Set<string>();
  // One message at a time: two events for one key in a batch apply in order.
  for (const message of messages) {
    try {
      const outcomes = await processMessage(message, log.with({ messageId: message.messageId }));
      for (const outcome of outcomes) if (outcome.status !== "stale") settled.add(outcome.sourceKey);
    } catch (error) {
      log.error("message failed, SQS will redeliver it", { messageId: message.messageId, error });
      batchItemFailures.push({ itemIdentifier: message.messageId });
    }
  }
  // "unchanged" counts too: when a retried batch finds its work done, the publish
  // request the first attempt may have lost is sent now.
  if (settled.size > 0) {
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: publishQueueUrl,
        // Unique per invocation: content-based deduplication then only drops resends of this one request.
        MessageBody: JSON.stringify({ requestId, articles: [...settled] }),
        MessageGroupId: "publish",
      }),
    );
  }
  return { batchItemFailures };
}

async function processMessage(message: SQSRecord, log: Logger): Promise<IngestOutcome[]> {
  const events = objectEventsOf(message.body);
  if (events.length === 0) log.info("ignored s3:TestEvent");
  const outcomes: IngestOutcome[] = [];
  for (const event of events) {
    const articleKey = event.key;
    // Only articles: not keys elsewhere, nor the empty "folder" objects consoles create.
    if (!articleKey.startsWith(PREFIX.incoming) || articleKey.endsWith("/")) {
      log.warn("ignored event: not an article key", { articleKey, eventName: event.eventName });
      continue;
    }
    const outcome = await syncArticle(storage, articleKey, { sequencer: event.sequencer }).catch((cause: unknown) => {
      throw new PipelineError(`could not settle ${articleKey}`, { sourceKey: articleKey }, { cause });
    });
    log.info("article settled", { articleKey, eventName: event.eventName, sequencer: event.sequencer, ...outcome });
    outcomes.push(outcome);
  }
  return outcomes;
}
