// Who visits: a named person (from the people finder, with the full name and
// the role's country), or a group or role as written ("Chinese officials",
// "India's prime minister", "a group of British lamb producers", "18
// delegations from Indonesian provinces"), found right before a visit verb or
// right after "by". "X's foreign and defense ministers" is two visitors. A
// group names its country, or is a collective that travels as one party ("the
// delegation"), or is someone's counterpart (resolved by counterpartRefiner).
import terms from "../../../data/gazetteer/visit-terms.json";
import type { Span } from "../context";
import { findCountries } from "../countries";
import type { PersonMention } from "../people";
import { oneLine } from "../tokens";
import { countryOfCity } from "./placeFinder";
import { regionOfVisitor } from "./regions";

export interface Visitor extends Span {
  name: string;
  role: string | null;
  country: string | null;
  /** A named person, or a group or role as written. */
  kind: "person" | "group";
  /** How many visits the phrase counts ("18 delegations"); 1 when it counts none. */
  count: number;
  /** A bare role ("the minister") that stands for a visitor told earlier: backReference resolves it. */
  refersBack?: boolean;
}

/** Either case for each word's first letter of a head: "the U.S. Agriculture Secretary", "Nigeria's Vice-President". */
export const anyCase = (head: string) => head.replace(/(^|[ -])(\p{L})/gu, (_m, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c.toLowerCase()}]`);
const HEADS = [...terms.groupHeads].sort((a, b) => b.length - a.length).map((h) => anyCase(h).replace(/ /g, "\\s+")).join("|");
const NUM = String.raw`\d{1,4}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty`;
/** "(a) group of (some 40)", "(a) team of": a collective before the members it names. */
const COLLECTIVE_OF = String.raw`(?:(?:group|team|party|contingent|delegation|mission)\s+of\s+(?:(?:more\s+than|about|some|nearly|around|over)\s+)?(?:(?:${NUM})\s+)?)`;
/** Lower-case modifiers ("lamb", "steel", "business"), never function words ("and a group of …"). */
const LOWER = String.raw`(?:(?!(?:and|or|but|a|an|the|of|in|on|at|to|for|by|with|from|while|as|then|when|after|before|said|says|that|who)\s)[\p{Ll}\d-]*[\p{Ll}][\p{Ll}\d-]*\s+)`;
/** "economy, trade and ": a list of portfolios before the last one and the head ("Japan's economy, trade and industry minister"). */
const PORTFOLIOS = String.raw`(?:(?<=['’]s\s+)[\p{Ll}-]+(?:,\s+[\p{Ll}-]+)*,?\s+and\s+)?`;
/** "textile and food ", "oil and gas ": two modifiers joined by "and" before the last ones. */
const PAIRED_LOWER = String.raw`(?:${LOWER}(?:and|&)\s+)?`;
/** Capitalised words, then lower-case modifiers ("60-member", "business"): "Chile's then trade minister" keeps its "then" after the owner. */
const MODIFIERS = String.raw`(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:(?<=['’]s\s+)then\s+)?${PORTFOLIOS}${PAIRED_LOWER}${LOWER}{0,2}`;
/** "from Indonesian provinces", "from the Gulf states", "from India's commerce ministry", "from the Dominican Association of Free Zones" after a head. */
const FROM = String.raw`(?:\s+from\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s*){1,3}(?:(?:of|for|and)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s*){1,3}){0,2}(?:[\p{Ll}]+(?:\s+[\p{Ll}]+)?)?)?`;
// The heads stand in lookaheads below: V8 then compiles their alternation apart from the optional words before them,
// which cuts the first use of each regex (a Lambda cold start) from ~70 ms to a few ms and matches the same text.
/** A word of a title's portfolio: capitalised, or lower case but no function word or past verb ("minister of state for foreign affairs"). */
const TITLE_WORD = String.raw`(?:[\p{Lu}][\p{L}.'’-]*|(?!(?:in|on|at|to|from|with|by|was|is|were|are|will|would|has|had|have|and|or|the|a|an|who|which|that|said|says|also|last|this|next)\b|[\p{Ll}]+ed\b)[\p{Ll}][\p{L}'’-]*)`;
/** "Minister of Industry, Trade and Investment", "Minister for Trade" (not "… for the annual retreat"), "Minister of Foreign Affairs of Ukraine": a formal title's portfolio and country. */
const OF_TITLE = String.raw`(?:\s+(?:of\s+(?:the\s+)?|for\s+)${TITLE_WORD}(?:(?:,\s*|\s+and\s+|\s+)${TITLE_WORD}){0,5}){0,2}`;
/** A head, then "from …" or a formal title's "of …", up to the end of the string. */
const HEAD_TO_END = String.raw`(?=(?:${HEADS})(?:${FROM}|${OF_TITLE})$)`;
/** After "a group of", any plural noun heads the members: "a group of soybean crushers". */
const PLURAL_TO_END = String.raw`(?=[\p{Ll}-]{3,}s\b${FROM}$)`;
/**
 * A group or role phrase ending at the end of the string: "(the) Chinese officials", "Russia's foreign minister".
 * Only where it starts matters (it runs to the end), so it is written with the heads once.
 */
const GROUP_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:(?:the|a|an|[Tt]he|An?)\s+)?(?:(?:${NUM})\s+)?${MODIFIERS}(?:${COLLECTIVE_OF}${MODIFIERS}${PLURAL_TO_END}|(?:${COLLECTIVE_OF}${MODIFIERS})?${HEAD_TO_END})[^]*$`, "u");
/** The head as the first one that ends a word (the lookahead), then the same text again (\1): what `(?:${HEADS})\b` matches last in a regex. */
const GROUP_AFTER = new RegExp(String.raw`^(?:(?:the|a|an)\s+)?(?:(?:${NUM})\s+)?(?:${MODIFIERS}${COLLECTIVE_OF})?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:[\p{Ll}\d-]+\s+){0,2}?(?=(${HEADS})\b)\1${OF_TITLE}`, "u");
/** The last ASCII letters of each head ("minister" of "prime minister", "president" of "vice-president"), either case of the first. */
const HEAD_ENDS = new Set(terms.groupHeads.flatMap((h) => {
  const end = /[A-Za-z]*$/u.exec(h)![0];
  return [end.charAt(0).toLowerCase() + end.slice(1), end.charAt(0).toUpperCase() + end.slice(1)];
}));
/**
 * Whether GROUP_BEFORE can match, cheaply: "from …" ends it, or its head ends the string, so the string's last ASCII
 * letters (a whole word: the head is not part of a longer word) are a head's, or a plural after "… of".
 * A non-ASCII letter before them leaves it open.
 */
function mayEndInGroup(s: string): boolean {
  if (s.includes("from") || s.includes(" of ") || s.includes(" for ")) return true;
  let k = s.length;
  while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
  if (k > 0 && s.charCodeAt(k - 1) > 127) return true;
  const end = s.slice(k);
  return HEAD_ENDS.has(end) || (end.endsWith("s") && s.includes("of"));
}
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Sports teams, tourists, students: groups whose trips are not visits. */
const NOT_VISITOR = new RegExp(String.raw`\b(?:${terms.notVisitors.join("|")})\b`, "iu");
const COLLECTIVE = new RegExp(String.raw`\b(?:${terms.collectiveHeads.join("|")})\b`, "iu");
const COUNTED = new RegExp(String.raw`^(?:${NUM})\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:${terms.countedHeads.join("|")})\b`, "u");
/** "his counterpart", "Hartley's Chilean counterpart": a role that counterpartRefiner turns into a name. */
const COUNTERPART = /(?:^|\s)(?:his|her|their|[\p{Lu}][\p{L}'’-]*['’]s)\s+(?:[\p{Lu}][\p{L}-]*\s+)?counterparts?$/u;
/** "the leaders of China and Russia", "the foreign ministers of Chile and Peru": plural heads of two named countries. */
const OF_TWO_COUNTRIES = /^((?:[\p{Ll}-]+\s+)?(?:leaders|presidents|ministers|premiers|heads\s+of\s+state))\s+of\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?)\s+and\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?)\b/u;
/** "Russia's foreign and defense ministers" → two roles. */
const PAIRED_ROLES = /^(?:the\s+)?([\p{Lu}][\p{L}.'’ -]*?['’]s)\s+([\p{Ll}]+)\s+and\s+([\p{Ll}]+)\s+(ministers|secretaries|chiefs)\b/u;
/** Between the visitor and the verb: the visitor's plane or motorcade, an appositive (", China's top negotiator,"), "who", auxiliaries, adverbs, a closing comma. */
const BRIDGE = /^(?:['’]s\s+(?:(?:official|presidential|private|armou?red)\s+)?(?:plane|jet|aircraft|motorcade|train|convoy|entourage|delegation))?(?:\s*,[^.;]{1,160},)?(?:\s*,?\s+who)?(?:\s*,(?=\s))?(?:\s+(?:has|have|had|was|were|is|are|will|would|also|then|later|first|recently|finally|reportedly|expected|scheduled|due|set|plans|planned|planning|likely|to|be|been|already|just|now|last|this|week|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|himself|herself|themselves|\p{Ll}+ly))*\s*$/u;
const FROM_COUNTRY = /^\s+from\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}/u;
/** ", led by", " in March, headed by", " Association of Nigeria (MAN), led by its President, Mr ": what stands between a group and its named leader. */
const LED_BY = /^(?:\s+(?:in|on|last|this)\s+[\p{L}\d]+|(?:\s+(?:[\p{Lu}][\p{L}'’-]*|of|for|and|the)){1,8}(?:\s+\([\p{Lu}]{2,8}\))?)?,?\s+(?:led|headed)\s+by\s+(?:(?:its|their|the)\s+[^,.;]{1,40},\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u;
/** "A delegation of 150 Turkish businesspeople, organised by the Foreign Economic Relations Board (DEİK), visited": who arranged the trip, not who went. */
const ORGANISED_BY = /,?\s+(?:organi[sz]ed|sponsored|arranged|invited|backed)\s+by\s+[^,.;:]{1,100}$/u;
const LED_BY_REACH = 100;
/** "led by a vice premier": a role, in lower case, leading a group. */
const LED_BY_ROLE = /\s+(?:led|headed)\s+by\s+(?:a|an|the|its)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u;
/** "led by X", "led by X of the Chamber of Industries of Uruguay": a name, perhaps with the body it belongs to. */
const LED_BY_NAME = /,?\s+(?:led|headed)\s+by\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}(?:of\s+(?:the\s+)?[\p{Lu}][\p{L}.'’&-]*(?:\s+(?:(?:of|and|for|the)\s+)*[\p{Lu}][\p{L}.'’&-]*){0,7}\s*)?$/u;
const OPENER = /^(?:(?:When|While|After|Before|As|Since|Once|Until|But|And|Or|Meanwhile|Then|Later|Earlier|Now|So|Yet|Although|Though|Because|If|Also|Still|Instead|Indeed|However|Last|This|Next)\s+)+/u;
/** Auxiliaries and adverbs between a visitor and its verb, or the "who" of a relative clause (", who visited Hanoi"). */
const AUXILIARIES = /(?:,?\s+(?:who|has|have|had|was|were|is|are|will|would|also|then|later|last|first|again|once|just|now|recently|reportedly|already|expected|scheduled|due|set|likely|plans|planned|planning|intends|to|be))*,?\s*$/u;

function countryIn(phrase: string): string | null {
  return findCountries(phrase)[0]?.iso3 ?? null;
}

/** The first country named outside a region's name ("officials of the Inner Mongolia region" names no Mongolia). */
function countryOutside(phrase: string, region: Span | null): string | null {
  if (!region) return countryIn(phrase);
  return findCountries(phrase).find((c) => c.end <= region.start || c.start >= region.end)?.iso3 ?? null;
}

const BODY_OF_CITY = /^([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+(?:Chamber|Federation|Association|Council)\b/u;

/** A group as written, without its article and leading number; the number is the count when it counts parties or visits. */
function groupVisitor(whole: string, at: number): Visitor | null {
  // "When Kenya's president touched down": a sentence's opening word is no part of the group.
  const lead = OPENER.exec(whole)?.[0].length ?? 0;
  const raw = whole.slice(lead), start = at + lead;
  const phrase = oneLine(raw).replace(/^(?:the|a|an)\s+/iu, "");
  if (NOT_VISITOR.test(phrase)) return null;
  // "the mayor of Barcelona", "the Governor of Okinawa": an office of a city is that city's country's.
  // "Dubai Chamber of Commerce": a body named after its city is of that city's country.
  const city = /\bof\s+([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)$/u.exec(phrase)?.[1];
  const body = BODY_OF_CITY.exec(phrase)?.[1];
  // "the governor of Yunnan province", "Ogun State Governor": an office or group of a region is its country's.
  const region = regionOfVisitor(phrase);
  const country = countryOutside(phrase, region) ?? (city ? countryOfCity(city) : null) ?? (body ? countryOfCity(body) : null) ?? region?.iso3 ?? null;
  if (!country && !COLLECTIVE.test(phrase) && !COUNTERPART.test(` ${phrase}`)) return null;
  const counted = COUNTED.test(phrase);
  const number = /^(\S+)\s+/u.exec(phrase)?.[1];
  const name = counted || /^\d/u.test(phrase) ? phrase.slice(number!.length).trim() : phrase;
  return { start, end: start + raw.length, name, role: null, country, kind: "group", count: counted ? (numberOf(number!) ?? 1) : 1 };
}

const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** "18", "three", "Fourteen" → the number; anything else → null. */
export function numberOf(word: string): number | null {
  if (/^\d{1,4}$/u.test(word)) return Number(word);
  const k = NUMBER_WORDS.indexOf(word.toLowerCase());
  return k < 0 ? null : k + 2;
}

/** The country of the city a role says someone comes from: "a fish farmer from Puerto Montt". */
function fromCity(role: string): string | null {
  const city = /\bfrom\s+((?:[\p{Lu}][\p{L}'’-]*\s*){1,3})$/u.exec(role)?.[1];
  return city ? countryOfCity(city.trim()) : null;
}

/** The visitor of a person mention: full name, role, country (else a country word right before: "India's Mehta"). */
export function personVisitor(text: string, p: PersonMention): Visitor {
  const before = text.slice(Math.max(0, p.start - 20), p.start);
  const owner = /([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?)(?:['’]s)?\s+$/u.exec(before)?.[1];
  // "India's Mehta", "U.S. envoy X" — but not the last word of the previous sentence ("… in Japan. Prime Minister X").
  const sentenceEnd = owner !== undefined && /[^.]\.$/u.test(owner) && !/\..*\./u.test(owner);
  // "Visiting Kenyan President" says where the person is, not what they are.
  const role = p.role?.replace(/^(?:the\s+)?visiting\s+/iu, "") || null;
  // "Ogun State Governor X": a regional office is of the region's country; "a fish farmer from Puerto Montt" is of the city's.
  const country = p.country ?? (owner && !sentenceEnd ? countryIn(owner) : null) ?? (role ? (regionOfVisitor(role)?.iso3 ?? fromCity(role)) : null);
  return { start: p.start, end: p.end, name: p.name, role, country, kind: "person", count: 1 };
}

/** The visitor whose phrase ends just before `at`, within the clause starting at `floor`. */
export function visitorBefore(text: string, at: number, floor: number, people: PersonMention[]): Visitor | null {
  const person = people.findLast((p) => p.end <= at && p.start >= floor && BRIDGE.test(text.slice(p.end, at)));
  const stretch = text.slice(Math.max(floor, at - 160), at); // bounded: sentences may be huge
  const base = at - stretch.length;
  const head = stretch.slice(0, stretch.length - AUXILIARIES.exec(stretch)![0].length);
  const counterpart = COUNTERPART.exec(head);
  if (counterpart && (!person || base + counterpart.index > person.end)) {
    const start = base + counterpart.index + (counterpart[0].length - counterpart[0].trimStart().length);
    return groupVisitor(text.slice(start, base + head.length), start);
  }
  // "a delegation of North Korean officials led by Choe Ryong": the group, when its leader is no known person.
  const ledBy = head.includes("by") ? (LED_BY_NAME.exec(head) ?? LED_BY_ROLE.exec(head)) : null; // the regex scans the whole stretch; most have no "by"
  const phrase = ledBy ? head.slice(0, ledBy.index) : head.includes(" by ") ? head.replace(ORGANISED_BY, "") : head;
  const group = mayEndInGroup(phrase) ? GROUP_BEFORE.exec(phrase) : null;
  // "a Chinese delegation led by a vice premier": the leader's role, of the group's country, is the visitor.
  const leaderRole = ledBy?.[1];
  if (leaderRole && group) {
    const found = groupVisitor(group[0], base + group.index);
    if (found?.country) return { ...found, name: leaderRole, role: leaderRole, end: base + head.length };
  }
  // "a mission of Uruguayan exporters, led by X of the Chamber of Industries, visited": X leads, of the group's country when X's is unsaid.
  const leaderAt = ledBy && !leaderRole && group ? base + ledBy.index : -1;
  const named = leaderAt >= 0 ? people.find((p) => p.start > leaderAt && p.start <= leaderAt + ledBy![0].length && /^,?\s+(?:led|headed)\s+by\s+$/u.test(text.slice(leaderAt, p.start))) : undefined;
  if (named) {
    const leader = personVisitor(text, named);
    return { ...leader, country: leader.country ?? groupVisitor(group![0], base + group!.index)?.country ?? null };
  }
  // "Maria Lopez, the Spanish foreign minister, arrived", "X, member of … and vice-president of the Council of
  // Ministers, arrived": a role in apposition, or ending one, describes the person before it. A role with commas
  // of its own ("X, Minister of Trade, Industry and Energy of Korea, signed") leaves no bridge, so look behind it
  // when commas close the role on both sides ("Led by X, the mission will travel" is no apposition).
  const closed = group && /^\s*,/u.test(text.slice(base + group.index + group[0].length, at));
  const described = group ? (person ?? (closed ? people.findLast((p) => p.start >= floor && p.end <= base + group.index) : undefined)) : undefined;
  const apposition = described && /^\s*,[^.;:,]*$/u.test(text.slice(described.end, base + group!.index));
  // "Liu Feng and his delegation arrived": the named leader travels with them.
  const leader = group && /^(?:his|her|their)\s/u.test(group[0]) ? people.find((p) => p.start >= floor && /^,?\s+and\s+$/u.test(text.slice(p.end, base + group.index))) : undefined;
  if (leader) return personVisitor(text, leader);
  if (group && !apposition && (!person || base + group.index > person.end)) {
    const found = groupVisitor(group[0], base + group.index);
    // The phrase runs on through its leader, so the verb still follows it directly.
    if (found) return ledBy ? { ...found, end: base + head.length } : found;
  }
  const who = person ?? (apposition ? described : undefined);
  if (!who) return null;
  // The role in apposition may name the country the name's own mention does not.
  const visitor = personVisitor(text, who);
  return visitor.country || !apposition ? visitor : { ...visitor, country: groupVisitor(group![0], base + group!.index)?.country ?? null };
}

/**
 * The visitor(s) written right after `at` ("by U.S. Commerce Secretary X", "by Russia's foreign and defense ministers",
 * "a delegation from Belarus led by X"); with `groupsOnly`, none when a person is written there, so only groups,
 * their leaders and paired roles.
 */
export function visitorsAfter(text: string, at: number, people: PersonMention[], { groupsOnly = false } = {}): Visitor[] {
  const lead = /^\s*(?:(?:the|a|an)\s+)?/u.exec(text.slice(at, at + 10))![0].length;
  const rest = text.slice(at, at + 160);
  // "by Peru's President X": the person's mention starts after the owner.
  const owner = /^\s*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?['’]s\s+/u.exec(rest)?.[0].length ?? 0;
  const person = people.find((p) => p.start >= at && p.start <= at + Math.max(lead, owner) + 1);
  if (person) return groupsOnly ? [] : [personVisitor(text, person)];
  const paired = PAIRED_ROLES.exec(rest.slice(lead));
  if (paired) {
    const owner = oneLine(paired[1]!);
    const country = countryIn(owner);
    const start = at + lead, end = start + paired[0].length;
    const singular = paired[4] === "ministers" ? "minister" : paired[4] === "chiefs" ? "chief" : "secretary";
    return [paired[2]!, paired[3]!].map((kind) => ({ start, end, name: `${owner} ${kind} ${singular}`, role: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${singular[0]!.toUpperCase()}${singular.slice(1)}`, country, kind: "group" as const, count: 1 }));
  }
  // "the leaders of China and Russia": one visitor of each country.
  const ofTwo = OF_TWO_COUNTRIES.exec(rest.slice(lead));
  const pair = ofTwo ? [countryIn(ofTwo[2]!), countryIn(ofTwo[3]!)] : [];
  if (ofTwo && pair[0] && pair[1] && pair[0] !== pair[1]) {
    const start = at + lead, end = start + ofTwo[0].length;
    const head = ofTwo[1]!.replace(/s$/u, "");
    return [ofTwo[2]!, ofTwo[3]!].map((owner, k) => ({ start, end, name: `${head} of ${owner}`, role: null, country: pair[k]!, kind: "group" as const, count: 1 }));
  }
  const group = GROUP_AFTER.exec(rest.slice(lead));
  if (!group) return [];
  // "a delegation from Belarus": the country after the head is the group's.
  const from = FROM_COUNTRY.exec(rest.slice(lead + group[0].length));
  const end = at + lead + group[0].length + (from && countryIn(from[0]) ? from[0].length : 0);
  const found = groupVisitor(text.slice(at + lead, end), at + lead);
  if (!found) return [];
  // "by Kenya's trade minister, Rebecca Otieno,": the person named in apposition, of the role's country.
  const named = found.kind === "group" && /^,\s+$/u.test(text.slice(end, end + 2)) ? people.find((p) => p.start === end + 2) : undefined;
  if (named && /^[,.;]/u.test(text.slice(named.end, named.end + 1))) {
    const visitor = personVisitor(text, named);
    return [{ ...visitor, country: visitor.country ?? found.country, role: visitor.role ?? found.name }];
  }
  // "… led by Deputy Prime Minister X": the named leader is the visitor, of the group's country when the role names none.
  const leader = people.find((p) => p.start > end && p.start <= end + LED_BY_REACH && LED_BY.test(text.slice(end, p.start)));
  if (!leader) return [found];
  const visitor = personVisitor(text, leader);
  return [{ ...visitor, country: visitor.country ?? found.country }];
}

