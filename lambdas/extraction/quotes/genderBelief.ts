// What the article has told us about each person's gender so far: titles and
// gendered nouns ("Ms.", "chairwoman", "queen") are certain; pronouns that
// point to the person ("his ministry", "she said") are votes, and the
// majority wins, so one misread pronoun does not flip a person.
import type { Gender } from "../people";

export class GenderBelief {
  private readonly certain = new Map<string, Gender>();
  private readonly votes = new Map<string, { male: number; female: number }>();

  know(name: string, gender: Gender): void {
    if (!this.certain.has(name)) this.certain.set(name, gender);
  }

  vote(name: string, gender: Gender): void {
    const v = this.votes.get(name) ?? { male: 0, female: 0 };
    v[gender]++;
    this.votes.set(name, v);
  }

  of(name: string): Gender | null {
    const known = this.certain.get(name);
    if (known) return known;
    const v = this.votes.get(name);
    if (!v || v.male === v.female) return null;
    return v.male > v.female ? "male" : "female";
  }
}
