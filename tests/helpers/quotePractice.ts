// Scores the quote extractor on the practice articles in
// tests/fixtures/quotes-practice: each `<name>.txt` has a `<name>.json` listing
// the expected quotes (text and speaker; `optional` ones neither count nor
// penalise). Matching is lenient in the way a dataset user would be: quote
// texts equal after trimming marks and punctuation, speakers have the same
// words bar articles ("the ministry" is not "Dutch Ministry of Economic Affairs").
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { QuoteRecord } from "../../lambdas/core/schemas";
import { extractQuotes } from "../../lambdas/extraction/quotes";
import { contextOf } from "./articleContext";

export const PRACTICE_DIR = join(__dirname, "..", "fixtures", "quotes-practice");

interface ExpectedQuote {
  text: string;
  speaker: string | null;
  optional?: boolean;
}

export interface PracticeScore {
  article: string;
  expected: number;
  found: number;
  rightSpeaker: number;
  /** Records that match no expected quote. */
  extra: number;
  problems: string[];
}

const norm = (s: string): string =>
  s.normalize("NFKC").toLowerCase().replace(/[“”"‘’']/gu, "").replace(/\s+/gu, " ").replace(/^[\s.,;:!?…—-]+|[\s.,;:!?…—-]+$/gu, "");
const words = (s: string | null): string[] =>
  norm(s ?? "").replace(/s\b/gu, "").split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== "the" && w !== "a" && w !== "an");

const sameText = (a: string, b: string): boolean => norm(a) === norm(b);
function sameSpeaker(found: string | null, expected: string | null): boolean {
  if (expected === null || found === null) return expected === found;
  const f = new Set(words(found));
  const e = new Set(words(expected));
  return f.size === e.size && [...f].every((w) => e.has(w));
}

export function scoreArticle(article: string): PracticeScore {
  const text = readFileSync(join(PRACTICE_DIR, `${article}.txt`), "utf8");
  const expected = JSON.parse(readFileSync(join(PRACTICE_DIR, `${article}.json`), "utf8")) as ExpectedQuote[];
  const records: QuoteRecord[] = extractQuotes(contextOf(text));
  const used = new Set<QuoteRecord>();
  const score: PracticeScore = { article, expected: 0, found: 0, rightSpeaker: 0, extra: 0, problems: [] };
  for (const e of expected) {
    const r = records.find((q) => !used.has(q) && sameText(q.text, e.text));
    if (r) used.add(r);
    if (e.optional) continue;
    score.expected++;
    if (!r) {
      score.problems.push(`missed: ${e.text}`);
      continue;
    }
    score.found++;
    if (sameSpeaker(r.speaker, e.speaker)) score.rightSpeaker++;
    else score.problems.push(`speaker ${JSON.stringify(r.speaker)} for ${JSON.stringify(e.speaker)}: ${e.text}`);
  }
  for (const r of records) if (!used.has(r)) score.problems.push(`extra: ${r.text} (${String(r.speaker)})`);
  score.extra = records.length - used.size;
  return score;
}

export const practiceArticles = (): string[] =>
  readdirSync(PRACTICE_DIR).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
