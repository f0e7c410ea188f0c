// Runs one measured task in a fresh process (bundled, plain node) and prints
// its figures as JSON, so peak RSS belongs to that task alone.
import { readFileSync } from "node:fs";
import { extractDocument } from "../../lambdas/extraction/extract";
import { readArticle } from "../../lambdas/input/article";
import { MAX_FILE_BYTES, MAX_TEXT_BYTES } from "../../lambdas/input/plainText";
import { publishVersion } from "../../lambdas/pipeline/publish";
import { LocalStore } from "../../lambdas/storage/localStore";
import { measureThroughput } from "./throughput";

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/**
 * The largest allowed article: sample prose repeated up to the text limit, as
 * plain text, or as an HTML page padded with a script up to the file limit.
 */
function largestArticle(sample: string, html: boolean): Buffer {
  const paragraph = html ? `<p>${sample.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n+/g, "</p>\n<p>")}</p>\n` : sample + "\n\n";
  // A little under the limit: HTML paragraphs become blank-line-separated text, slightly longer than the sample.
  const copies = Math.floor((MAX_TEXT_BYTES * 0.97) / Buffer.byteLength(sample + "\n\n"));
  const body = paragraph.repeat(copies);
  if (!html) return Buffer.from(body);
  const page = (script: string) => `<html><head><script>${script}</script></head><body>${body}</body></html>`;
  const filler = "/* markup */";
  return Buffer.from(page(filler.repeat(Math.floor((MAX_FILE_BYTES - Buffer.byteLength(page(""))) / filler.length))));
}

async function main(task: string, arg: string): Promise<object> {
  const started = performance.now();
  if (task === "extract-largest-text" || task === "extract-largest-html") {
    const bytes = largestArticle(readFileSync(arg, "utf8"), task.endsWith("html"));
    const doc = extractDocument(readArticle(bytes, task.endsWith("html") ? "largest.html" : "largest.txt", null));
    const records = doc.trade.length + doc.visits.length + doc.quotes.length;
    return { bytes: bytes.length, records, ms: performance.now() - started, peak_rss_mb: peakRssMb() };
  }
  if (task === "throughput") return measureThroughput(arg);
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
