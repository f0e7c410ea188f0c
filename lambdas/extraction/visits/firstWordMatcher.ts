// One long alternation of phrases, matched in two steps: a short regex finds
// the phrases' first words, and only the phrases of the word found there are
// tried, by a small regex compiled the first time that word is met. A regex
// of all the phrases at once took ~80 ms to compile on first use (a Lambda
// cold start). The matches are the same (tests/extraction/visitsMatchers.test.ts).
//
// Why the same: each phrase's pattern starts with its first word (either case
// of its first letter) and then whitespace, so at any position only the
// phrases whose first word is the whole word there can match, and they are
// tried in the order given, as the one alternation would try them.
import type { Matcher } from "../allMatches";
import { anyCase } from "./visitorParser";

const firstWord = (phrase: string) => phrase.split(" ")[0]!;
/** The key of a first word as written: only its first letter's case may differ from the phrase's. */
const keyOf = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

/**
 * Matches like new RegExp(`\b(?:${phrases.map(pattern).join("|")})\b`, "gu"), for lower-case phrases in the order given,
 * where pattern(phrase) starts with anyCase(first word) and `\s+`.
 */
export class FirstWordMatcher implements Matcher {
  lastIndex = 0;
  private readonly firstWords: RegExp;
  private readonly sources = new Map<string, string[]>();
  private readonly compiled = new Map<string, RegExp>();

  constructor(phrases: string[], pattern: (phrase: string) => string) {
    for (const phrase of phrases) {
      const sources = this.sources.get(firstWord(phrase)) ?? [];
      this.sources.set(firstWord(phrase), [...sources, pattern(phrase)]);
    }
    this.firstWords = new RegExp(String.raw`\b(?:${[...this.sources.keys()].map(anyCase).join("|")})(?=\s)`, "gu");
  }

  exec(text: string): RegExpExecArray | null {
    this.firstWords.lastIndex = this.lastIndex;
    for (let word = this.firstWords.exec(text); word; word = this.firstWords.exec(text)) {
      const phrases = this.phrasesOf(keyOf(word[0]));
      phrases.lastIndex = word.index;
      const m = phrases.exec(text);
      if (m) {
        this.lastIndex = m.index + m[0].length;
        return m;
      }
      this.firstWords.lastIndex = word.index + 1;
    }
    this.lastIndex = 0;
    return null;
  }

  /** The phrases of one first word, as a sticky regex: it matches right where the word starts or not at all. */
  private phrasesOf(key: string): RegExp {
    const known = this.compiled.get(key);
    if (known) return known;
    const re = new RegExp(String.raw`\b(?:${this.sources.get(key)!.join("|")})\b`, "uy");
    this.compiled.set(key, re);
    return re;
  }
}
