// The artifact that is deployed, not its sources: the process handler bundled
// with the stack's esbuild options, run in a fresh Node process with its
// credentials in the environment (as Lambda gives them), against the S3 and
// SQS test servers. s3rver checks every request's signature.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleHandler } from "../infra/lib/bundling";
import { PREFIX } from "../lambdas/pipeline/keys";
import { listAll } from "../lambdas/storage/storage";
import { lambdaContext, s3Record, s3SqsEvent } from "./helpers/events";
import { startS3Server, type TestS3Server } from "./helpers/s3Server";
import { startSqsServer, type TestSqsServer } from "./helpers/sqsServer";

const run = promisify(execFile);
const RUNNER = `
import(require("node:url").pathToFileURL(process.argv[2]).href)
  .then(({ handler }) => handler(...JSON.parse(require("node:fs").readFileSync(process.argv[3], "utf8"))))
  // Exit at once: the SDK's keep-alive sockets would hold the process open.
  .then((result) => { console.log(JSON.stringify(result)); process.exit(0); }, (error) => { console.error(error); process.exit(1); });
`;

let work: string;
let s3: TestS3Server;
let sqs: TestSqsServer;
let bundle: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "bundles-"));
  [s3, sqs] = await Promise.all([startS3Server("bundled"), startSqsServer()]);
  bundle = path.join(work, "process.mjs");
  bundleHandler("process.ts", bundle);
  await writeFile(path.join(work, "runner.cjs"), RUNNER);
}, 60_000);

afterAll(async () => {
  await Promise.all([s3?.close(), sqs?.close()]);
  await rm(work, { recursive: true, force: true });
});

async function invokeBundle(event: unknown, env: Record<string, string>): Promise<{ stdout: string }> {
  const eventFile = path.join(work, "event.json");
  await writeFile(eventFile, JSON.stringify([event, lambdaContext("process")]));
  return run(process.execPath, [path.join(work, "runner.cjs"), bundle, eventFile], { env: { PATH: process.env.PATH!, ...env }, encoding: "utf8" });
}

describe("The bundled process function", () => {
  it("has none of the SDK's credential providers but the environment's", async () => {
    const code = await readFile(bundle, "utf8");
    expect(code).toContain("AWS_SECRET_ACCESS_KEY");
    for (const provider of ["AWS_CONTAINER_CREDENTIALS_FULL_URI", "sso_start_url", "credential_process"]) expect(code).not.toContain(provider);
  });

  it("settles an uploaded article with the credentials in the environment", async () => {
    const key = `${PREFIX.incoming}bundled/seed.txt`;
    await s3.store().put(key, await readFile(path.join(__dirname, "../data/articles/seed-article.txt")));
    const env = { ...s3.env, PUBLISH_QUEUE_URL: sqs.queueUrl("publish.fifo"), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };

    const { stdout } = await invokeBundle(s3SqsEvent(s3Record(key, { bucket: "bundled" })), env);

    expect(JSON.parse(stdout.trim().split("\n").pop()!)).toEqual({ batchItemFailures: [] });
    const extractions = (await listAll(s3.store(), PREFIX.extractions)).filter((k) => k.endsWith("/extraction.json"));
    expect(extractions).toHaveLength(1);
    const extraction = JSON.parse((await s3.store().get(extractions[0]!))!.body.toString("utf8")) as { article: { source_key: string }; trade: unknown[] };
    expect(extraction.article.source_key).toBe(key);
    expect(extraction.trade.length).toBeGreaterThan(0);
    expect(sqs.take("publish.fifo")).toHaveLength(1);
  }, 60_000);

  it("fails the message, not silently, when the environment has no credentials", async () => {
    const key = `${PREFIX.incoming}bundled/no-credentials.txt`;
    const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...withoutCredentials } = s3.env;
    const env = { ...withoutCredentials, PUBLISH_QUEUE_URL: sqs.queueUrl("publish.fifo"), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };

    const { stdout } = await invokeBundle(s3SqsEvent(s3Record(key, { bucket: "bundled" })), env);

    expect(JSON.parse(stdout.trim().split("\n").pop()!).batchItemFailures).toHaveLength(1);
    expect(sqs.take("publish.fifo")).toHaveLength(0);
  }, 60_000);
});
