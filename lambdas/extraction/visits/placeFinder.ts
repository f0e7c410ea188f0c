// Places a visit can go to: countries ("Russia", "North Korea") and cities or
// venues from data/gazetteer/cities.json ("Osaka", "Oval Office", "Calama"),
// each with its country. Lookup is by runs of up to five words starting at a
// capitalised word, so the cost is linear in the text.
import cities from "../../../data/gazetteer/cities.json";
import type { Sentence, Span } from "../context";
import { countriesIn } from "../countries";

export interface Place extends Span {
  iso3: string;
  /** The city or venue as written; null when the place is a whole country. */
  city: string | null;
}

/** Without accents: "Cordoba" as written in wire copy finds "Córdoba", and the other way round. */
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
const fold = (s: string) => (NON_ASCII.test(s) ? s.normalize("NFD").replace(MARKS, "") : s);
const CITY = new Map<string, string>();
for (const c of cities.cities) for (const name of [c.name, fold(c.name)]) if (!CITY.has(name)) CITY.set(name, c.iso3);
const MAX_WORDS = 5;
const POSSESSIVE = /'s$/u;
const UPPER = /\p{Lu}/u;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;
/** The first word of every name: a capitalised word that opens none is passed over without building names. */
const FIRST_WORDS = new Set([...CITY.keys()].map((name) => new RegExp(`^${WORD.source}`, "u").exec(name)?.[0]));
/** A word running this far past the range is longer than any name, so reading it only this far changes no lookup. */
const REACH = Math.max(...[...CITY.keys()].map((name) => name.length)) + 2;

/** Cities and venues in text[from, to), absolute offsets, longest match first. */
function findCities(text: string, from: number, to: number): Place[] {
  const out: Place[] = [];
  const words: Span[] = [];
  // Words are read from the range (plus REACH), not the rest of the text: that would be quadratic on huge input.
  const local = text.slice(from, to + REACH);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(local); m && m.index < to - from; m = WORD.exec(local)) words.push({ start: from + m.index, end: from + m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!UPPER.test(text[first.start] ?? "")) continue;
    const word = fold(text.slice(first.start, first.end).replace(/’/g, "'"));
    if (![word, word.replace(/\.$/, ""), word.replace(POSSESSIVE, "")].some((w) => FIRST_WORDS.has(w))) continue;
    for (let k = Math.min(words.length - 1, i + MAX_WORDS - 1); k >= i; k--) {
      const name = fold(text.slice(first.start, words[k]!.end).replace(/\s+/g, " ").replace(/’/g, "'"));
      // "Tokyo's Haneda airport": the city without its possessive (but "St. John's" as named).
      const key = [name, name.replace(/\.$/, ""), name.replace(POSSESSIVE, "")].find((n) => CITY.has(n));
      if (!key) continue;
      const end = words[k]!.end - (name.length - key.length);
      out.push({ start: first.start, end, iso3: CITY.get(key)!, city: text.slice(first.start, end) });
      i = k;
      break;
    }
  }
  return out;
}

/** Every place in the sentence: cities first where a capital is also a country mention. */
export function findPlaces(text: string, sentence: Sentence): Place[] {
  const cityPlaces = findCities(text, sentence.start, sentence.end);
  const countryPlaces = countriesIn(sentence)
    .filter((c) => c.kind === "name" || c.kind === "short" || c.kind === "historical")
    .filter((c) => !cityPlaces.some((p) => c.start < p.end && p.start < c.end))
    .map((c) => ({ start: c.start, end: c.end, iso3: c.iso3, city: null }));
  return [...cityPlaces, ...countryPlaces].sort((a, b) => a.start - b.start);
}

/** The country of a city or venue name ("Seoul" → KOR), for datelines and "here". */
export function countryOfCity(name: string): string | null {
  const key = name.trim();
  return CITY.get(key) ?? CITY.get(key.charAt(0) + key.slice(1).toLowerCase()) ?? null;
}
