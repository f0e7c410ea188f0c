// Who visits: a named person (from the people finder, with the full name and
// the role's country), or a group or role as written ("Chinese officials",
// "India's prime minister", "a South Korean trade mission"), found right before
// a visit verb or right after "by". "X's foreign and defense ministers" is two
// visitors.
import terms from "../../../data/gazetteer/visit-terms.json";
import type { Span } from "../context";
import { findCountries } from "../countries";
import type { PersonMention } from "../people";

export interface Visitor extends Span {
  name: string;
  role: string | null;
  country: string | null;
  /** A named person, or a group or role as written. */
  kind: "person" | "group";
}

const HEADS = [...terms.groupHeads].sort((a, b) => b.length - a.length).map((h) => h.replace(/ /g, "\\s+")).join("|");
/** A group or role phrase ending at the end of the string: "(the) Chinese officials", "Russia's foreign minister". */
const GROUP_BEFORE = new RegExp(String.raw`(?:\b(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,2}(?:${HEADS})$`, "u");
const GROUP_AFTER = new RegExp(String.raw`^(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,2}?(?:${HEADS})\b`, "u");
/** "Russia's foreign and defense ministers" → two roles. */
const PAIRED_ROLES = /^(?:the\s+)?([\p{Lu}][\p{L}.'’ -]*?['’]s)\s+([\p{Ll}]+)\s+and\s+([\p{Ll}]+)\s+(ministers|secretaries|chiefs)\b/u;
/** Between the visitor and the verb: auxiliaries, adverbs and an appositive (", China's top negotiator,"). */
const BRIDGE = /^(?:\s*,[^,.;]{1,80},)?(?:\s*,?\s+who)?(?:\s+(?:has|have|had|was|were|is|are|will|also|then|later|first|recently|finally|reportedly|expected|scheduled|due|set|plans|planned|planning|likely|to|be|been|already|just|now|last|this|week|on|\p{Ll}+ly))*\s*$/u;

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function countryIn(phrase: string): string | null {
  return findCountries(phrase)[0]?.iso3 ?? null;
}

/** The visitor of a person mention: full name, role, country (else a country word right before: "India's Modi"). */
export function personVisitor(text: string, p: PersonMention): Visitor {
  const before = text.slice(Math.max(0, p.start - 20), p.start);
  const owner = /([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?)(?:['’]s)?\s+$/u.exec(before)?.[1];
  // "India's Modi", "U.S. envoy X" — but not the last word of the previous sentence ("… in Japan. Prime Minister X").
  const sentenceEnd = owner !== undefined && /[^.]\.$/u.test(owner) && !/\..*\./u.test(owner);
  const country = p.country ?? (owner && !sentenceEnd ? countryIn(owner) : null);
  return { start: p.start, end: p.end, name: p.name, role: p.role, country, kind: "person" };
}

/** The visitor whose phrase ends just before `at`, within the clause starting at `floor`. */
export function visitorBefore(text: string, at: number, floor: number, people: PersonMention[]): Visitor | null {
  const person = people.filter((p) => p.end <= at && p.start >= floor && BRIDGE.test(text.slice(p.end, at))).at(-1);
  const stretch = text.slice(Math.max(floor, at - 160), at); // bounded: sentences may be huge
  const base = at - stretch.length;
  const bridge = /(?:\s+(?:has|have|had|was|were|is|are|will|also|then|later|recently|reportedly|already|expected|scheduled|due|set|likely|to|be))*\s*$/u.exec(stretch)!;
  const head = stretch.slice(0, stretch.length - bridge[0].length);
  const group = GROUP_BEFORE.exec(head);
  if (group && (!person || base + group.index > person.end)) {
    const start = base + group.index;
    const phrase = oneLine(group[0]).replace(/^(?:the|a|an)\s+/iu, "");
    // A group or role says whose it is ("Chinese officials"); "the king" alone names no one.
    const country = countryIn(phrase);
    if (country) return { start, end: start + group[0].length, name: phrase, role: null, country, kind: "group" };
  }
  return person ? personVisitor(text, person) : null;
}

/** The visitor(s) written right after `at` ("by U.S. Commerce Secretary Malcolm Baldrige", "by Russia's foreign and defense ministers"). */
export function visitorsAfter(text: string, at: number, people: PersonMention[]): Visitor[] {
  const lead = /^\s*(?:(?:the|a|an)\s+)?/u.exec(text.slice(at, at + 10))![0].length;
  const rest = text.slice(at, at + 160);
  const person = people.find((p) => p.start >= at && p.start <= at + lead + 1);
  if (person) return [personVisitor(text, person)];
  const paired = PAIRED_ROLES.exec(rest.slice(lead));
  if (paired) {
    const owner = oneLine(paired[1]!);
    const country = countryIn(owner);
    const start = at + lead, end = start + paired[0].length;
    const singular = paired[4] === "ministers" ? "minister" : paired[4] === "chiefs" ? "chief" : "secretary";
    return [paired[2]!, paired[3]!].map((kind) => ({ start, end, name: `${owner} ${kind} ${singular}`, role: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${singular[0]!.toUpperCase()}${singular.slice(1)}`, country, kind: "group" as const }));
  }
  const group = GROUP_AFTER.exec(rest);
  if (!group) return [];
  const phrase = oneLine(group[0]).replace(/^(?:the|a|an)\s+/iu, "");
  if (!countryIn(phrase)) return [];
  return [{ start: at, end: at + group[0].length, name: phrase, role: null, country: countryIn(phrase), kind: "group" }];
}
