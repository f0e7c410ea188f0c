// Places a visit can go to: countries ("Russia", "North Korea") and cities or
// venues from data/gazetteer/cities.json ("Osaka", "Oval Office", "Calama"),
// then world-cities.json (GeoNames cities of 100,000 or more: "Cork"), each
// with its country, and regions in an administrative phrase ("Yunnan
// province", "the province of Sindh": regions.ts). Lookup is by runs of up to five words starting at a
// capitalised word, so the cost is linear in the text.
import cities from "../../../data/gazetteer/cities.json";
import worldCities from "../../../data/gazetteer/world-cities.json";
import type { Sentence, Span } from "../context";
import { countriesIn } from "../countries";
import { regionPlaces } from "./regions";

export interface Place extends Span {
  iso3: string;
  /** The city, venue or region as written ("Yunnan" of "Yunnan province"); null when the place is a whole country. */
  city: string | null;
}

/** Without accents: "Cordoba" as written in wire copy finds "Córdoba", and the other way round. */
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
const fold = (s: string) => (NON_ASCII.test(s) ? s.normalize("NFD").replace(MARKS, "") : s);
/** Text as a name key: whitespace as one space, ’ as ', without accents. */
const asName = (raw: string) => (isPlain(raw) ? raw : fold(raw.replace(/\s+/g, " ").replace(/’/g, "'")));
/** Printable ASCII without double spaces is already as names are keyed (most text is): nothing to collapse, replace or fold. */
function isPlain(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c < 0x20 || c > 0x7e || (c === 0x20 && raw.charCodeAt(k + 1) === 0x20)) return false;
  }
  return true;
}
const CITY = new Map<string, string>();
/** "St. Petersburg" is also written "St Petersburg" (British style) and "Saint Petersburg". */
const SAINT = /^(?:St\.?|Saint) (?=\p{Lu})/u;
const saintForms = (name: string) => (SAINT.test(name) ? ["St. ", "St ", "Saint "].map((s) => name.replace(SAINT, s)) : []);
const addCity = (name: string, iso3: string) => {
  for (const form of [name, fold(name), ...saintForms(name)]) if (!CITY.has(form)) CITY.set(form, iso3);
};
for (const c of cities.cities) addCity(c.name, c.iso3);
for (const [iso3, names] of Object.entries(worldCities.countries)) for (const name of names) addCity(name, iso3);
const MAX_WORDS = 5;
const UPPER = /\p{Lu}/u;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;
/** The first word of every name: a capitalised word that opens none is passed over without building names. */
const FIRST_WORD = new RegExp(`^${WORD.source}`, "u");
const FIRST_WORDS = new Set([...CITY.keys()].map((name) => FIRST_WORD.exec(name)?.[0]));
/** A word running this far past the range is longer than any name, so reading it only this far changes no lookup. */
const REACH = Math.max(...[...CITY.keys()].map((name) => name.length)) + 2;

/** Cities and venues in text[from, to), absolute offsets, longest match first. */
function findCities(text: string, from: number, to: number): Place[] {
  const out: Place[] = [];
  // Words are read from the range (plus REACH), not the rest of the text: that would be quadratic on huge input.
  const words = wordsIn(text, from, to, Math.min(text.length, to + REACH));
  for (let i = 0; i < words.length; i += 2) {
    const start = words[i]!;
    if (!startsUpper(text, start) || knownForm(asName(text.slice(start, words[i + 1])), FIRST_WORDS) === undefined) continue;
    for (let k = Math.min(words.length - 2, i + 2 * (MAX_WORDS - 1)); k >= i; k -= 2) {
      const name = asName(text.slice(start, words[k + 1]));
      // "Tokyo's Haneda airport": the city without its possessive (but "St. John's" as named).
      const key = knownForm(name, CITY);
      if (!key) continue;
      const end = words[k + 1]! - (name.length - key.length);
      out.push({ start, end, iso3: CITY.get(key)!, city: text.slice(start, end) });
      i = k;
      break;
    }
  }
  return out;
}

/** The name as written, else without its final period, else without its possessive: the first form the gazetteer knows. */
function knownForm(name: string, known: { has(name: string): boolean }): string | undefined {
  if (known.has(name)) return name;
  if (name.endsWith(".") && known.has(name.slice(0, -1))) return name.slice(0, -1);
  if (name.endsWith("'s") && known.has(name.slice(0, -2))) return name.slice(0, -2);
  return undefined;
}

/**
 * Start and end offsets (flat pairs) of the WORD matches in text[from, limit) that start before `to`.
 * A scan by char code, as WORD would match them (it takes no path back), without a match object per word.
 */
function wordsIn(text: string, from: number, to: number, limit: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to && k < limit; ) {
    if (!alnumAt(text, k, limit)) {
      k++;
      continue;
    }
    const start = k;
    k = runEnd(text, k, limit);
    while (k + 1 < limit && isJoiner(text.charCodeAt(k)) && alnumAt(text, k + 1, limit)) k = runEnd(text, k + 1, limit);
    if (k < limit && text.charCodeAt(k) === 46) k++;
    out.push(start, k);
  }
  return out;
}

