// Quotation spans: the words between paired marks, one paragraph at a time.
// Double marks (straight or curly) pair up within a paragraph; a quotation
// left open at a paragraph's end counts only when the next paragraph opens
// with a mark again (the news convention for multi-paragraph quotes). Single
// marks count only outside double ones, so nested quotes are not records, and
// only where they cannot be apostrophes (don't, Kenya’s, ’90s, farmers’).
// British style nests the other way (‘… “…” …’): double marks inside an open
// single quote are inner quotes, unless the single quote never closes.
import type { Sentence, Span } from "../context";
import { matchFinder } from "../matchFinder";
import type { QuoteSpan } from "./types";

const DOUBLE_OPEN = "“„«";
const DOUBLE_CLOSE = "”»";
/** Every mark the scan below reacts to; it jumps from one to the next instead of looking at each character. */
const MARKS = /["'“”„«»‘’]/g;
const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);

interface Paragraph extends Span {
  index: number;
}

function paragraphsOf(sentences: Sentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && last.index === s.paragraph) last.end = s.end;
    else out.push({ start: s.start, end: s.end, index: s.paragraph });
  }
  return out;
}

const opensWithMark = (text: string, p: Paragraph | undefined): boolean =>
  p !== undefined && (DOUBLE_OPEN.includes(text[p.start] as string) || text[p.start] === '"');

/** A single mark that opens a quote: at a word start, before a letter, and not an elided year ('90s). */
function singleOpens(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "‘" && c !== "'") return false;
  if (isAlnum(text[i - 1])) return false;
  if (!isAlnum(text[i + 1])) return false;
  return !/^\d\ds?\b/u.test(text.slice(i + 1, i + 5));
}

/** A single mark that closes a quote: after a non-space, not inside a word. */
const singleCloses = (text: string, i: number): boolean =>
  (text[i] === "’" || text[i] === "'") && !isSpace(text[i - 1]) && !isAlnum(text[i + 1]);

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Every top-level quotation span, in text order. */
export function parseQuoteSpans(text: string, sentences: Sentence[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paragraphs = paragraphsOf(sentences);
  const nextMark = matchFinder(text, MARKS);
  let run = 0;
  let carried = false; // the previous paragraph ended inside a quotation that continues here
  paragraphs.forEach((p, k) => {
    const continuing = carried;
    let openDouble = -1;
    let openSingle = -1;
    // Double quotes met inside an open single one: inner quotes if it closes, else top-level ones.
    let nested: [number, number][] = [];
    let nestedOpen = -1;
    const push = (open: number, start: number, end: number, closed: boolean): void => {
      const inner = closed ? { start, end } : trimmed(text, start, end);
      if (inner.end <= inner.start || !/[\p{L}\p{N}]/u.test(text.slice(inner.start, inner.end))) return;
      const continues = continuing && open === p.start;
      // Fields listed, not spread: Node 20 takes microseconds to build `{ ...inner, more }`.
      spans.push({ start: inner.start, end: inner.end, open, closed, paragraph: p.index, run: continues ? run : ++run });
    };
    const releaseNested = (): void => {
      for (const [o, e] of nested) push(o, o + 1, e, true);
      openDouble = nestedOpen;
    };
    for (let i = nextMark(p.start); i < p.end; i = nextMark(i + 1)) {
      const c = text[i] as string;
      if (openSingle >= 0 && (DOUBLE_OPEN.includes(c) || DOUBLE_CLOSE.includes(c) || c === '"')) {
        if (nestedOpen >= 0 && !DOUBLE_OPEN.includes(c)) {
          nested.push([nestedOpen, i]);
          nestedOpen = -1;
        } else if (!DOUBLE_CLOSE.includes(c)) nestedOpen = i;
        continue;
      }
      if (DOUBLE_OPEN.includes(c)) {
        openDouble = i;
        openSingle = -1;
      } else if (DOUBLE_CLOSE.includes(c)) {
        if (openDouble >= 0) push(openDouble, openDouble + 1, i, true);
        openDouble = -1;
      } else if (c === '"') {
        // A straight mark closes an open quotation unless it plainly opens a new one (space before, word after).
        const opensNew = isSpace(text[i - 1]) && !isSpace(text[i + 1]);
        if (openDouble >= 0 && !opensNew) {
          push(openDouble, openDouble + 1, i, true);
          openDouble = -1;
        } else {
          openDouble = i;
          openSingle = -1;
        }
      } else if (openDouble < 0) {
        if (openSingle >= 0 && nestedOpen < 0 && singleCloses(text, i)) {
          push(openSingle, openSingle + 1, i, true);
          openSingle = -1;
          nested = [];
        } else if (openSingle < 0 && singleOpens(text, i)) openSingle = i;
      }
    }
    if (openSingle >= 0) releaseNested();
    const next = paragraphs[k + 1];
    carried = openDouble >= 0 && opensWithMark(text, next);
    if (carried) push(openDouble, openDouble + 1, p.end, false);
  });
  return spans;
}
