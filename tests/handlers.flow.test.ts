// The deployed flow, minus AWS: articles uploaded to an S3-compatible server,
// real-shaped S3 → SQS events into the process handler, its publish request
// into the publish handler, a dataset version in the bucket at the end.
// Everything talks HTTP through the real AWS SDK.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SQSEvent } from "aws-lambda";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { LATEST_KEY, versionKey } from "../lambdas/pipeline/keys";
import type { Manifest } from "../lambdas/pipeline/publish";
import type { S3Store } from "../lambdas/storage/s3Store";
import { getJson } from "../lambdas/storage/storage";
import { functionUrlGet, lambdaContext, s3Record, s3SqsEvent, s3TestEvent, sqsEvent, sqsRecord } from "./helpers/events";
import { startS3Server, type TestS3Server } from "./helpers/s3Server";
import { startSqsServer, type TestSqsServer } from "./helpers/sqsServer";

type Handlers = {
  process: typeof import("../lambdas/handlers/process").handler;
  publish: typeof import("../lambdas/handlers/publish").handler;
  reprocess: typeof import("../lambdas/handlers/reprocess").handler;
  download: typeof import("../lambdas/handlers/download").handler;
};

const ARTICLES = path.join(__dirname, "../data/articles");
// Names as people upload them: spaces, '+', non-ASCII, a sidecar.
const UPLOADS = [
  ["incoming/Nordkorea – Russland Vertrag.txt", "seed-article.txt"],
  ["incoming/andes copper+talks.md", "andes-copper-talks.md"],
  ["incoming/baltic/grain corridor.html", "baltic-grain-corridor.html"],
  ["incoming/baltic/grain corridor.html.meta.json", "baltic-grain-corridor.html.meta.json"],
] as const;
const ARTICLE_KEYS = UPLOADS.map(([key]) => key).filter((key) => !key.endsWith(".meta.json"));

let s3: TestS3Server;
let sqs: TestSqsServer;
let bucket: S3Store;
let handlers: Handlers;
let logs: Record<string, unknown>[];

beforeAll(async () => {
  [s3, sqs] = await Promise.all([startS3Server(), startSqsServer()]);
  bucket = s3.store();
  // What the stack sets on the functions; the handlers read it when loaded.
  Object.assign(process.env, s3.env, { PUBLISH_QUEUE_URL: sqs.queueUrl("publish.fifo"), PROCESS_QUEUE_URL: sqs.queueUrl("process") });
  handlers = {
    process: (await import("../lambdas/handlers/process.js")).handler,
    publish: (await import("../lambdas/handlers/publish.js")).handler,
    reprocess: (await import("../lambdas/handlers/reprocess.js")).handler,
    download: (await import("../lambdas/handlers/download.js")).handler,
  };
});
afterAll(async () => {
  await Promise.all([s3?.close(), sqs?.close()]);
});

// The handlers' JSON log lines, kept for assertions instead of printed.
beforeEach(() => {
  logs = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    for (const line of String(chunk).split("\n")) if (line.startsWith("{")) logs.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  });
  return () => vi.restoreAllMocks();
});

const runProcess = (event: SQSEvent) => handlers.process(event, lambdaContext("process"));

/** Hands the publish requests the process function sent to the publish function, as the FIFO queue would. */
async function runPublish(): Promise<void> {
  const requests = sqs.take("publish.fifo");
  expect(requests.length).toBeGreaterThan(0);
  await handlers.publish(sqsEvent(...requests.map((m) => sqsRecord(m.body, "publish.fifo"))), lambdaContext("publish"));
}

const latestManifest = async () => {
  const latest = await getJson<{ version: string }>(bucket, LATEST_KEY);
  return latest && (await getJson<Manifest>(bucket, versionKey(latest.version, "manifest.json")));
};

