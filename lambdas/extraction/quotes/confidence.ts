// How sure a quote record is of its speaker (see docs/extraction.md, "Quotes").
import type { QuoteCandidate } from "./types";

const EXPLICIT = new Set(["after", "before", "according"]);

export function confidenceOf(q: QuoteCandidate, words: number): number {
  const { source, speaker } = q.attribution;
  let c: number;
  if (!speaker || q.speaker === null) c = 0.3;
  else if (EXPLICIT.has(source)) c = speaker.kind === "name" && !q.resolved ? 0.9 : q.resolved ? 0.75 : 0.6;
  else if (source === "shared") c = q.resolved || speaker.kind !== "name" ? 0.6 : 0.7;
  else c = 0.5; // the sentence's subject with no reporting verb, or the previous paragraph's speaker
  // A few words in marks are as often a term as a quotation.
  return words <= 3 ? Math.round((c - 0.1) * 100) / 100 : c;
}
