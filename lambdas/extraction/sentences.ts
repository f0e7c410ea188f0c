// Sentence splitter for news text: paragraphs first, then hard line breaks that
// are real breaks (headings, captions, short lines), then sentence punctuation
// that survives abbreviations, initials, decimals, ellipses and closing quotes.
// One left-to-right pass per stage, so 1 MB without a full stop stays linear.
import abbreviations from "../../data/gazetteer/abbreviations.json";
import type { Sentence, Span } from "./context";
import { matchFinder } from "./matchFinder";

const fold = (word: string): string => word.toLowerCase();
const NEVER_END = new Set(abbreviations.never.map(fold));
const MAY_END = new Set(abbreviations.mayEnd.map(fold));
const STARTERS = new Set(abbreviations.sentenceStarters);

// Module-level: esbuild (node20/22 targets) turns a \p{…} literal outside [] into `new RegExp(…)`, built on every call.
const ONE_LETTER = /^\p{L}$/u;
const INITIALS = /^(\p{L}\.)+\p{L}$/u;

/** A line opening a list item: a bullet or a number, then a space. */
const LIST_ITEM = /^(?:[-•*▪–—]|\d{1,2}[.)])[ \t]/u;

const TERMINATORS = ".!?…";
/** Marks that may close a sentence after its full stop: `.”`, `.)`, `?'`. */
const CLOSERS = "\"'”’»)]";
const OPENERS = "\"'“‘«([";

const isSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\u00a0";
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

interface Line extends Span {
  indent: number;
  blank: boolean;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let indent = 0;
    while (start + indent < end && (text[start + indent] === " " || text[start + indent] === "\t")) indent++;
    lines.push({ start, end, indent, blank: start + indent >= end });
    start = end + 1;
  }
  return lines;
}

/**
 * Paragraphs are blocks separated by blank lines. Wire copy has no blank lines
 * but indents each paragraph's first line, so within a block a line indented
 * deeper than the block's least-indented line also opens a paragraph.
 */
function paragraphsOf(lines: Line[]): Line[][] {
  const paragraphs: Line[][] = [];
  let i = 0;
  while (i < lines.length) {
    if ((lines[i] as Line).blank) {
      i++;
      continue;
    }
    let j = i;
    let minIndent = Infinity;
    while (j < lines.length && !(lines[j] as Line).blank) minIndent = Math.min(minIndent, (lines[j++] as Line).indent);
    let current: Line[] = [];
    for (let k = i; k < j; k++) {
      const line = lines[k] as Line;
      if (current.length && line.indent > minIndent) {
        paragraphs.push(current);
        current = [];
      }
      current.push(line);
    }
    paragraphs.push(current);
    i = j;
  }
  return paragraphs;
}

/**
 * Splits a paragraph where a single newline is a real break. Hard-wrapped
 * lines run close to the paragraph's wrap width; a clearly shorter line (a
 * heading, a caption, a byline) followed by a capitalised line stands alone.
 */
function segmentsOf(text: string, paragraph: Line[]): Span[] {
  const lengths = paragraph.map((l) => l.end - l.start - l.indent);
  const width = lengths.slice(0, -1).reduce((a, b) => Math.max(a, b), 0);
  const segments: Span[] = [];
  let start = (paragraph[0] as Line).start;
  for (let k = 0; k < paragraph.length - 1; k++) {
    const line = paragraph[k] as Line;
    const next = paragraph[k + 1] as Line;
    const last = text.slice(line.start, line.end).trimEnd().slice(-1);
    const nextFirst = text[next.start + next.indent];
    // A list item ("- 12 March: …", "2. …") starts on its own line, however long the line before.
    const item = LIST_ITEM.test(text.slice(next.start + next.indent, next.start + next.indent + 4));
    const wrapped =
      !item && (isLower(nextFirst) || ",;-–—(".includes(last) || ((lengths[k] as number) >= 40 && (lengths[k] as number) >= 0.7 * width));
    if (!wrapped) {
      segments.push({ start, end: line.end });
      start = next.start;
    }
  }
  segments.push({ start, end: (paragraph[paragraph.length - 1] as Line).end });
  return segments;
}

/** The abbreviation-like word right before a period: letters and inner dots ("U.S", "Mr", "F"). */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && dot - i < 16 && /[\p{L}.]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number, limit: number): string {
  let i = from;
  while (i < limit && /[\p{L}]/u.test(text[i] as string)) i++;
  return text.slice(from, i);
}

/** Whether a period at `dot` ends a sentence whose next non-space char is at `next`. */
function periodEnds(text: string, dot: number, next: number, floor: number, limit: number): boolean {
  const word = wordBefore(text, dot, floor);
  const bare = fold(word.replace(/^\.+/, ""));
  if (NEVER_END.has(bare)) return false;
  const abbreviated = MAY_END.has(bare) || ONE_LETTER.test(bare) || INITIALS.test(bare);
  if (!abbreviated) return true;
  // After an abbreviation only a word that usually opens a sentence starts a new one, quoted or not:
  // 'the U.S. “threat”' stays whole, 'the U.S. “We …' splits.
  let start = next;
  while (start < limit && OPENERS.includes(text[start] as string)) start++;
  return STARTERS.has(nextWord(text, start, limit));
}

const TERMINATOR = /[.!?…]/g;

/** Sentence ends inside one segment: offsets just past the terminator and any closing marks. */
function boundariesIn(text: string, seg: Span, nextTerminator: (from: number) => number): number[] {
  const cuts: number[] = [];
  let i = nextTerminator(seg.start);
  while (i < seg.end) {
    const c = text[i] as string;
    let j = i + 1;
    while (j < seg.end && TERMINATORS.includes(text[j] as string)) j++;
    const ellipsis = c === "…" || j - i >= 3;
    const closed = j < seg.end && CLOSERS.includes(text[j] as string);
    while (j < seg.end && CLOSERS.includes(text[j] as string)) j++;
    if (j >= seg.end || !isSpace(text[j])) {
      i = nextTerminator(j);
      continue;
    }
    let k = j;
    while (k < seg.end && isSpace(text[k])) k++;
    const n = text[k];
    let ends: boolean;
    if (k >= seg.end) ends = true;
    else if (!isUpper(n) && !isDigit(n) && !OPENERS.includes(n as string)) ends = false; // "U.S. officials", "2.5 ... more"
    else if (ellipsis) ends = isUpper(n) || OPENERS.includes(n as string);
    else if (c !== "." || closed) ends = true;
    else ends = periodEnds(text, i, k, seg.start, seg.end);
    if (ends) cuts.push(j);
    i = nextTerminator(k);
  }
  return cuts;
}

/** Sentences in text order; each knows its paragraph (blank-line blocks, or indented wire paragraphs). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = paragraphsOf(linesOf(text));
  const nextTerminator = matchFinder(text, TERMINATOR);
  paragraphs.forEach((paragraph, index) => {
    for (const seg of segmentsOf(text, paragraph)) {
      let from = seg.start;
      for (const cut of [...boundariesIn(text, seg, nextTerminator), seg.end]) {
        let start = from;
        let end = cut;
        while (start < end && isSpace(text[start])) start++;
        while (end > start && isSpace(text[end - 1])) end--;
        if (end > start) sentences.push({ start, end, paragraph: index, text: text.slice(start, end) });
        from = cut;
      }
    }
  });
  return sentences;
}