describe("Flow: upload → process → publish", () => {
  it("processes articles named with spaces, '+' and non-ASCII, then publishes a version", async () => {
    for (const [key, file] of UPLOADS) await bucket.put(key, await readFile(path.join(ARTICLES, file)));

    const event = s3SqsEvent(...UPLOADS.map(([key]) => s3Record(key)));
    const context = lambdaContext("process");
    expect(await handlers.process(event, context)).toEqual({ batchItemFailures: [] });

    // Logged per event key, with the article it settled and the request id.
    const settled = logs.filter((line) => line.message === "article settled");
    expect(settled.map((line) => line.articleKey)).toEqual(UPLOADS.map(([key]) => key));
    expect(settled.at(-1)).toMatchObject({ sourceKey: ARTICLE_KEYS[2], status: "unchanged" });
    expect(settled.every((line) => line.requestId === context.awsRequestId)).toBe(true);

    // One publish request for the batch, in the single FIFO message group.
    const requests = sqs.take("publish.fifo");
    expect(requests).toHaveLength(1);
    expect(requests[0]!.groupId).toBe("publish");
    await handlers.publish(sqsEvent(sqsRecord(requests[0]!.body, "publish.fifo")), lambdaContext("publish"));

    const manifest = await latestManifest();
    expect(manifest?.articles.map((a) => a.source_key).sort()).toEqual([...ARTICLE_KEYS].sort());
    for (const file of ["trade.csv", "visits.json", "quotes.csv", "datapackage.json"]) {
      expect(await bucket.get(versionKey(manifest!.version, file)), file).not.toBeNull();
    }
  });

  it("ignores s3:TestEvent and asks for no publish", async () => {
    expect(await runProcess(sqsEvent(sqsRecord(s3TestEvent())))).toEqual({ batchItemFailures: [] });
    expect(logs.some((line) => line.message === "ignored s3:TestEvent")).toBe(true);
    expect(sqs.take("publish.fifo")).toEqual([]);
  });

  it("reports only the failing messages in batchItemFailures", async () => {
    const good = sqsRecord({ Records: [s3Record(ARTICLE_KEYS[0]!)] });
    const notJson = sqsRecord("{ not json");
    const badKey = sqsRecord({ Records: [{ ...s3Record("x"), s3: { ...s3Record("x").s3, object: { key: "incoming/%E0%A4%A", sequencer: "01" } } }] });

    const response = await runProcess(sqsEvent(good, notJson, badKey));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: notJson.messageId }, { itemIdentifier: badKey.messageId }]);
    expect(logs.filter((line) => line.level === "ERROR").map((line) => line.messageId)).toEqual([notJson.messageId, badKey.messageId]);
    // The good message still counts: its publish request goes out.
    expect(sqs.take("publish.fifo")).toHaveLength(1);
  });

  it("ignores an event older than the last one applied for its key", async () => {
    const key = ARTICLE_KEYS[1]!;
    await runProcess(s3SqsEvent(s3Record(key, { sequencer: "00FFFFFFFFFFFFFFFFFF" })));
    sqs.take("publish.fifo");

    await bucket.delete(key);
    await runProcess(s3SqsEvent(s3Record(key, { eventName: "ObjectRemoved:Delete", sequencer: "0055AED6DCD90281E5" })));

    expect(logs.find((line) => line.message === "article settled" && line.sequencer === "0055AED6DCD90281E5")).toMatchObject({ status: "stale" });
    expect(sqs.take("publish.fifo")).toEqual([]);
  });

  it("a removal drops the article's extraction, and the next version no longer lists it", async () => {
    const key = ARTICLE_KEYS[1]!;
    const response = await runProcess(s3SqsEvent(s3Record(key, { eventName: "ObjectRemoved:Delete", sequencer: "01FFFFFFFFFFFFFFFFFF" })));

    expect(response).toEqual({ batchItemFailures: [] });
    const settled = logs.find((line) => line.message === "article settled");
    expect(settled).toMatchObject({ articleKey: key, status: "removed" });
    expect(await bucket.get(`extractions/${String(settled?.articleId)}/extraction.json`)).toBeNull();
    await runPublish();
    expect((await latestManifest())?.articles.map((a) => a.source_key)).toEqual([ARTICLE_KEYS[0], ARTICLE_KEYS[2]].sort());
  });

  it("reprocess enqueues an S3-shaped event per article, which process settles", async () => {
    const result = await handlers.reprocess({}, lambdaContext("reprocess"));
    const messages = sqs.take("process");
    expect(result).toEqual({ enqueued: messages.length });
    expect(messages).toHaveLength(ARTICLE_KEYS.length - 1);

    const response = await runProcess(sqsEvent(...messages.map((m) => sqsRecord(m.body))));
    expect(response).toEqual({ batchItemFailures: [] });
    const statuses = logs.filter((line) => line.message === "article settled").map((line) => [line.articleKey, line.status]);
    expect(statuses).toEqual([
      [ARTICLE_KEYS[0], "unchanged"],
      [ARTICLE_KEYS[2], "unchanged"],
    ]);
    sqs.take("publish.fifo");
  });
});

