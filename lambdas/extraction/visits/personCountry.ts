// The country of each person mention, for visitors: the people finder's role
// country, else a country word right before ("Brazil's Foreign Minister X"),
// else the group the person leads ("a Chinese delegation led by X", "… at the
// head of a delegation of 35 Indian executives"), else a
// role in apposition before the name ("The Emirati foreign minister, Sheikh
// X,", "Ghana's Minister for Trade and Industry, Mrs X,"), else what another
// mention of the same person said, earlier ("Quintela" after "Brazil's
// Foreign Minister Marta Quintela") or later ("President X arrived …
// Brazilian President X also …"), else, for a name with no role, a sentence
// about "the Kazakh leader" right before a sentence that opens with the name.
import terms from "../../../data/gazetteer/visit-terms.json";
import titles from "../../../data/gazetteer/titles.json";
import { findCountries } from "../countries";
import type { PersonMention } from "../people";
import { countryOfCity } from "./placeFinder";
import { anyCase, personVisitor } from "./visitorParser";

/** "his counterpart from Uruguay, President X". */
const FROM_COUNTRY = /\bfrom\s+(?:the\s+)?([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,2}),\s*$/u;
/** "The Emirati foreign minister, Sheikh X", "New Zealand's special trade envoy for the Pacific, X": a role in apposition before the name. */
const ROLE_BEFORE = new RegExp(String.raw`([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+)?(?:['’]s)?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${terms.groupHeads.map((h) => anyCase(h).replace(/ /g, "\\s+")).join("|")})(?:\s+(?:for|of|to)\s+(?:the\s+)?[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3})?,\s*$`, "u");
/** "Ghana's Minister for Trade, Agribusiness and Industry, Mrs X": a long portfolio in apposition before the name. */
const PORTFOLIO_BEFORE = /([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+)?['’]s)\s+(?:[\p{Lu}][\p{L}-]*\s+)?(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+[^.;:“”"]{1,70}?,\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/u;
/** "by", then what may stand before the leader's name: "led by the", "headed by its eastern region" (a role the mention holds follows). */
const BY_LEADER = String.raw`,?\s+(?:led|headed)\s+by\s+(?:(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,3})?$`;
/** "a Chinese delegation led by X", "The Beninese team, headed by Colonel X". */
const LED_BY = new RegExp(String.raw`([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+)?(?:['’]s)?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:delegation|mission|team|group)${BY_LEADER}`, "u");
/** "a delegation of the Government of Cuba headed by X", "a delegation from Ho Chi Minh City, led by X": the country or city named after the head. */
const LED_BY_OF = new RegExp(String.raw`\b(?:delegation|mission|team|group)\s+(?:of|from)\s+([^,.;:]{1,80}?)${BY_LEADER}`, "u");
/** "X arrived in Perth at the head of a delegation of 35 Indian executives": the group named after the person. */
const AT_HEAD_OF = /^[^.;:]{0,80}?\bat\s+the\s+head\s+of\s+(?:a|an|the)\s+([^,.;:]{1,80})/u;

/** "The Kazakh leader knows the route well. " right before the name: the sentence before, about a country's leader. */
const LEADER_BEFORE = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)[Tt]he\s+([\p{Lu}][\p{L}-]+)\s+(?:${titles.leaderRoles.join("|")})\b[^.!?]{0,200}[.!?]\s+$`, "u");

export function withCountries(text: string, people: PersonMention[]): PersonMention[] {
  // The group or role around the name is read only for a person whose own mention gives no country.
  const own = people.map((p) => personVisitor(text, p).country ?? ledCountry(text, p) ?? (p.role ? null : leaderBefore(text, p)) ?? null);
  // A person keeps one country through an article: the first one any mention of the name gives.
  const known = new Map<string, string>();
  own.forEach((country, k) => {
    if (country && !known.has(people[k]!.name)) known.set(people[k]!.name, country);
  });
  return people.map((p, k) => {
    const country = own[k] ?? known.get(p.name) ?? null;
    return country === p.country ? p : { ...p, country };
  });
}

/** The country of the group a person leads or of the role in apposition before the name (null: none found; undefined: no group or role). */
function ledCountry(text: string, p: PersonMention): string | null | undefined {
  const led = groupOrRoleBefore(text.slice(Math.max(0, p.start - 120), p.start)) ?? headOfAfter(text, p.end);
  return led ? (findCountries(led)[0]?.iso3 ?? countryOfCity(led)) : undefined;
}

/** The group after "at the head of" in the few words after a name; the window is read only when it holds the phrase. */
function headOfAfter(text: string, end: number): string | undefined {
  const after = text.slice(end, end + 200);
  return after.includes("at the head of") ? AT_HEAD_OF.exec(after)?.[1] : undefined;
}

/** The country of "the Kazakh leader" in the sentence right before one that opens with the name. */
function leaderBefore(text: string, p: PersonMention): string | null {
  const m = LEADER_BEFORE.exec(text.slice(Math.max(0, p.start - 260), p.start));
  return m ? (findCountries(m[1]!)[0]?.iso3 ?? null) : null;
}

/** The group led or the role in apposition right before a name; each regex runs only when a word it needs is there (most names have none). */
function groupOrRoleBefore(before: string): string | undefined {
  const apposition = before.trimEnd().endsWith(",");
  return (
    (before.includes("by") ? (LED_BY.exec(before)?.[1] ?? LED_BY_OF.exec(before)?.[1]) : undefined) ??
    (apposition && before.includes("from") ? FROM_COUNTRY.exec(before)?.[1] : undefined) ??
    (apposition ? ROLE_BEFORE.exec(before)?.[1] : undefined) ??
    (/Minister|Secretary|Commissioner/u.test(before) ? PORTFOLIO_BEFORE.exec(before)?.[1] : undefined)
  );
}
