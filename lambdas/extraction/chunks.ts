// Per-sentence work in the trade and visit extractors looks around each
// mention within its sentence; on input with no sentence ends (a megabyte
// without a full stop) that would be quadratic. Real sentences are far
// shorter than MAX_CHARS, so splitting longer ones at whitespace keeps every
// normal sentence whole and bounds the work on pathological ones.
import type { Sentence } from "./context";

const MAX_CHARS = 2000;

export function boundedSentences(text: string, sentences: Sentence[], max = MAX_CHARS): Sentence[] {
  // The same array when nothing needs splitting, so work memoised on it (people.ts) is shared with the caller's.
  if (sentences.every((s) => s.end - s.start <= max)) return sentences;
  return sentences.flatMap((s) => {
    if (s.end - s.start <= max) return [s];
    const out: Sentence[] = [];
    let start = s.start;
    while (start < s.end) {
      let end = Math.min(s.end, start + max);
      if (end < s.end) {
        // Only the chunk's second half is searched: lastIndexOf on the whole text would rescan it for every chunk.
        const floor = start + Math.floor(max / 2);
        const space = text.slice(floor, end).lastIndexOf(" ");
        if (space > 0) end = floor + space;
      }
      out.push({ start, end, paragraph: s.paragraph, text: text.slice(start, end) });
      start = end;
    }
    return out;
  });
}
