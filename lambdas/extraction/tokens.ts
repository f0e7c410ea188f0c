// A word tokenizer with offsets, shared by the people finder and the quote
// parsers. Words keep inner dots, hyphens and apostrophes ("U.S.", "Jae-sung",
// "O'Brien"); a possessive "'s" is its own token so "Okafor's" yields "Okafor".
import abbreviations from "../../data/gazetteer/abbreviations.json";
import type { Sentence, Span } from "./context";
import { memoOn } from "./memo";

export interface Token extends Span {
  text: string;
  /** word: letters/digits; poss: a possessive 's or s'; punct: any other single character. */
  kind: "word" | "poss" | "punct";
}

/**
 * Tokens are made with `new`, not as object literals. Tokens live as long as their article, so V8 soon allocates
 * a literal's objects straight in old space (allocation-site pretenuring), slower to fill and to collect;
 * objects made by a constructor are never pretenured.
 */
class MadeToken implements Token {
  declare start: number;
  declare end: number;
  declare text: string;
  declare kind: Token["kind"];
  constructor(start: number, end: number, text: string, kind: Token["kind"]) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
  }
}

const DOTTED = new Set([...abbreviations.never, ...abbreviations.mayEnd].map((a) => a.toLowerCase()));
/** No longer word can be in DOTTED: most words before a period are passed over without lower-casing them. */
const DOTTED_LONGEST = Math.max(...[...DOTTED].map((a) => a.length));
// Separators join only when a letter or digit follows, so the pattern cannot backtrack badly.
const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/uy;

// Module-level: esbuild (node20/22 targets) turns a \p{…} literal outside [] into `new RegExp(…)`, built on every call.
const ONE_LETTER = /^\p{L}$/u;
const UPPER_START = /^\p{Lu}/u;

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** U+2000–U+206F (curly quotes, dashes, "…"): spaces and punctuation only, never a letter or digit. */
const isGeneralPunctuation = (code: number): boolean => code >= 0x2000 && code <= 0x206f;

/** The code units /\s/u matches: ECMAScript WhiteSpace and LineTerminator (none is outside the BMP), read without a regex. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isSpaceAt = (text: string, i: number): boolean => isSpaceCode(text.charCodeAt(i));

/** Whitespace runs as one space, trimmed. Most names and roles already are so, which a scan tells without a regex. */
export const oneLine = (s: string): string => (isOneLine(s) ? s : s.replace(/\s+/g, " ").trim());

/** Whether every whitespace character in `s` is a lone space between two other characters. */
function isOneLine(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = s.charCodeAt(i);
    if (isSpaceCode(code) && (code !== 32 || i === 0 || i === last || s.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}

const isAsciiAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** - ' . & ’: the separators WORD allows inside a word. */
const isJoiner = (code: number): boolean => code === 45 || code === 39 || code === 46 || code === 38 || code === 0x2019;

/**
 * End of WORD's match at `i` in `local` (text[from, from + local.length)), or `i` if none. ASCII words
 * are scanned by hand; any other character that could change the match hands the word to WORD itself.
 */
function wordEnd(text: string, local: string, from: number, i: number): number {
  const limit = from + local.length;
  const first = text.charCodeAt(i);
  if (first >= 128) return isGeneralPunctuation(first) ? i : byPattern(local, from, i);
  if (!isAsciiAlnum(first)) return i;
  let j = i + 1;
  for (;;) {
    while (j < limit && isAsciiAlnum(text.charCodeAt(j))) j++;
    if (j >= limit) return j;
    const c = text.charCodeAt(j);
    if (!isJoiner(c)) return c >= 128 && !isGeneralPunctuation(c) ? byPattern(local, from, i) : j;
    if (j + 1 >= limit) return j;
    const next = text.charCodeAt(j + 1);
    if (next >= 128) return isGeneralPunctuation(next) ? j : byPattern(local, from, i);
    if (!isAsciiAlnum(next)) return j;
    j += 2;
  }
}

function byPattern(local: string, from: number, i: number): number {
  WORD.lastIndex = i - from;
  const m = WORD.exec(local);
  return m ? i + m[0].length : i;
}

const isApostropheCode = (code: number): boolean => code === 39 || code === 0x2019;

/** Whether text[from, to) holds an apostrophe. */
function apostropheIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isApostropheCode(text.charCodeAt(k))) return true;
  return false;
}

/** A trailing period belongs to abbreviations and initials ("Mr.", "U.S.", "F."), not to sentence ends. */
const takesPeriod = (word: string): boolean =>
  word.includes(".") || (word.length <= 2 && ONE_LETTER.test(word)) || (word.length <= DOTTED_LONGEST && DOTTED.has(word.toLowerCase()));

const PERIOD = 46;
const LOWER_S = 115;

/** Tokens of text[from, to), offsets into `text`. Character codes, not one-character strings: this runs for every character. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokensInto([], text, from, to);
}

/** tokenize(), appending to `tokens`. */
function tokensInto(tokens: Token[], text: string, from: number, to: number): Token[] {
  // Words are matched in the range and one character past it, never the rest of the text (quadratic
  // on huge text without spaces). A word is cut at `to`; that one character says whether it runs on.
  const local = text.slice(from, to + 1);
  let i = from;
  while (i < to) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const matched = wordEnd(text, local, from, i);
    if (matched === i) {
      tokens.push(new MadeToken(i, i + 1, text[i] as string, "punct"));
      i++;
      continue;
    }
    let end = Math.min(matched, to);
    // "Kenya's" → "Kenya" + "'s"
    if (end - i >= 3 && text.charCodeAt(end - 1) === LOWER_S && isApostropheCode(text.charCodeAt(end - 2)) && !apostropheIn(text, i, end - 2)) {
      const cut = end - 2;
      tokens.push(new MadeToken(i, cut, text.slice(i, cut), "word"));
      tokens.push(new MadeToken(cut, end, text.slice(cut, end), "poss"));
      i = end;
      continue;
    }
    let word = text.slice(i, end);
    if (end < to && text.charCodeAt(end) === PERIOD && takesPeriod(word)) word = text.slice(i, ++end);
    tokens.push(new MadeToken(i, end, word, "word"));
    // Plural possessive: "farmers' union".
    if (end < to && isApostropheCode(text.charCodeAt(end)) && text.charCodeAt(end - 1) === LOWER_S && !isAlnum(text[end + 1])) {
      tokens.push(new MadeToken(end, end + 1, text[end] as string, "poss"));
      end++;
    }
    i = end;
  }
  return tokens;
}

/**
 * Each sentence's tokens, made once per article for the people finder and the quote parsers. They are gathered in
 * one array and then cut per sentence: an array literal per sentence would be pretenured (see MadeToken), and an
 * old array filled with young tokens pays the write barrier on every push.
 */
export const sentenceTokens = memoOn((sentences: Sentence[], text: string): Token[][] => {
  const all: Token[] = [];
  const firsts = sentences.map((s) => {
    const first = all.length;
    tokensInto(all, text, s.start, s.end);
    return first;
  });
  return firsts.map((first, k) => all.slice(first, firsts[k + 1] ?? all.length));
});

export function isCapitalized(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_START.test(t.text);
}
