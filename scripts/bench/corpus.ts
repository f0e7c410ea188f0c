// A benchmark corpus: the sample articles, then variants made by shuffling
// their paragraphs (seeded, so every run measures the same text).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PlainArticle } from "../../lambdas/core/article";
import { readArticle } from "../../lambdas/input/article";
import { isArticleKey } from "../../lambdas/input/plainText";

/** Mulberry32: a tiny seeded PRNG, enough for shuffling. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export function sampleArticles(dir: string): PlainArticle[] {
  return readdirSync(dir)
    .filter(isArticleKey)
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return readArticle(readFileSync(file), name, readMeta(file));
    });
}

function readMeta(file: string): Buffer | null {
  try {
    return readFileSync(file + ".meta.json");
  } catch {
    return null;
  }
}

export function buildCorpus(samples: readonly PlainArticle[], size: number, seed = 42): PlainArticle[] {
  const next = random(seed);
  return Array.from({ length: size }, (_, i) => {
    const base = samples[i % samples.length]!;
    if (i < samples.length) return base;
    const text = shuffled(base.text.split("\n\n"), next).join("\n\n");
    return { ...base, sourceKey: `bench-${i}-${base.sourceKey}`, text };
  });
}
