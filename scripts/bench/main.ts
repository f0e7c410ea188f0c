// npm run bench: extraction throughput against a floor, cold starts, peak
// memory and how publishing grows with the corpus. Prints tables, then one
// last line of key=value figures.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { extractDocument } from "../../lambdas/extraction/extract";
import { progress } from "../../lambdas/cli/progress";
import { formatTable } from "../../lambdas/cli/table";
import { syncArticle } from "../../lambdas/pipeline/ingest";
import { PREFIX } from "../../lambdas/pipeline/keys";
import { publishVersion } from "../../lambdas/pipeline/publish";
import { LocalStore } from "../../lambdas/storage/localStore";
import { BUNDLING, V8_FLAGS } from "../../infra/lib/bundling";
import { coldStarts } from "./coldStart";
import { buildCorpus, sampleArticles } from "./corpus";
import { syntheticLake } from "./syntheticLake";
import type { Throughput } from "./throughput";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLES = path.join(ROOT, "data", "articles");
const WORK = mkdtempSync(path.join(os.tmpdir(), "bench-"));
const figures: Record<string, string | number> = {};

const round = (x: number, digits = 2) => Number(x.toFixed(digits));
function throughput(child: string): void {
  const { articles, mb, extractMs, floorMs } = runChild<Throughput>(child, "throughput", SAMPLES);
  figures.extract_articles_s = round(articles / (extractMs / 1000), 1);
  figures.extract_mb_s = round(mb / (extractMs / 1000));
  figures.extract_vs_floor = round(extractMs / floorMs, 1);
  console.log(
    formatTable(
      ["pass", "articles", "MB", "median ms (5 runs)", "articles/s", "MB/s"],
      [
        ["extract", articles, round(mb), round(extractMs, 0), round(articles / (extractMs / 1000), 1), round(mb / (extractMs / 1000))],
        ["floor", articles, round(mb), round(floorMs, 0), round(articles / (floorMs / 1000), 1), round(mb / (floorMs / 1000))],
      ],
    ),
  );
  console.log(`extraction / floor = ${figures.extract_vs_floor}\n`);
}

/** The child tasks, bundled once as the Lambda code is and run with plain node, so figures and RSS are their own. */
function bundleChild(): string {
  const outfile = path.join(WORK, "child.js");
  buildSync({
    entryPoints: [path.join(__dirname, "child.ts")],
    bundle: true,
    platform: "node",
    target: BUNDLING.target,
    supported: BUNDLING.supported,
    banner: { js: `require("node:v8").setFlagsFromString("${V8_FLAGS}");` },
    outfile,
    logLevel: "error",
  });
  return outfile;
}

interface ChildFigures {
  ms: number;
  peak_rss_mb: number;
  bytes?: number;
  records?: number;
}

function runChild<T = ChildFigures>(child: string, task: string, arg: string): T {
  return JSON.parse(execFileSync(process.execPath, [child, task, arg], { encoding: "utf8", maxBuffer: 1 << 26 }));
}

function memoryAndGrowth(child: string): void {
  const sample = path.join(SAMPLES, "seed-article.txt");
  const largest = (["text", "html"] as const).map((kind) => ({ kind, ...runChild(child, `extract-largest-${kind}`, sample) }));
  figures.peak_rss_mb_largest_article = round(Math.max(...largest.map((l) => l.peak_rss_mb)), 0);
  figures.largest_article_ms = round(Math.max(...largest.map((l) => l.ms)), 0);

  const docs = sampleArticles(SAMPLES).map((a) => extractDocument(a));
  const rows: (string | number)[][] = [];
  let perThousandAt1k = 0;
  for (const n of [1000, 5000, 10000]) {
    const lake = syntheticLake(path.join(WORK, `lake-${n}`), n, docs);
    const result = runChild(child, "publish", lake);
    const perThousand = result.ms / (n / 1000);
    if (n === 1000) perThousandAt1k = perThousand;
    rows.push([n, round(result.ms, 0), round(perThousand, 0), round(perThousand / perThousandAt1k, 2), round(result.peak_rss_mb, 0)]);
    figures[`publish_ms_${n}`] = round(result.ms, 0);
    figures[`publish_rss_mb_${n}`] = round(result.peak_rss_mb, 0);
    rmSync(lake, { recursive: true, force: true });
  }
  figures.publish_growth_10k_vs_1k = round((figures.publish_ms_10000 as number) / (figures.publish_ms_1000 as number) / 10, 2);
  console.log(
    formatTable(
      ["task", "bytes", "records", "ms", "peak RSS MB"],
      largest.map((l) => [`extract largest allowed ${l.kind} article`, l.bytes ?? 0, l.records ?? 0, round(l.ms, 0), round(l.peak_rss_mb, 0)]),
    ),
  );
  console.log("");
  console.log(formatTable(["extractions", "publish ms", "ms per 1,000", "vs 1,000 (1 = linear)", "peak RSS MB"], rows));
  console.log("");
}

async function endToEnd(): Promise<void> {
  const lake = new LocalStore(path.join(WORK, "lake-e2e"));
  const corpus = buildCorpus(sampleArticles(SAMPLES), 1000);
  const started = performance.now();
  const bar = progress("ingest", corpus.length);
  for (const [i, article] of corpus.entries()) {
    const key = `${PREFIX.incoming}article-${i}.txt`;
    await lake.put(key, article.text);
    await syncArticle(lake, key);
    bar.tick();
  }
  const ingestMs = performance.now() - started;
  const published = await publishVersion(lake);
  const totalMs = performance.now() - started;
  figures.e2e_articles_s = round(corpus.length / (totalMs / 1000), 1);
  console.log(
    formatTable(
      ["end to end (local lake)", "articles", "ingest s", "publish s", "total s", "articles/s"],
      [[published.status, corpus.length, round(ingestMs / 1000), round((totalMs - ingestMs) / 1000), round(totalMs / 1000), figures.e2e_articles_s]],
    ),
  );
  console.log("");
}

async function main(): Promise<void> {
  console.log(`benchmark on ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}\n`);
  const child = bundleChild();
  throughput(child);
  Object.assign(figures, await coldStarts(WORK, SAMPLES));
  memoryAndGrowth(child);
  await endToEnd();
  rmSync(WORK, { recursive: true, force: true });
  console.log(Object.entries(figures).map(([k, v]) => `${k}=${v}`).join(" "));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
