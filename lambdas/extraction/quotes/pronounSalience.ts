// Which person a he/she/his/her/him points to, by salience in the discourse.
// Never a non-person, a plural ("Analysts") or someone of the other known
// gender; an object ("met her") never its own sentence's subject. In order:
// a possessive or reflexive takes the subject before it in its sentence
// ("Lee greeted his guest"); an object takes the owner of its sentence's
// subject ("Lee's tour took him"); in the pronoun's paragraph, the speaker of this
// or the previous sentence when known to match ("… said Park. She added"),
// else the one person there (bar the pronoun's own sentence, which it talks
// about) whose known gender matches, else that speaker, else the topic: the
// latest main-clause subject ("Kang, for his part, was careful. He …", past
// "which Santoso had repeated"), else the nearest subject, else anyone there;
// further back, the nearest subject, else anyone.
import type { Gender } from "../people";
import type { CueKind } from "./genderCueParser";
import type { Entity } from "./types";

export interface Position {
  paragraph: number;
  sentence: number;
}

/** `nearest`: the entities before the pronoun, nearest first. */
export function antecedent(nearest: Entity[], here: Position, kind: CueKind, gender: Gender, genderOf: (e: Entity) => Gender | null): Entity | undefined {
  // "Ahn accompanied her": whoever is the subject here, under any mention of the name.
  const own = new Set(kind === "object" ? nearest.filter((e) => e.subject && !e.possessor && e.sentence === here.sentence).map((e) => e.name) : []);
  const candidates = nearest.filter((e) => e.type === "person" && !e.plural && (genderOf(e) ?? gender) === gender && !own.has(e.name));
  // "Vega's tour, which opened with talks with Holm, took him": the subject's owner, not someone named on the way.
  const owner = kind === "object" ? candidates.find((e) => e.possessor && e.sentence === here.sentence) : undefined;
  if (owner) return owner;
  if (kind === "possessive" || kind === "reflexive") {
    const subject = candidates.find((e) => e.subject && e.sentence === here.sentence);
    if (subject) return subject;
  }
  const paragraph = candidates.filter((e) => e.paragraph === here.paragraph);
  const known = (e: Entity): boolean => genderOf(e) === gender;
  const speaker = paragraph.find((e) => e.said && e.sentence >= here.sentence - 1);
  if (speaker && known(speaker)) return speaker;
  const matching = paragraph.filter((e) => known(e) && (kind !== "subject" || e.sentence < here.sentence));
  if (matching.length > 0 && matching.every((e) => e.name === (matching[0] as Entity).name)) return matching[0];
  return (
    speaker ??
    paragraph.find((e) => e.main) ??
    paragraph.find((e) => e.subject) ??
    paragraph[0] ??
    candidates.find((e) => e.subject) ??
    candidates[0]
  );
}
