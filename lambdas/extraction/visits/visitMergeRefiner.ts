// One record per distinct visit: mentions of the same visitor to the same
// country merge when their dates agree (one missing, or one a prefix of the
// other, or two days of one stay). A role-only mention ("India's prime minister") joins the one named
// visitor from the same country to the same host whose role it repeats or whose sentence it shares, and
// a role or group told in another visit's sentence is that visit; groups from one country to
// one host ("Chinese officials", "China's delegation") are one visit; a group
// naming no country ("the delegation") is part of a visit already told to the
// same host; one visitor told by two roles ("German chancellor", "Germany's
// chancellor") is one visit. Counted visits ("three visits") stay apart from single ones.
import type { VisitMention } from "./frames";
import { roleSays } from "../people";
import { normalRole, type Visitor } from "./visitorParser";

export interface DatedMention extends VisitMention {
  host: string;
  date: string | null;
  /** The last day when the text gives a range ("from June 13 to 18"). */
  until: string | null;
  sentenceIndex: number;
}

export interface MergedVisit {
  mentions: DatedMention[];
  /** The visitor to report when the mentions name it by different roles: the most specific one ("Egypt's minister of investment"). */
  visitor?: Visitor;
}

/** Days of one visit: two day dates this close apart are the same stay ("arrived on Wednesday", "received on Thursday"). */
const STAY_DAYS = 10;
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
const compatible = (a: string | null, b: string | null) =>
  !a || !b || a.startsWith(b) || b.startsWith(a) || (a.length === 10 && b.length === 10 && Math.abs(dayNumber(a) - dayNumber(b)) <= STAY_DAYS);
const isNamed = (m: DatedMention) => m.visitor.kind === "person";
const COLLECTIVE = /\b(?:officials|delegations?|missions?|team|diplomats|lawmakers|negotiators|group)$/iu;
function identity(m: DatedMention): string {
  const counted = m.count > 1 ? "counted:" : "";
  if (isNamed(m)) return `${counted}person:${m.visitor.name.toLowerCase()}`;
  // Collective groups of one country are one party; roles ("Russia's defense minister") stay distinct.
  return counted + (COLLECTIVE.test(m.visitor.name) && m.visitor.country ? `group:${m.visitor.country}` : `role:${m.visitor.name.toLowerCase()}`);
}
/**
 * "Turkish minister" → "minister", "India's prime minister" → "prime minister": dropped before lower-casing, while the
 * demonym still has its capital. A capitalised word before "of" is the office itself ("King of Spain").
 */
