// "Brazil's foreign minister concluded a visit to Montevideo … The minister
// heads to Asunción on Friday": a bare role ("the minister", "the premier")
// stands for the latest visitor or person the article gave that role; a name
// told bare right after a role-only visitor to the same host is that visitor.
import { roleSays, type PersonMention } from "../people";
import { lastEndingBy, type VisitMention } from "./frames";
import { normalRole, personVisitor, type Visitor } from "./visitorParser";

/** How far back a bare role looks: an article's worth. */
const LOOKBACK = 100;

/** Whether a visitor (its role, or its name as a role) says `role`: "Brazil's foreign minister" says "minister". */
const says = (v: Visitor, role: string) => (v.kind === "person" ? roleSays(normalRole(v.role ?? ""), role) : normalRole(v.name).includes(role));

/** The mention with its bare-role visitor resolved to the latest earlier visitor or person of that role, or null when none fits. */
export function resolveBack(text: string, m: VisitMention, earlier: VisitMention[], people: PersonMention[]): VisitMention | null {
  const role = m.visitor.name;
  const visit = earlier.slice(-LOOKBACK).filter((o) => o.visitor.start < m.start && !o.visitor.refersBack && says(o.visitor, role)).at(-1);
  const k = lastEndingBy(people, m.start);
  const person = people.slice(Math.max(0, k + 1 - LOOKBACK), k + 1).filter((p) => roleSays(normalRole(p.role ?? ""), role)).at(-1);
  const latest = person && (!visit || person.start > visit.visitor.start) ? personVisitor(text, person) : visit?.visitor;
  return latest ? { ...m, visitor: { ...latest, start: m.visitor.start, end: m.visitor.end } } : null;
}

/** How far back a visitor named later looks for the role that introduced them: a paragraph or two. */
const NAMED_LATER_REACH = 600;

/**
 * "Haiti's trade minister arrived in Santo Domingo … Marie-Claude Jean-Baptiste was received at the National Palace":
 * a name told with no role or country, right after one role-only visitor to the same host, is that visitor.
 */
export function namedLater(m: VisitMention, earlier: VisitMention[]): VisitMention {
  const v = m.visitor;
  if (v.kind !== "person" || v.country || v.role || !m.host) return m;
  // A later trip of the same name ("She will continue on to Kingston") keeps what the first one learnt.
  const same = earlier.slice(-LOOKBACK).find((o) => o.visitor.kind === "person" && o.visitor.name === v.name && o.visitor.country);
  if (same) return { ...m, visitor: { ...v, country: same.visitor.country, role: same.visitor.role } };
  const roles = earlier.slice(-LOOKBACK).filter((o) => o.visitor.kind === "group" && o.visitor.country && o.visitor.count === 1 && o.host === m.host && o.start >= m.start - NAMED_LATER_REACH);
  const names = new Set(roles.map((o) => o.visitor.name));
  if (names.size !== 1) return m;
  const role = roles[0]!.visitor;
  return { ...m, visitor: { ...v, country: role.country, role: role.name } };
}
