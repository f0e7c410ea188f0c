// Runs one measured task in a fresh process (bundled, plain node) and prints
// its figures as JSON, so peak RSS belongs to that task alone.
import { readFileSync } from "node:fs";
import { extractDocument } from "../../lambdas/extraction/extract";
import { readArticle } from "../../lambdas/input/article";
import { MAX_ARTICLE_BYTES } from "../../lambdas/input/plainText";
import { publishVersion } from "../../lambdas/pipeline/publish";
import { LocalStore } from "../../lambdas/storage/localStore";

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

async function main(task: string, arg: string): Promise<object> {
  const started = performance.now();
  if (task === "extract-largest") {
    // The largest allowed article: sample prose repeated up to the byte limit.
    const sample = readFileSync(arg, "utf8");
    const copies = Math.floor(MAX_ARTICLE_BYTES / Buffer.byteLength(sample + "\n\n"));
    const bytes = Buffer.from(Array.from({ length: copies }, () => sample).join("\n\n"));
    const doc = extractDocument(readArticle(bytes, "largest.txt", null));
    const records = doc.trade.length + doc.visits.length + doc.quotes.length;
    return { bytes: bytes.length, records, ms: performance.now() - started, peak_rss_mb: peakRssMb() };
  }
  if (task === "publish") {
    const outcome = await publishVersion(new LocalStore(arg));
    return { status: outcome.status, articles: outcome.manifest.articles.length, ms: performance.now() - started, peak_rss_mb: peakRssMb() };
  }
  throw new Error(`unknown task ${task}`);
}

main(process.argv[2] ?? "", process.argv[3] ?? "").then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
