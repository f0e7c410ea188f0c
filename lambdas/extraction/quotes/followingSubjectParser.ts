// A quotation that stands alone as a sentence, with no clause of its own and
// no speaker before it in the paragraph, speaks for the next sentence's
// subject when that subject is a person who reports right away: “The old
// fields are tired.” Mbemba told a conference that … The nearest explicit
// attribution in the paragraph beats the previous paragraph's speaker.
import type { PersonMention } from "../people";
import type { Token } from "../tokens";
import { verbAt } from "./lexicon";
import { isStandalone, namesPerson } from "./precedingSubjectParser";
import type { Attribution, SentenceView } from "./types";

/** Adverbs that may stand between a subject and its verb: "Mbemba later told". */
const between = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && (/ly$/u.test(t.text) || ["also", "later", "then", "again"].includes(t.text));

export function followingSubject(view: SentenceView, next: SentenceView, people: PersonMention[]): Attribution | null {
  if (!isStandalone(view) || next.slots.length > 0) return null;
  const { subject } = next;
  if (!subject) return null;
  const someone = subject.kind === "pronoun" ? /^(he|she)$/iu.test(subject.text) : subject.kind === "name" && namesPerson(people, subject);
  if (!someone) return null;
  let k = next.tokens.findIndex((t) => t.start >= subject.end);
  if (k < 0) return null;
  if (between(next.tokens[k])) k++;
  const verb = verbAt(next.tokens, k) ? next.tokens[k] : undefined;
  return verb ? { speaker: subject, source: "following", verbAt: verb.start } : null;
}
