// "Indonesian Trade Minister A hosted his Australian counterpart, B" pairs A
// with B; a later "A's counterpart visited Surabaya" or "his counterpart flew
// to …" is then B's visit. A counterpart nobody was paired with stays a role
// when it names a country ("his Chilean counterpart"), else it is no visitor.
import type { PersonMention } from "../people";
import { lastEndingBy } from "../textOrder";
import type { VisitMention } from "./frames";
import { personVisitor, type Visitor } from "./visitorParser";

/** People looked back over for an owner: an article's worth, bounded for 1 MB inputs. */
const LOOKBACK = 100;

/** The person paired with each person named with a counterpart (both ways). */
export function counterpartPairs(text: string, people: PersonMention[]): Map<string, PersonMention> {
  const pairs = new Map<string, PersonMention>();
  people.forEach((b, k) => {
    if (!/\bcounterpart\b/iu.test(b.role ?? "") || b.resolved) return;
    const owner = /([\p{Lu}][\p{L}'’-]*)['’]s\b/u.exec(b.role!)?.[1];
    // "X's counterpart, B" names the owner; "his counterpart, B" means the person named last before B.
    const earlier = people.slice(Math.max(0, k - LOOKBACK), k).reverse();
    const a = owner
      ? earlier.find((p) => p.surface.split(/\s+/u).includes(owner))
      : earlier.find((p) => p.name !== b.name && b.start - p.end < 200 && !/[.!?]\s/u.test(text.slice(p.end, b.start)));
    if (!a) return;
    pairs.set(a.name, b);
    pairs.set(b.name, a);
  });
  return pairs;
}

/** The counterpart visitor of a mention resolved to a name; the mention unchanged when not a counterpart; null when it cannot be. */
export function resolveCounterpart(text: string, m: VisitMention, people: PersonMention[], pairs: Map<string, PersonMention>): VisitMention | null {
  const phrase = /^(?:(his|her|their)|([\p{Lu}][\p{L}'’-]*)['’]s)\s+(?:[\p{Lu}][\p{L}-]*\s+)?counterparts?$/u.exec(m.visitor.name);
  if (m.visitor.kind !== "group" || !phrase) return m;
  const k = lastEndingBy(people, m.visitor.start) + 1;
  const before = people.slice(Math.max(0, k - LOOKBACK), k);
  const owner = phrase[2] ? before.reverse().find((p) => p.surface.split(/\s+/u).includes(phrase[2]!)) : before.at(-1);
  const partner = owner ? pairs.get(owner.name) : undefined;
  if (partner) {
    const visitor: Visitor = { ...personVisitor(text, partner), start: m.visitor.start, end: m.visitor.end };
    return { ...m, visitor };
  }
  return m.visitor.country ? m : null;
}
