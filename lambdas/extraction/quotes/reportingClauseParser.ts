// Reporting clauses anywhere in the article ("The statement said …", "Smith
// told reporters …", "“…,” said Lim Tae-yang", "according to Interfax"), quotes or not, and each
// sentence's own subject when it names a speaker-like party ("The Chinese
// embassy did not respond."): the antecedents that a later "it added" or "he
// said" points back to.
import { isAccordingTo, isQuote } from "./attributionParser";
import { verbAt } from "./lexicon";
import { nounPhraseAfter, nounPhraseBefore } from "./nounPhrase";
import type { Token } from "../tokens";
import type { SpeakerMention } from "./types";

const LOOKBACK = 60;

export interface Clause extends SpeakerMention {
  /** The subject of a reporting verb, not just of its sentence. */
  said: boolean;
  /** The owner in a subject like "Vega's tour": a later "him" in that sentence may be them. */
  possessor: boolean;
}

/** Fields listed, not spread: Node 20 takes microseconds to build `{ ...mention, said }`. */
const clauseOf = (m: SpeakerMention, said: boolean, possessor = false): Clause => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, apposition: m.apposition, said, possessor });

/** Whether a possessive follows the mention: "Vega" in "Vega's tour took him". */
function ownsNext(tokens: Token[], m: SpeakerMention): boolean {
  for (const t of tokens) if (t.start >= m.end) return t.start === m.end && t.kind === "poss";
  return false;
}

/** One sentence's clauses appended to `subjects` (the clauses so far, in text order). `own`: the sentence's subject (sentenceSubject). */
export function addReportingClauses(text: string, tokens: Token[], subjects: Clause[], own: SpeakerMention | null): void {
  if (own && own.kind !== "pronoun") subjects.push(clauseOf(own, false, ownsNext(tokens, own)));
  for (let i = 0; i < tokens.length; i++) {
    // "According to the Tax Service, …": a named source, which "the service said" may repeat later.
    const source = isAccordingTo(tokens, i) ? nounPhraseAfter(text, tokens, i + 2, tokens.length) : null;
    if (source && source.start !== subjects[subjects.length - 1]?.start) subjects.push(clauseOf(source, true));
    const n = verbAt(tokens, i);
    if (!n) continue;
    // "“…,” said Lim Tae-yang": the speaker follows the verb.
    const inverted = isQuote(tokens[i - 1]) || (tokens[i - 1]?.text === "," && isQuote(tokens[i - 2]));
    const subject = inverted ? nounPhraseAfter(text, tokens, i + n, tokens.length) : nounPhraseBefore(text, tokens, i, Math.max(0, i - LOOKBACK));
    const last = subjects[subjects.length - 1];
    if (!subject) continue;
    if (subject.start === last?.start) last.said = true;
    else subjects.push(clauseOf(subject, true));
  }
}