const ALNUM = /^[\p{L}\p{N}]$/u;
/** The length (1, or 2 for a surrogate pair inside the limit) of the letter or digit at k, else 0. */
function alnumAt(text: string, k: number, limit: number): number {
  if (k >= text.length) return 0;
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const pair = c >= 0xd800 && c <= 0xdbff && k + 1 < limit ? text.slice(k, k + 2) : "";
  if (pair && pair.codePointAt(0)! > 0xffff) return ALNUM.test(pair) ? 2 : 0;
  return isAlnumUnit(c) ? 1 : 0;
}

/** What ALNUM says of each UTF-16 unit read alone (1 yes, 2 no, 0 not asked yet): news text repeats its few non-ASCII chars (’ “ — é) often. */
const ALNUM_UNITS = new Uint8Array(0x10000);
function isAlnumUnit(c: number): boolean {
  if (ALNUM_UNITS[c] === 0) ALNUM_UNITS[c] = ALNUM.test(String.fromCharCode(c)) ? 1 : 2;
  return ALNUM_UNITS[c] === 1;
}

function runEnd(text: string, k: number, limit: number): number {
  for (let n = alnumAt(text, k, limit); n; n = alnumAt(text, k, limit)) k += n;
  return k;
}

/** ' ’ . - join the parts of one word ("Tokyo's", "St.John", "Ibn-Saud"). */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;
const startsUpper = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[at]!);
};

/** Every place in the sentence: cities first where a capital is also a country mention, then regions, then countries. */
export function findPlaces(text: string, sentence: Sentence): Place[] {
  const places = findCities(text, sentence.start, sentence.end);
  const cities = places.length;
  for (const r of regionsIn(sentence)) if (!overlaps(places, places.length, r)) places.push({ start: r.start, end: r.end, iso3: r.iso3, city: r.name });
  // "the Inner Mongolia region": a country word inside a region's name names no country.
  const known = places.length;
  for (const c of countriesIn(sentence)) {
    if ((c.kind === "name" || c.kind === "short" || c.kind === "historical") && !overlaps(places, known, c)) places.push({ start: c.start, end: c.end, iso3: c.iso3, city: null });
  }
  const countries = places.length;
  for (let k = known; k < countries; k++) {
    const town = townBeforeCountry(text, sentence.start, places[k]!);
    if (town && !overlaps(places, countries, town)) places.push(town);
  }
  // The cities are in text order already.
  return places.length > cities ? places.sort((a, b) => a.start - b.start) : places;
}

/** "in Termez, Uzbekistan", "to Cap-Haïtien, Haiti": after a preposition or visit verb, a name the gazetteer lacks, then its country. */
const TOWN_COMMA = /\b(?:in|to|at|into|near|from|visited|visiting|toured)\s+(\p{Lu}[\p{L}'’.-]*(?:[ -](?:\p{Lu}[\p{L}'’.-]*|de|del|do|da|la|el|al|sur|upon)){0,3}),\s+$/u;
/** The country ends a phrase ("…, Uzbekistan, to inspect", "…, Haiti on Monday"), not a possessive or a list ("…, Kenya's", "…, Kenya and"). */
const COUNTRY_ENDS = /^(?:[,.;:)]|\s+(?:on|in|to|for|last|this|next|where|after|before|from|with|at|during|earlier|later)\b|\s*$)/u;
const TOWN_REACH = 60;

function townBeforeCountry(text: string, floor: number, country: Place): Place | null {
  if (text.charCodeAt(country.start - 2) !== 44 || !COUNTRY_ENDS.test(text.slice(country.end, country.end + 12))) return null;
  const before = text.slice(Math.max(floor, country.start - TOWN_REACH), country.start);
  const m = TOWN_COMMA.exec(before);
  if (!m) return null;
  const start = country.start - before.length + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, iso3: country.iso3, city: m[1]! };
}

/** Regions in an administrative phrase of the sentence, at absolute offsets. */
function regionsIn(sentence: Sentence) {
  return regionPlaces(sentence.text).map((r) => ({ ...r, start: r.start + sentence.start, end: r.end + sentence.start }));
}

/** Whether a span overlaps one of the first `count` places. */
function overlaps(places: Place[], count: number, span: Span): boolean {
  for (let k = 0; k < count; k++) if (span.start < places[k]!.end && places[k]!.start < span.end) return true;
  return false;
}

/** The country of a city or venue name ("Seoul" → KOR), for datelines and "here". */
export function countryOfCity(name: string): string | null {
  const key = name.trim();
  return CITY.get(key) ?? CITY.get(key.charAt(0) + key.slice(1).toLowerCase()) ?? null;
}
