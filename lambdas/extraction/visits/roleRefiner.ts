// "Russian President Vladimir Putin … The Russian leader will travel to
// Beijing": a visitor written as one person's role is the person the article
// named earlier with a fitting role and the same country. A role that fits
// no one, or a group ("Chinese officials"), stays as written.
import { findCountries } from "../countries";
import { roleSays, type PersonMention } from "../people";
import { lastEndingBy } from "../textOrder";
import type { VisitMention } from "./frames";
import { personVisitor } from "./visitorParser";

/** People looked back over: an article's worth, bounded for 1 MB inputs. */
const LOOKBACK = 100;
/** Role words after the country: "leader", "defense minister"; at most three, singular. */
const ROLE = /^(?:['’]s\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]*[^s\s])$/u;

/** The mention with its role visitor resolved to the person it stands for, or unchanged. */
export function resolveRole(text: string, m: VisitMention, people: PersonMention[]): VisitMention {
  const v = m.visitor;
  if (v.kind !== "group" || !v.country || v.count !== 1) return m;
  const country = findCountries(v.name)[0];
  const role = country && country.start === 0 ? ROLE.exec(v.name.slice(country.end).trimStart())?.[1] : undefined;
  if (!role) return m;
  const k = lastEndingBy(people, v.start) + 1;
  const person = people.slice(Math.max(0, k - LOOKBACK), k).reverse().find((p) => p.country === v.country && roleSays(p.role, role));
  return person ? { ...m, visitor: { ...personVisitor(text, person), country: v.country, start: v.start, end: v.end } } : m;
}
