// Reporting clauses anywhere in the article ("The statement said …", "Smith
// told reporters …"), quotes or not, and each sentence's own subject when it
// names a speaker-like party ("The Chinese embassy did not respond."): the
// antecedents that a later "it added" or "he said" points back to.
import { sentenceSubject } from "./attributionParser";
import { verbAt } from "./lexicon";
import { nounPhraseBefore } from "./nounPhrase";
import type { SentenceView, SpeakerMention } from "./types";

const LOOKBACK = 60;

export function parseReportingClauses(text: string, views: SentenceView[]): SpeakerMention[] {
  const subjects: SpeakerMention[] = [];
  for (const { tokens } of views) {
    const own = sentenceSubject(text, tokens);
    if (own && own.kind !== "pronoun") subjects.push(own);
    for (let i = 0; i < tokens.length; i++) {
      if (!verbAt(tokens, i)) continue;
      const subject = nounPhraseBefore(text, tokens, i, Math.max(0, i - LOOKBACK));
      if (subject && subject.start !== subjects[subjects.length - 1]?.start) subjects.push(subject);
    }
  }
  return subjects;
}
