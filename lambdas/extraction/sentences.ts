// TEMPORARY STUB, replaced by the sentence splitter.
import type { Sentence } from "./context";
export function splitSentences(text: string): Sentence[] {
  return text.length ? [{ start: 0, end: text.length, paragraph: 0, text }] : [];
}
