// A quotation that stands alone as a sentence, with no clause of its own,
// speaks for the subject of the sentence just before it in the paragraph
// ("Marta Pinheiro disagreed. “We will sail on Monday.”"), when that subject
// is someone: a known person, a pronoun, or a speaker description. A
// sentence with quotes of its own, or a subject like "Prices", yields nothing.
import type { Span } from "../context";
import type { PersonMention } from "../people";
import { isQuote } from "./attributionParser";
import type { Attribution, SentenceView } from "./types";

// One quote per sentence first, so a sentence of many quotes is never scanned once per quote.
export const isStandalone = (view: SentenceView): boolean => view.slots.length === 1 && view.tokens.every((t) => isQuote(t) || t.kind === "punct");

/** People are in text order: whether one's name lies inside the span. */
export function namesPerson(people: PersonMention[], span: Span): boolean {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((people[mid] as PersonMention).nameSpan.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const p = people[lo];
  return p !== undefined && p.nameSpan.end <= span.end;
}

export function precedingSubject(view: SentenceView, previous: SentenceView, people: PersonMention[]): Attribution | null {
  if (!isStandalone(view) || previous.slots.length > 0) return null;
  const { subject } = previous;
  if (!subject) return null;
  const someone = subject.kind === "pronoun" ? /^(he|she)$/iu.test(subject.text) : subject.kind === "description" || namesPerson(people, subject);
  return someone ? { speaker: subject, source: "preceding", verbAt: null } : null;
}
