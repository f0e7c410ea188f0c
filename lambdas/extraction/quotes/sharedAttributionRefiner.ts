// Quotes without a reporting clause of their own take one from the quotes
// they belong with: the other paragraphs of a multi-paragraph quotation, an
// earlier quote in the same paragraph (“…,” he said. “…”), or a later one
// there. A weak sentence-subject guess yields to any of these. Last, a
// paragraph that opens with an unattributed quote continues the speaker of
// the paragraph just before (news convention), marked as inferred from context.
import type { QuoteCandidate } from "./types";

const BORROWED = new Set(["subject", "shared", "context"]);
const hasOwn = (q: QuoteCandidate): boolean => q.attribution.speaker !== null && !BORROWED.has(q.attribution.source);

function share(q: QuoteCandidate, from: QuoteCandidate, source: "shared" | "context" = "shared"): void {
  q.attribution = { speaker: from.attribution.speaker, source, verbAt: from.attribution.verbAt };
  q.via ??= from.via;
}

export function sharedAttributionRefiner(quotes: QuoteCandidate[]): QuoteCandidate[] {
  // The paragraphs of one quotation share the clause found in any of them (usually the first or the last).
  const byRun = new Map<number, QuoteCandidate>();
  for (const q of quotes) if (hasOwn(q) && !byRun.has(q.run)) byRun.set(q.run, q);
  for (const q of quotes) {
    const source = byRun.get(q.run);
    if (!hasOwn(q) && source && source !== q) share(q, source);
  }
  // Then neighbours in the same paragraph: the previous attributed quote, else the next one.
  // Two linear passes: the next attributed quote of each position, then a forward walk.
  const next: (QuoteCandidate | undefined)[] = new Array(quotes.length);
  let following: QuoteCandidate | undefined;
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i] as QuoteCandidate;
    if (following && following.paragraph !== q.paragraph) following = undefined;
    next[i] = following;
    if (hasOwn(q)) following = q;
  }
  let previous: QuoteCandidate | undefined;
  quotes.forEach((q, i) => {
    if (previous && previous.paragraph !== q.paragraph) previous = undefined;
    if (!hasOwn(q) && q.attribution.source !== "shared") {
      const source = previous ?? next[i];
      if (source) share(q, source);
    }
    if (q.attribution.speaker && q.attribution.source !== "subject") previous = q;
  });
  quotes.forEach((q, i) => {
    const before = quotes[i - 1];
    const opensParagraph = q.view.slots[0] === q.slot && q.view.tokens[0]?.start === q.open;
    if (q.attribution.source === "none" && opensParagraph && before?.paragraph === q.paragraph - 1 && before.attribution.speaker) {
      share(q, before, "context");
    }
  });
  return quotes;
}
