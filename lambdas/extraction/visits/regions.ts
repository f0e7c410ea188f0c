// First-level regions (data/gazetteer/regions.json: "Yunnan", "Orenburg",
// "Ogun", "Bavaria") with their country. A region name alone collides with
// people and cities ("Victoria said", "Washington's envoy"), so it counts only
// inside an administrative phrase:
//   a place: "<Region> <type>" ("Yunnan province", "Ogun State", "the Orenburg
//     Region") or "the <type> of <Region>" ("the province of Sindh");
//   an office, for visitors only: "<office> of <Region>" ("the governor of
//     Hesse"), "<Region>('s) (state|provincial|regional|prefectural)? <office>"
//     ("Saxony's state premier", "Quebec premier").
import data from "../../../data/gazetteer/regions.json";
import type { Span } from "../context";

export interface Region extends Span {
  /** The region as written, without its type word ("Yunnan"). */
  name: string;
  iso3: string;
}

/** Without accents, one space, ’ as ': "Hyogo" finds "Hyōgo". Plain ASCII (most names and text) is already a key. */
const NOT_PLAIN = /[^\x20-\x7e]|\s\s/u;
const keyOf = (s: string) => (NOT_PLAIN.test(s) ? s.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/gu, "'").replace(/\s+/gu, " ") : s);
const REGION = new Map<string, string>();
for (const [iso3, names] of Object.entries(data.countries)) for (const name of names) REGION.set(keyOf(name), iso3);

/** A word's first letter in either case: "Province", "province". */
const eitherCase = (w: string) => w.replace(/(^|[ -])(\p{L})/gu, (_m, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c.toLowerCase()}]`);
const words = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => eitherCase(w).replace(/ /gu, "\\s+")).join("|");
const TYPE = words(data.types);
/** A capitalised word that starts no type word: "Inner Mongolia" of "Inner Mongolia Autonomous Region". */
const NAME_WORD = String.raw`(?!(?:${TYPE})(?![\p{L}-]))\p{Lu}[\p{L}\p{M}'’./-]*`;
/** A capitalised name of up to five words, which may be joined by "and", "de", "del", "do", "la" ("Jammu and Kashmir", "Rio Grande do Sul"). */
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:and|de|del|do|da|la|el|al|y|og)\s+)?${NAME_WORD}){0,4}`;
const OFFICE = words(data.offices);
/** "Yunnan province", "the Orenburg Region" (not "Saxony's state": a possessive owns what follows). */
const NAME_TYPE = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])(${NAME})(?<!['’]s)\s+(?:${TYPE})(?![\p{L}-])`, "gu");
/** "the province of Sindh", "the State of Bavaria". */
const TYPE_OF = new RegExp(String.raw`(?<![\p{L}-])(?:${TYPE})\s+of\s+(?:the\s+)?(${NAME})`, "gu");
/** "the governor of Hesse". */
const OFFICE_OF = new RegExp(String.raw`(?<![\p{L}-])(?:${OFFICE})\s+of\s+(?:the\s+)?(${NAME})`, "gu");
/** "Saxony's state premier", "Yunnan provincial governor", "Quebec Premier". */
const NAME_OFFICE = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])(${NAME})\s+(?:(?:[Ss]tate|[Pp]rovincial|[Rr]egional|[Pp]refectural)\s+)?(?:${OFFICE})(?![\p{L}-])`, "gu");

/**
 * The longest run of the name's words that is a known region: its last words before a type word or office
 * ("The Orenburg" → "Orenburg"), its first ones after "of" ("Sindh Governor" → "Sindh"); `at` is the name's offset.
 */
function known(at: number, name: string, fromEnd: boolean): Region | null {
  const spans = [...name.matchAll(/\S+/gu)].map((w) => [w.index, w.index + w[0].length] as const);
  for (let k = 0; k < spans.length; k++) {
    const [from, to] = fromEnd ? [spans[k]![0], name.length] : [0, spans[spans.length - 1 - k]![1]];
    // "… of Sindh." or "Saxony's": the name without a final period or possessive.
    const part = name.slice(from, to).replace(/(?:['’]s|\.)$/u, "");
    const iso3 = REGION.get(keyOf(part));
    if (iso3) return { start: at + from, end: at + from + part.length, name: part, iso3 };
  }
  return null;
}

/** Both place phrases hold a type word: most sentences have none, and this scan is far cheaper than theirs. */
const TYPE_WORD = new RegExp(String.raw`(?:${TYPE})(?![\p{L}-])`, "u");

/** The regions in an administrative phrase of `text` ("visited Yunnan province"), absolute offsets, in text order; the span covers a type word after the name. */
export function regionPlaces(text: string): Region[] {
  if (!TYPE_WORD.test(text)) return [];
  const out: Region[] = [];
  for (const m of text.matchAll(NAME_TYPE)) {
    const region = known(m.index, m[1]!, true);
    if (region) out.push({ ...region, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(TYPE_OF)) {
    const region = known(m.index + m[0].length - m[1]!.length, m[1]!, false);
    if (region) out.push(region);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The country of a visitor phrase by a region it names as a place or an office ("officials of Heilongjiang province", "Ogun State Governor"). */
export function regionOfVisitor(phrase: string): Region | null {
  const place = regionPlaces(phrase)[0];
  if (place) return place;
  for (const m of phrase.matchAll(OFFICE_OF)) {
    const region = known(m.index + m[0].length - m[1]!.length, m[1]!, false);
    if (region) return region;
  }
  for (const m of phrase.matchAll(NAME_OFFICE)) {
    const region = known(m.index, m[1]!, true);
    if (region) return region;
  }
  return null;
}