const ROLE_OWNER = /^.*['’]s\s+|^(?:the\s+)?\p{Lu}\p{L}*\s+(?!of\s)/u;
/** A named visitor's travelling party: "the Ukrainian delegation", "the Turkish team". */
const PARTY = /\b(?:delegation|entourage|team|party)$/iu;
/** A party naming no country ("the delegation") joins a visit told before; an office ("Secretary of Commerce") does not. */
const countryless = (m: DatedMention) => !isNamed(m) && !m.visitor.country && m.count === 1 && (COLLECTIVE.test(m.visitor.name) || PARTY.test(m.visitor.name));

/** A visit being built, with the distinct dates of its mentions (few), so matching stays cheap on long inputs. */
interface Building {
  visit: MergedVisit;
  key: string;
  dates: Set<string | null>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How many earlier visits to one host a group naming no country is checked against. */
const RECENT = 50;

export function mergeVisits(mentions: DatedMention[]): MergedVisit[] {
  const byKey = new Map<string, Building[]>();
  const byHost = new Map<string, Building[]>();
  const all: Building[] = [];
  const fits = (b: Building, date: string | null) => [...b.dates].some((d) => compatible(d, date));
  for (const m of mentions) {
    const key = `${m.host}|${identity(m)}`;
    let found = byKey.get(key)?.find((b) => fits(b, m.date));
    if (!found && countryless(m)) found = byHost.get(m.host)?.slice(-RECENT).find((b) => fits(b, m.date) && b.visit.mentions.every((o) => o.count === 1));
    if (!found) {
      found = { visit: { mentions: [] }, key, dates: new Set() };
      all.push(found);
      push(byKey, key, found);
      push(byHost, m.host, found);
    }
    found.visit.mentions.push(m);
    found.dates.add(m.date);
  }
  // A role-only mention ("India's prime minister") folds into the one named visit whose role it repeats.
  const namedByHost = new Map<string, MergedVisit[]>();
  for (const { visit } of all) if (isNamed(visit.mentions[0]!)) push(namedByHost, visit.mentions[0]!.host, visit);
  // The visits kept apart, in order; the others join one of them.
  const kept: MergedVisit[] = [];
  for (const { visit: v } of all) {
    const first = v.mentions[0]!;
    if (isNamed(first) || first.count > 1) {
      kept.push(v);
      continue;
    }
    const role = first.visitor.name.replace(ROLE_OWNER, "").toLowerCase();
    // "the Turkish delegation" is the party of the one named visitor from Turkey there at the time.
    const party = PARTY.test(first.visitor.name) && !!first.visitor.country;
    const named = (namedByHost.get(first.host) ?? []).slice(0, RECENT).filter((o) => {
      const p = o.mentions[0]!;
      if (party) return p.visitor.country === first.visitor.country && v.mentions.every((m) => o.mentions.some((n) => compatible(n.date, m.date)));
      // A named visitor whose role went unread takes an undated role-only mention of the same status told before it (a headline's "Ghana trade minister").
      const known = p.visitor.role?.toLowerCase();
      if (!known) return p.visitor.country === first.visitor.country && v.mentions.every((m) => m.date === null && m.status === p.status && m.sentenceIndex < p.sentenceIndex);
      if ((p.visitor.country ?? first.visitor.country) !== first.visitor.country) return false;
      // "X touched down in Nairobi, the first Ethiopian cabinet minister to visit since 2019": a role told in the named visit's sentence is that visit.
      // A role repeated at another time ("Brazil's president is expected in Buenos Aires in July") is another visit.
      return (known.endsWith(role) && v.mentions.every((m) => o.mentions.some((n) => compatible(n.date, m.date)))) || sameSentence(o, v);
    });
    // "the largest Kazakh delegation to Azerbaijan since independence": a role or group told in the sentence of an
    // earlier visit from the same country to the same host characterises that visit.
    const told = named.length === 0 ? kept.find((o) => o !== v && sameSentence(o, v) && o.mentions[0]!.visitor.country === first.visitor.country) : undefined;
    if (told) {
      told.mentions.push(...v.mentions);
      continue;
    }
    if (named.length !== 1) {
      kept.push(v);
      continue;
    }
    named[0]!.mentions.push(...v.mentions);
  }
  return mergeRoles(kept);
}

/** A role's words without its owner, as roles are compared ("premier" is "prime minister"). */
const roleWords = (name: string) => normalRole(name.replace(ROLE_OWNER, "")).trim().split(" ");
const isRole = (v: MergedVisit) => !isNamed(v.mentions[0]!) && v.mentions[0]!.count === 1 && !!v.mentions[0]!.visitor.country && !COLLECTIVE.test(v.mentions[0]!.visitor.name);

/**
 * "German chancellor visits Warsaw" (a headline) and "Germany's chancellor flew to Warsaw on Tuesday", "the Australian
 * minister" and "Australia's trade minister": one visitor told by two roles of one country, one role's words all in
 * the other's, to one host at compatible dates, is one visit under the more specific role, when no other visit fits.
 */
function mergeRoles(visits: MergedVisit[]): MergedVisit[] {
  const out: MergedVisit[] = [];
  for (const v of visits) {
    const fitting = isRole(v) ? out.filter((o) => o !== v && isRole(o) && fitsRole(o, v)) : [];
    if (fitting.length !== 1) {
      out.push(v);
      continue;
    }
    const o = fitting[0]!;
    const [a, b] = [roleWords((o.visitor ?? o.mentions[0]!.visitor).name), roleWords(v.mentions[0]!.visitor.name)];
    // The more specific role; of two as specific, the dated telling's (a headline's is undated).
    const later = b.length > a.length || (b.length === a.length && o.mentions.every((x) => !x.date) && v.mentions.some((x) => x.date));
    o.visitor = later ? v.mentions[0]!.visitor : (o.visitor ?? o.mentions[0]!.visitor);
    o.mentions.push(...v.mentions);
  }
  return out;
}

function fitsRole(o: MergedVisit, v: MergedVisit): boolean {
  const [p, m] = [o.mentions[0]!, v.mentions[0]!];
  if (p.host !== m.host || p.visitor.country !== m.visitor.country) return false;
  // "The King and the Queen of Spain visited": visitors joined in one frame are two.
  if (o.mentions.some((x) => v.mentions.some((y) => x.frame.start === y.frame.start && x.visitor.start !== y.visitor.start))) return false;
  if (!v.mentions.every((x) => o.mentions.some((y) => compatible(x.date, y.date)))) return false;
  const [a, b] = [roleWords((o.visitor ?? p.visitor).name), roleWords(m.visitor.name)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "Ethiopia's leader" (a headline) is the country's president or prime minister told in the body.
  if (short.join(" ") === "leader") return roleSays(long.join(" "), "leader");
  return short.every((w) => long.includes(w));
}

/**
 * Two visits to one host, told in one sentence with compatible dates, by different phrases of different frames
 * ("Russia's foreign and defense ministers" is two visitors; so are "X accompanied Norway's fisheries minister to").
 */
const sameSentence = (o: MergedVisit, v: MergedVisit) =>
  o.mentions[0]!.host === v.mentions[0]!.host &&
  v.mentions.every((m) => o.mentions.some((n) => n.sentenceIndex === m.sentenceIndex && n.visitor.start !== m.visitor.start && n.frame.start !== m.frame.start && compatible(n.date, m.date)));
