// A word tokenizer with offsets, shared by the people finder and the quote
// parsers. Words keep inner dots, hyphens and apostrophes ("U.S.", "Jae-sung",
// "O'Brien"); a possessive "'s" is its own token so "Okafor's" yields "Okafor".
import abbreviations from "../../data/gazetteer/abbreviations.json";
import type { Span } from "./context";

export interface Token extends Span {
  text: string;
  /** word: letters/digits; poss: a possessive 's or s'; punct: any other single character. */
  kind: "word" | "poss" | "punct";
}

const DOTTED = new Set([...abbreviations.never, ...abbreviations.mayEnd].map((a) => a.toLowerCase()));
// Separators join only when a letter or digit follows, so the pattern cannot backtrack badly.
const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/uy;

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Tokens of text[from, to), offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text[i] as string;
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index !== i) {
      tokens.push({ start: i, end: i + 1, text: c, kind: "punct" });
      i++;
      continue;
    }
    let end = Math.min(i + m[0].length, to);
    let word = text.slice(i, end);
    // "Kenya's" → "Kenya" + "'s"
    const poss = /^(.+)['’]s$/u.exec(word);
    if (poss && poss[1] !== undefined && !/['’]/u.test(poss[1])) {
      const cut = i + poss[1].length;
      tokens.push({ start: i, end: cut, text: poss[1], kind: "word" });
      tokens.push({ start: cut, end, text: text.slice(cut, end), kind: "poss" });
      i = end;
      continue;
    }
    // A trailing period belongs to abbreviations and initials ("Mr.", "U.S.", "F."), not to sentence ends.
    if (text[end] === "." && end < to && (word.includes(".") || /^\p{L}$/u.test(word) || DOTTED.has(word.toLowerCase()))) {
      end++;
      word += ".";
    }
    tokens.push({ start: i, end, text: word, kind: "word" });
    // Plural possessive: "farmers' union".
    if ((text[end] === "'" || text[end] === "’") && /s$/u.test(word) && !isAlnum(text[end + 1]) && end < to) {
      tokens.push({ start: end, end: end + 1, text: text[end] as string, kind: "poss" });
      end++;
    }
    i = end;
  }
  return tokens;
}

export const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);
