// Publish: the extractions as they are now → a new dataset version (or none if
// nothing changed). Fed by a FIFO queue with a single message group, so Lambda
// runs at most one publish at a time; latest.json's compare-and-swap is the
// final guard. A batch of requests is one publish: each reads the whole lake.
import type { Context, SQSEvent } from "aws-lambda";
import { writeLandingPage } from "../explorer/explorer";
import { publishVersion } from "../pipeline/publish";
import { s3StoreFromEnv } from "../storage/fromEnv";
import { createLogger, type Logger } from "./log";

const storage = s3StoreFromEnv();
const logger = createLogger({ function: "publish" });

export const handler = async (event: SQSEvent, context: Context): Promise<void> =>
  publish(event.Records.length, logger.with({ requestId: context.awsRequestId }));

/** Throws on failure: the whole batch is redelivered, then dead-lettered after three tries. */
async function publish(requests: number, log: Logger): Promise<void> {
  const outcome = await publishVersion(storage);
  // The landing page lists every version, so it is rewritten after the pointer moved.
  if (outcome.status === "published") await writeLandingPage(storage);
  log.info(outcome.status === "published" ? "dataset version published" : "datasets unchanged", {
    requests,
    status: outcome.status,
    version: outcome.version,
    rows: outcome.manifest.rows,
    articles: outcome.manifest.articles.length,
  });
}
