// Drops quotation marks that hold no one's words: terms after "so-called", a
// phrase after an article that no clause attributes ("the “logic of the map”
// was obvious"), short scare quotes with no reporting clause of their own and titles of works,
// nicknames and slogans written in Title Case ("his book “The Art of the Deal”").
// A short quote survives when it is a whole sentence (“We will win.”), a
// paragraph of a longer quotation, or joined by "and" to an attributed quote
// of its sentence (noted that “…” and “may rise again”).
import { isQuote, isTermQuote } from "./attributionParser";
import type { QuoteCandidate } from "./types";
import { countWords } from "./words";

const SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "vs"]);

// Module-level: esbuild (node20/22 targets) turns a \p{…} literal outside [] into `new RegExp(…)`, built on every call.
const HAS_LOWER = /\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

const HAS_ALNUM = /[\p{L}\p{N}]/u;
const wordsOf = (text: string): string[] => text.split(/[\s\u2013\u2014-]+/u).filter((w) => HAS_ALNUM.test(w));
/** Whether wordsOf(text) has more than `n` words; stops there, where a long quote's words would all be split. */
const moreWordsThan = (text: string, n: number): boolean => countWords(text, n + 1, true) > n;

/** Every word capitalised except small function words, with no sentence punctuation: a name, not speech. */
export function isTitleCase(text: string): boolean {
  if (/[.!?;]\s*$|[.!?;]\s/u.test(text)) return false;
  // Dropping the marks below never joins or splits words, so a long quote is turned away before they are dropped.
  if (moreWordsThan(text, 12)) return false;
  const words = wordsOf(text.replace(/[,:"“”‘’']/gu, ""));
  if (words.length === 0 || words.length > 12) return false;
  const content = words.filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && words.some((w) => HAS_LOWER.test(w));
}

const EXPLICIT = new Set(["after", "before", "according"]);

const COORDINATORS = new Set(["and", "but", "or", "then", ","]);

/** The quote just before in the same sentence, with only a coordinator and a few words between. */
function coordinatedWith(q: QuoteCandidate, previous: QuoteCandidate | undefined): boolean {
  if (!previous || previous.view !== q.view || !EXPLICIT.has(previous.attribution.source)) return false;
  const between = q.view.tokens.slice(previous.slot + 1, q.slot);
  return between.length <= 8 && !between.some(isQuote) && between.some((t) => COORDINATORS.has(t.text));
}

const ARTICLES = new Set(["the", "a", "an"]);

/** A quote standing as a noun after an article, with no one found to say it: "the “logic of the map” was obvious". */
const isUnattributedTerm = (q: QuoteCandidate): boolean => q.attribution.source === "none" && ARTICLES.has(q.view.tokens[q.slot - 1]?.text.toLowerCase() ?? "");

const isSentence = (inner: string): boolean => UPPER_START.test(inner) && /[.!?…]$/u.test(inner.trimEnd());

export function scareQuoteFilter(quotes: QuoteCandidate[], text: string): QuoteCandidate[] {
  const runSizes = new Map<number, number>();
  for (const q of quotes) runSizes.set(q.run, (runSizes.get(q.run) ?? 0) + 1);
  return quotes.filter((q, i) => {
    const inner = text.slice(q.start, q.end);
    if (isTitleCase(inner) || isTermQuote(q.view.tokens, q.slot) || isUnattributedTerm(q)) return false;
    if (moreWordsThan(inner, 3) || EXPLICIT.has(q.attribution.source)) return true;
    return isSentence(inner) || (runSizes.get(q.run) ?? 0) > 1 || coordinatedWith(q, quotes[i - 1]);
  });
}
