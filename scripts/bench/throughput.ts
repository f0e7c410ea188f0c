// Extraction throughput against a floor, single thread: run in the bundled
// child process, so the code measured is generated as the Lambda bundles are.
import type { PlainArticle } from "../../lambdas/core/article";
import { progress } from "../../lambdas/cli/progress";
import { extractDocument } from "../../lambdas/extraction/extract";
import { buildCorpus, sampleArticles } from "./corpus";

export interface Throughput {
  articles: number;
  mb: number;
  /** Medians of 5 runs over the whole corpus. */
  extractMs: number;
  floorMs: number;
}

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The least any extractor must do: decode, split into sentences with one regex, find quotation marks. */
function floorPass(articles: readonly PlainArticle[], bytes: readonly Buffer[]): number {
  const decoder = new TextDecoder();
  let found = 0;
  articles.forEach((_, i) => {
    const text = decoder.decode(bytes[i]);
    found += text.split(/(?<=[.!?])\s+/).length;
    for (const _match of text.matchAll(/["“”]/g)) found++;
  });
  return found;
}

export function measureThroughput(samplesDir: string): Throughput {
  const corpus = buildCorpus(sampleArticles(samplesDir), 2000);
  const bytes = corpus.map((a) => Buffer.from(a.text, "utf8"));
  corpus.slice(0, 200).forEach((a) => extractDocument(a)); // warm-up: JIT and gazetteer loading
  floorPass(corpus, bytes);
  const extractMs: number[] = [];
  const floorMs: number[] = [];
  const bar = progress("throughput runs", RUNS);
  for (let run = 0; run < RUNS; run++) {
    extractMs.push(timed(() => corpus.forEach((a) => extractDocument(a))));
    floorMs.push(timed(() => floorPass(corpus, bytes)));
    bar.tick();
  }
  return { articles: corpus.length, mb: bytes.reduce((n, b) => n + b.length, 0) / 1e6, extractMs: median(extractMs), floorMs: median(floorMs) };
}