describe("Function URL: download", () => {
  const get = (rawPath: string) => handlers.download(functionUrlGet(rawPath), lambdaContext("download"));

  it("lists the published versions and names the latest", async () => {
    const response = await get("/versions");
    const body = JSON.parse(String(response.body)) as { latest: string; versions: { version: string; files: string[] }[] };
    expect(response.statusCode).toBe(200);
    expect(body.versions.length).toBeGreaterThan(0);
    expect(body.latest).toBe(body.versions.at(-1)?.version);
    expect(body.versions[0]?.files).toContain("trade.csv");
  });

  it("redirects to a presigned URL valid for 5 minutes that serves the file", async () => {
    const latest = (await latestManifest())!;
    const response = await get("/versions/latest/trade.csv");
    expect(response.statusCode).toBe(302);
    const location = String(response.headers?.location);
    expect(location).toContain(`/${s3.bucket}/datasets/versions/${latest.version}/trade.csv?`);
    expect(new URL(location).searchParams.get("X-Amz-Expires")).toBe("300");

    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe((await bucket.get(versionKey(latest.version, "trade.csv")))?.body.toString("utf8"));
  });

  it.each([
    ["/versions/20240101T000000Z-00000000/trade.csv", 404],
    ["/versions/not-a-version", 404],
    ["/versions/latest/secrets.txt", 404],
    ["/elsewhere", 404],
  ])("GET %s → %i", async (rawPath, status) => {
    expect((await get(rawPath)).statusCode).toBe(status);
  });
});

describe("Concurrency: 50 articles uploaded at once", () => {
  /** What SQS does for a failed publish: deliver it again (the DLQ only after three tries). */
  async function publishWithRedelivery(requestId: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await handlers.publish(sqsEvent(sqsRecord(JSON.stringify({ requestId }), "publish.fifo")), lambdaContext("publish"));
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }

  it("puts all 50 in the next version, and latest.json never moves backwards while publishes race", async () => {
    const sample = await readFile(path.join(ARTICLES, "andes-copper-talks.md"), "utf8");
    const keys = Array.from({ length: 50 }, (_, i) => `incoming/burst/article ${i}.md`);
    // Distinct texts, so that each upload is an article of its own. Uploaded one by one:
    // the concurrency under test is the handlers', not s3rver's.
    for (const [i, key] of keys.entries()) await bucket.put(key, `${sample}\n\nBurst article number ${i}.\n`);

    const seen: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const latest = await getJson<{ version: string }>(bucket, LATEST_KEY);
        if (latest && seen.at(-1) !== latest.version) seen.push(latest.version);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();

    // Ten process invocations of five events at once, each followed by its own publish:
    // the publishes race, and only the compare-and-swap on latest.json keeps them apart.
    const batches = Array.from({ length: 10 }, (_, i) => keys.slice(i * 5, i * 5 + 5));
    await Promise.all(
      batches.map(async (batch, i) => {
        expect(await runProcess(s3SqsEvent(...batch.map((key) => s3Record(key))))).toEqual({ batchItemFailures: [] });
        await publishWithRedelivery(`burst-${i}`);
      }),
    );
    // The request the queue delivers after the burst; a slow early publish may have read fewer extractions.
    await publishWithRedelivery("after-burst");
    watching = false;
    await watcher;
    sqs.take("publish.fifo");

    const manifest = await latestManifest();
    const published = new Set(manifest!.articles.map((a) => a.source_key));
    expect(keys.filter((key) => !published.has(key))).toEqual([]);
    // Version ids sort by time: the order latest.json took is the sorted order.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort());
  });
});
