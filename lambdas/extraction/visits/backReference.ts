// "Brazil's foreign minister concluded a visit to Montevideo … The minister
// heads to Asunción on Friday": a bare role ("the minister", "the premier")
// stands for the latest visitor or person the article gave that role.
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
