// Gender cues: every he/she/him/his/her/himself/herself outside quotations
// (quotes are blanked in the sentence views), with its grammatical role, so
// the speaker resolver can learn each person's gender from the discourse
// itself ("Her four-day visit …", "accompanied him") when the name says nothing.
import type { Gender } from "../people";
import { isCapitalized, type Token } from "../tokens";
import type { SentenceView } from "./types";

/** subject: "she said"; possessive: "his ministry"; object: "met her"; reflexive: "herself". */
export type CueKind = "subject" | "possessive" | "object" | "reflexive";

export interface GenderCue {
  at: number;
  gender: Gender;
  kind: CueKind;
}

/** he/she/his/her/him/himself/herself as a gender and a grammatical role. */
export const GENDERED: Record<string, [Gender, CueKind]> = {
  he: ["male", "subject"],
  she: ["female", "subject"],
  him: ["male", "object"],
  his: ["male", "possessive"],
  her: ["female", "possessive"],
  himself: ["male", "reflexive"],
  herself: ["female", "reflexive"],
};

/** Words after which "her" is an object, not a possessive: "met her on Tuesday", "beside her at the table". */
const AFTER_OBJECT = new Set(["on", "in", "at", "to", "for", "with", "by", "from", "as", "and", "or", "but", "that", "the", "a", "an", "again", "last", "this", "about", "after", "before", "during", "since", "when", "while", "because", "if", "of", "into", "over", "once", "twice", "too", "then", "there", "here", "later", "earlier", "back", "up", "down", "out", "off", "away"]);

function kindOf(tokens: Token[], i: number, kind: CueKind): CueKind {
  if ((tokens[i] as Token).text.toLowerCase() !== "her") return kind;
  const next = tokens[i + 1];
  return !next || next.kind !== "word" || AFTER_OBJECT.has(next.text.toLowerCase()) || /ly$/u.test(next.text) ? "object" : "possessive";
}

export function parseGenderCues(views: SentenceView[]): GenderCue[] {
  const cues: GenderCue[] = [];
  for (const { tokens } of views) addGenderCues(tokens, cues);
  return cues;
}

/** Every gendered pronoun has 2 to 7 letters and starts with h or s: a cheap test before lower-casing every token. */
function mayBeGendered(t: Token): boolean {
  const first = t.text.charCodeAt(0) | 0x20;
  return t.kind === "word" && t.text.length <= 7 && (first === 0x68 || first === 0x73);
}

/** One sentence's cues appended to `cues`. */
export function addGenderCues(tokens: Token[], cues: GenderCue[]): void {
  tokens.forEach((t, i) => {
    const cue = mayBeGendered(t) ? GENDERED[t.text.toLowerCase()] : undefined;
    // "He Lina" is a Chinese name, not a pronoun.
    if (!cue || (/^(He|She)$/u.test(t.text) && isCapitalized(tokens[i + 1]) && tokens[i + 1]?.text !== "I")) return;
    cues.push({ at: t.start, gender: cue[0], kind: kindOf(tokens, i, cue[1]) });
  });
}