/** A role as compared: lower case, single-spaced, "premier" as "prime minister". */
export const normalRole = (role: string) => role.toLowerCase().replace(/\s+/gu, " ").replace(/\bpremier\b/gu, "prime minister").replace(/vice-/gu, "vice ");

/** "The minister", "The Minister", "the prime minister", "the envoy", with what may stand between it and its verb (", who …,", auxiliaries). */
const BARE_ROLE = /(?:^|[^\p{L}\s]\s*|\s)[Tt]he\s+((?:Cabinet|Honourable|Honorable|Deputy|Vice|Senior|Chief)\s+(?:Minister|Secretary|President|Chancellor|Envoy)|(?:(?!The\b)\p{Lu}\p{Ll}+\s+){1,3}(?:Minister|Secretary|Representative|Commissioner)\b|(?:Minister|Secretary|Representative|Commissioner)\s+(?:of|for)\s+\p{Lu}\p{Ll}+(?:\s+(?:and\s+)?\p{Lu}\p{Ll}+){0,3}|(?:(?:deputy|vice)\s+)?(?:[Mm]inister|[Pp]rime\s+[Mm]inister|[Pp]remier|[Pp]resident|[Vv]ice[-\s][Pp]resident|[Cc]hancellor|[Ee]nvoy|[Ss]ecretary|[Ff]oreign\s+[Mm]inister|[Tt]rade\s+[Mm]inister))(?:\s*,[^.;]{1,200},)?(?:\s+(?:has|had|was|is|will|also|then|later|first|last|previously|again|recently|already|to|be|due|set|expected|scheduled))*\s+$/u;
/** A title's rank words, dropped from the head that earlier roles are matched on ("The Deputy Minister" says "minister"). */
const RANK = /^(?:cabinet|honourable|honorable|deputy|senior|chief|vice)\s+(?!president)/u;

/** The bare role written right before `at` in the sentence starting at `floor`, as a visitor to resolve, or null. */
export function bareRoleBefore(text: string, at: number, floor: number): Visitor | null {
  const m = BARE_ROLE.exec(text.slice(Math.max(floor, at - 200), at));
  // The head alone is what earlier roles are matched on; the whole title ("Cabinet Secretary") stands if none is found.
  return m ? { start: at, end: at, name: normalRole(m[1]!).replace(RANK, ""), role: oneLine(m[1]!), country: null, kind: "group", count: 1, refersBack: true } : null;
}

