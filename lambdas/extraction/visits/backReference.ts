// "Brazil's foreign minister concluded a visit to Montevideo … The minister
// heads to Asunción on Friday": a bare role ("the minister", "the premier")
// stands for the latest visitor or person the article gave that role; a name
// told bare right after a role-only visitor to the same host is that visitor;
// a lead's role-only visitor is the person who opens a sentence soon after.
import type { Sentence } from "../context";
import { roleSays, type PersonMention } from "../people";
import { countUpTo, lastEndingBy } from "../textOrder";
import type { VisitMention } from "./frames";
import { normalRole, personVisitor, type Visitor } from "./visitorParser";

/** How far back a bare role looks: an article's worth. */
const LOOKBACK = 100;

/** A role-only visitor a name or pronoun may stand for: a single office ("Spain's foreign minister"), not a group. */
const SINGLE_ROLE = /\b(?:minister|president|premier|chancellor|secretary|envoy|leader|commissioner|governor|mayor|representative|king|queen|prince|princess|emir|sultan)$/iu;
/** "External Affairs Minister", "Secretary of Commerce": a capitalised title with its portfolio (not a rank: "The Prime Minister"), one office of the story's government. */
const FORMAL_TITLE = /^(?:(?!(?:Prime|Deputy|Vice|Senior|Chief|Cabinet|Honourable|Honorable|First|Junior|State)\s)\p{Lu}\p{Ll}+\s+){1,3}(?:Minister|Secretary|Representative|Commissioner)$|^(?:Minister|Secretary|Representative|Commissioner)\s+(?:of|for)\s/u;
/** "he"/"she" (frames' pronounOwner) stand for a person of that gender, or one office-holder. */
const GENDER_OF = new Map<string, string>([["he", "male"], ["she", "female"]]);

/** "The minister" is no prime minister: news calls a head of government "the prime minister" or "the premier". */
const notPrime = (written: string, role: string) => role !== "minister" || /(?<!prime )minister/u.test(written);

/** Whether a visitor (its role, or its name as a role) says `role`: "Brazil's foreign minister" says "minister". */
function says(v: Visitor, role: string): boolean {
  if (GENDER_OF.has(role)) return v.kind === "person" || SINGLE_ROLE.test(v.name);
  const written = normalRole(v.kind === "person" ? (v.role ?? "") : v.name);
  return (v.kind === "person" ? roleSays(written, role) : written.includes(role)) && notPrime(written, role);
}
function personSays(p: PersonMention, role: string): boolean {
  if (GENDER_OF.has(role)) return p.gender === null || p.gender === GENDER_OF.get(role);
  const written = normalRole(p.role ?? "");
  return roleSays(written, role) && notPrime(written, role);
}

/**
 * The mention with its bare-role or pronoun visitor resolved to the latest earlier visitor or person that fits, or null
 * when none fits. A pronoun's person is the first one named in a sentence, its likely subject ("Chowdhury … co-chaired
 * the commission with minister Raghunathan. He will travel to Kolkata" is Chowdhury).
 */
export function resolveBack(text: string, m: VisitMention, earlier: VisitMention[], people: PersonMention[], sentences: Sentence[]): VisitMention | null {
  const role = m.visitor.name;
  // A country the frame gave ("will lead a delegation of Nigerian manufacturers") rules out anyone of another.
  const ofCountry = (country: string | null) => !m.visitor.country || !country || country === m.visitor.country;
  const visit = earlier.slice(-LOOKBACK).findLast((o) => o.visitor.start < m.start && !o.visitor.refersBack && says(o.visitor, role) && ofCountry(o.visitor.country));
  const k = lastEndingBy(people, m.visitor.start);
  // The person before p lies in an earlier sentence.
  const firstInSentence = (p: PersonMention, i: number) => !people[i - 1] || people[i - 1]!.start < sentenceStartOf(sentences, p.start);
  const from = Math.max(0, k + 1 - LOOKBACK);
  const person = people.slice(from, k + 1).findLast((p, i) => personSays(p, role) && ofCountry(p.country) && (!GENDER_OF.has(role) || firstInSentence(p, from + i)));
  const latest = person && (!visit || person.start > visit.visitor.start) ? personVisitor(text, person) : visit?.visitor;
  // A country the frame gave ("he accompanied Norway's fisheries minister") stands when the one referred to has none.
  if (latest) return { ...m, visitor: { ...latest, country: latest.country ?? m.visitor.country, start: m.visitor.start, end: m.visitor.end } };
  // No one told before, but the frame gave a country ("The Cabinet Secretary will lead a Kenyan trade mission to …"), or
  // the title is a formal one that names its office ("The Secretary of Commerce will lead …"): the title as written,
  // its country, when the frame gave none, left to the article's context (visitorCountryRefiner).
  const title = m.visitor.role ?? role;
  return (m.visitor.country || FORMAL_TITLE.test(title)) && !GENDER_OF.has(role) ? { ...m, visitor: { ...m.visitor, name: title, role: null, refersBack: false } } : null;
}

/** Where the sentence holding `at` starts. */
const sentenceStartOf = (sentences: Sentence[], at: number) => sentences[countUpTo(sentences, at, (s) => s.start) - 1]?.start ?? 0;

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

/** How far after a lead's role-only visitor the person it names may open a sentence. */
const NAMED_AFTER_REACH = 400;
/** The person hosts rather than visits: "X received him at the airport". */
const HOSTS = /^[^.;]{0,80}?\b(?:received|welcomed|hosted|greeted|met\s+(?:him|her|them))\b/u;

/**
 * "Rabat (AFP) - Spain's foreign minister held talks in Rabat on Monday … / Elena Sotomayor, on her second visit to
 * Morocco since taking office, met …": news names a lead's role-only visitor as the first person after it, opening a
 * sentence. That person, of no other country or office, is the visitor, and the person's other visits that named no
 * country are of the role's country.
 */
export function namedAfter(text: string, mentions: VisitMention[], people: PersonMention[], sentences: Sentence[]): VisitMention[] {
  const paragraphAt = new Map(sentences.map((s) => [s.start, s.paragraph]));
  const paragraphOf = (at: number) => paragraphAt.get(sentenceStartOf(sentences, at)) ?? -1;
  const named = new Map<string, Visitor>();
  const out = mentions.map((m) => {
    const v = m.visitor;
    if (v.kind !== "group" || !v.country || v.count !== 1 || v.refersBack || !SINGLE_ROLE.test(v.name)) return m;
    const p = people.find((q) => q.start >= v.end);
    if (!p || p.start > v.end + NAMED_AFTER_REACH || !paragraphAt.has(p.start) || !p.name.includes(" ") || p.resolved) return m;
    // In the visitor's paragraph or the next one.
    if (paragraphAt.get(p.start)! > paragraphOf(v.start) + 1) return m;
    if ((p.country && p.country !== v.country) || (p.role && !roleSays(normalRole(p.role), normalRole(v.name).split(" ").at(-1)!))) return m;
    if (HOSTS.test(text.slice(p.end, p.end + 100))) return m;
    const person: Visitor = { ...personVisitor(text, p), country: v.country, role: p.role ?? v.name };
    named.set(p.name, person);
    return { ...m, visitor: { ...person, start: v.start, end: v.end } };
  });
  if (named.size === 0) return out;
  return out.map((m) => {
    const known = m.visitor.kind === "person" && !m.visitor.country ? named.get(m.visitor.name) : undefined;
    return known ? { ...m, visitor: { ...m.visitor, country: known.country, role: m.visitor.role ?? known.role } } : m;
  });
}
