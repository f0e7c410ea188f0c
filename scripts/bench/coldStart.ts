// Lambda cold start, approximated here: each handler bundled as the stack
// bundles it, then a fresh Node process imports the bundle and runs its first
// invocation on the sample article against a local S3 server, every run from
// the same lake state, so that each one does the work of a first invocation.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleHandler, HANDLER_FILES, NODE_OPTIONS } from "../../infra/lib/bundling";
import { formatTable } from "../../lambdas/cli/table";
import { PREFIX } from "../../lambdas/pipeline/keys";
import { listAll, type Storage } from "../../lambdas/storage/storage";
import { functionUrlGet, lambdaContext, s3Record, s3SqsEvent, sqsEvent, sqsRecord } from "../../tests/helpers/events";
import { startS3Server } from "../../tests/helpers/s3Server";
import { startSqsServer } from "../../tests/helpers/sqsServer";

const RUNS = 5;
const run_ = promisify(execFile);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs in the fresh process: import the bundle, invoke once, print the time both took. */
const RUNNER = `
const started = performance.now();
import(require("node:url").pathToFileURL(process.argv[2]).href).then(async ({ handler }) => {
  const imported = performance.now();
  const [event, context] = JSON.parse(require("node:fs").readFileSync(process.argv[3], "utf8"));
  await handler(event, context);
  return imported;
}).then(
  // Exit at once: the SDK's keep-alive sockets would otherwise hold the process open.
  (imported) => { console.log(JSON.stringify({ ms: performance.now() - started, importMs: imported - started })); process.exit(0); },
  (error) => { console.error(error); process.exit(1); },
);
`;

function bundle(work: string, file: (typeof HANDLER_FILES)[number]): string {
  const outfile = path.join(work, "bundles", file.replace(/\.ts$/, ".mjs"));
  bundleHandler(file, outfile);
  return outfile;
}

async function snapshot(store: Storage): Promise<Map<string, Buffer>> {
  const objects = new Map<string, Buffer>();
  for (const key of await listAll(store, "")) objects.set(key, (await store.get(key))!.body);
  return objects;
}

async function restore(store: Storage, objects: Map<string, Buffer>): Promise<void> {
  for (const key of await listAll(store, "")) if (!objects.has(key)) await store.delete(key);
  for (const [key, body] of objects) await store.put(key, body);
}

export async function coldStarts(work: string, samples: string): Promise<Record<string, number>> {
  const s3 = await startS3Server("bench");
  const sqs = await startSqsServer();
  const figures: Record<string, number> = {};
  try {
    const sampleKey = `${PREFIX.incoming}seed-article.txt`;
    await s3.store().put(sampleKey, readFileSync(path.join(samples, "seed-article.txt")));
    const events: Record<(typeof HANDLER_FILES)[number], unknown> = {
      "process.ts": s3SqsEvent(s3Record(sampleKey, { bucket: "bench" })),
      "publish.ts": sqsEvent(sqsRecord({ requestId: "bench" }, "publish")),
      "reprocess.ts": {},
      "download.ts": functionUrlGet("/versions"),
    };
    const env = {
      ...process.env,
      ...s3.env,
      PUBLISH_QUEUE_URL: sqs.queueUrl("publish.fifo"),
      PROCESS_QUEUE_URL: sqs.queueUrl("process"),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      AWS_LAMBDA_LOG_FORMAT: "JSON",
      NODE_OPTIONS,
    };
    const runner = path.join(work, "runner.js");
    writeFileSync(runner, RUNNER);
    const rows: (string | number)[][] = [];
    const store = s3.store();
    for (const file of HANDLER_FILES) {
      // Every run is a first invocation: it starts from the lake the previous function's runs left.
      const before = await snapshot(store);
      const outfile = bundle(work, file);
      const eventFile = path.join(work, `${file}.event.json`);
      writeFileSync(eventFile, JSON.stringify([events[file], lambdaContext(file)]));
      const times: number[] = [];
      const imports: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await restore(store, before);
        // Asynchronously: the SQS test endpoint lives in this process and must keep answering.
        const { stdout } = await run_(process.execPath, [runner, outfile, eventFile], { env, encoding: "utf8" });
        const run = JSON.parse(stdout.trim().split("\n").pop()!) as { ms: number; importMs: number };
        times.push(run.ms);
        imports.push(run.importMs);
      }
      const name = file.replace(/\.ts$/, "");
      figures[`bundle_bytes_${name}`] = statSync(outfile).size;
      figures[`cold_ms_${name}`] = Math.round(median(times));
      const importMs = median(imports);
      rows.push([name, statSync(outfile).size, Math.round(importMs), Math.round(median(times) - importMs), Math.round(Math.min(...times)), Math.round(median(times)), Math.round(Math.max(...times))]);
    }
    console.log(formatTable(["function", "bundle bytes", "import ms", "first call ms", "cold ms min", "median", "max"], rows));
    console.log("");
  } finally {
    await sqs.close();
    await s3.close();
  }
  return figures;
}
