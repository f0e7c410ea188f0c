// Country mentions: names, short forms, demonyms, capitals and historical names → ISO3.
// One pass over the text; at each word start the aliases beginning with its first
// two characters are tried, and the longest one that passes the case rules wins, so
// "North Korea" never also yields "Korea" and "Guinea-Bissau" never "Guinea".
import gazetteer from "../../data/gazetteer/countries.json";
import type { Sentence, Span } from "./context";
import { memoOn } from "./memo";

export type CountryKind = "name" | "short" | "demonym" | "capital" | "historical";

export interface CountryMention extends Span {
  iso3: string;
  surface: string;
  kind: CountryKind;
}

/** A folded character (keyOf), so matching compares numbers rather than one-character strings. */
type Key = number | string;

interface Alias {
  text: string;
  /** null for phrases that look like a country but are not one ("Latin America"). */
  iso3: string | null;
  kind: CountryKind;
  /** The key of each character. */
  keys: Key[];
}

const KIND_OF_FIELD = {
  names: "name",
  short: "short",
  demonyms: "demonym",
  capitals: "capital",
  historical: "historical",
} as const satisfies Record<string, CountryKind>;

/** Words that may stand next to a person-like name without making it a person ("in Jordan", "Jordan on Monday"). */
const FUNCTION_WORDS = new Set(
  (
    "a an and as at after before both but by during for from if in into near of on or over since so than that the then " +
    "these this those though through to under unlike until when where while with within without also even only " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december"
  ).split(" "),
);

const PERSON_NAME_LIKE = new Set(gazetteer.personNameLike);
const PREFIX_ONLY = new Set(gazetteer.prefixOnly);

/** Keys fold case and curly apostrophes, so "Côte d’Ivoire" finds "Côte d'Ivoire". */
const fold = (c: string): string => (c === "\u2019" ? "'" : c.toLowerCase());
/** A folded character as a key: its code when it is one UTF-16 unit (nearly always), else the string. */
const keyOf = (folded: string): Key => (folded.length === 1 ? folded.charCodeAt(0) : folded);
const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
/** fold() of every character; for ASCII text that is plain lower-casing, done in one call. */
const foldAll = (s: string): string => (isAscii(s) ? s.toLowerCase() : [...s].map(fold).join(""));
/** The key of every character; for ASCII text, the codes of its lower-cased form. */
function keysOf(s: string): Key[] {
  if (!isAscii(s)) return Array.from(s, (c) => keyOf(fold(c)));
  const lower = s.toLowerCase();
  const keys: Key[] = [];
  for (let i = 0; i < lower.length; i++) keys.push(lower.charCodeAt(i));
  return keys;
}

/**
 * Aliases by the keys of their first two characters (every alias has two), longest first and, at one length, in
 * reverse order of addition: the first that matches and passes the case rules wins. Two levels of a few hundred
 * lists, not a trie of thousands of nodes, so importing is cheap.
 */
const BY_START = new Map<Key, Map<Key, Alias[]>>();
/**
 * First characters a matching surface can have: an alias's own, or its capitalised form's (caseMatches).
 * Nearly every alias is capitalised, so most words (lower-case ones) are passed over without a lookup.
 */
const SURFACE_STARTS = new Set<string>();
const BY_NAME = new Map<string, string>();
const NAME_OF = new Map<string, string>();

function addAlias(text: string, iso3: string | null, kind: CountryKind): void {
  for (const c of [text[0], text.toUpperCase()[0]]) {
    if (c === undefined) continue;
    SURFACE_STARTS.add(c);
    if (c === "'") SURFACE_STARTS.add("\u2019");
  }
  const keys = keysOf(text);
  const [first, second] = keys;
  if (first === undefined || second === undefined) throw new Error(`countries.json: alias "${text}" is shorter than two characters`);
  let bySecond = BY_START.get(first);
  if (!bySecond) BY_START.set(first, (bySecond = new Map()));
  let list = bySecond.get(second);
  if (!list) bySecond.set(second, (list = []));
  list.push({ text, iso3, kind, keys });
}

for (const entry of gazetteer.countries) {
  NAME_OF.set(entry.iso3, entry.names[0] ?? entry.iso3);
  for (const [field, kind] of Object.entries(KIND_OF_FIELD) as [keyof typeof KIND_OF_FIELD, CountryKind][]) {
    for (const text of entry[field]) {
      addAlias(text, entry.iso3, kind);
      const key = foldAll(text);
      if (!BY_NAME.has(key)) BY_NAME.set(key, entry.iso3);
    }
  }
}
for (const text of gazetteer.notCountries) addAlias(text, null, "name");
// sort is stable: reversed first, equal lengths stay in reverse order of addition.
for (const bySecond of BY_START.values()) for (const list of bySecond.values()) list.reverse().sort((a, b) => b.keys.length - a.keys.length);

/**
 * The same lists split by the third key, in the same order, and the two-character aliases (tried last, being
 * shortest): a word is compared only with the aliases that share its first three characters.
 */
interface Candidates {
  byThird: Map<Key, Alias[]>;
  short: Alias[];
}
const CANDIDATES = new Map<Key, Map<Key, Candidates>>();
for (const [first, bySecond] of BY_START) {
  const candidatesBySecond = new Map<Key, Candidates>();
  CANDIDATES.set(first, candidatesBySecond);
  for (const [second, list] of bySecond) {
    const candidates: Candidates = { byThird: new Map(), short: [] };
    candidatesBySecond.set(second, candidates);
    for (const alias of list) {
      const third = alias.keys[2];
      if (third === undefined) candidates.short.push(alias);
      else {
        let withThird = candidates.byThird.get(third);
        if (!withThird) candidates.byThird.set(third, (withThird = []));
        withThird.push(alias);
      }
    }
  }
}

/** Any of SURFACE_STARTS: the scan jumps from one to the next instead of testing every character. */
const SURFACE_START = new RegExp(`[${[...SURFACE_STARTS].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("")}]`, "g");

/** The next surface start in text[from, to), else `to`. */
function nextSurfaceStart(text: string, from: number, to: number): number {
  SURFACE_START.lastIndex = from;
  const index = SURFACE_START.exec(text)?.index ?? to;
  return index < to ? index : to;
}

/** Whether text[i] is a letter or digit. ASCII first: this runs for every character of every text. */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code === code && /[\p{L}\p{N}]/u.test(text[i] as string); // NaN: outside the text
}

/**
 * The key of each ASCII character (fold() is lower-casing there), so matching makes no string for most of the text.
 * A byte table read after an explicit ASCII test: it always yields a number, which keeps the key comparisons cheap.
 */
const ASCII_KEYS = Uint8Array.from({ length: 128 }, (_, code) => String.fromCharCode(code).toLowerCase().charCodeAt(0));
function keyAt(text: string, i: number): Key {
  const code = text.charCodeAt(i);
  return code < 128 ? (ASCII_KEYS[code] as number) : keyOf(fold(text[i] as string));
}

// Module-level: esbuild (node20/22 targets) turns a \p{…} literal outside [] into `new RegExp(…)`, built on every call.
const TWO_LETTERS = /\p{L}{2}/u;
const NAME_BEFORE = /(\p{Lu}[\p{Ll}'’.-]+)[ \t]+$/u;
const NAME_AFTER = /^[ \t]+(\p{Lu}[\p{Ll}'’-]+)/u;

/** Exact case, or the whole alias in capitals (wire headlines: "SEOUL UNVEILS …"). */
function caseMatches(written: string, alias: string): boolean {
  const surface = straightApostrophes(written);
  if (surface === alias) return true;
  return TWO_LETTERS.test(alias) && written === written.toUpperCase() && surface === alias.toUpperCase();
}

/** Curly apostrophes made straight; nearly every surface has none, and is returned without a regex. */
const straightApostrophes = (s: string): string => (s.includes("\u2019") ? s.replace(/\u2019/g, "'") : s);

/** A capitalised content word right before or after: "Michael Jordan", "Chad Smith", "Paris Hilton". */
function beside(text: string, from: number, to: number, start: number, end: number): boolean {
  const before = NAME_BEFORE.exec(text.slice(Math.max(from, start - 40), start));
  const after = NAME_AFTER.exec(text.slice(end, Math.min(to, end + 40)));
  return [before?.[1], after?.[1]].some((w) => w !== undefined && !FUNCTION_WORDS.has(w.toLowerCase()) && !BY_NAME.has(w.toLowerCase()));
}

/** The words right before and after a span, within its sentence. */
const WORD_BEFORE = /([\p{L}]+)[^\p{L}]*$/u;
const WORD_AFTER = /^[^\p{L}]*([\p{L}]+)/u;
const isUpperWord = (w: string | undefined): boolean => w !== undefined && w.length > 1 && w === w.toUpperCase();

/** An all-caps demonym among lower-case words is an acronym ("the statistics agency DANE"), not a headline's "DANE". */
function acronym(text: string, from: number, to: number, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(from, start - 30), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, Math.min(to, end + 30)))?.[1];
  return !isUpperWord(before) && !isUpperWord(after);
}

function accepts(text: string, from: number, to: number, start: number, end: number, alias: Alias): boolean {
  const surface = text.slice(start, end);
  if (!caseMatches(surface, alias.text)) return false;
  if (alias.kind === "demonym" && surface !== alias.text && acronym(text, from, to, start, end)) return false;
  if (PREFIX_ONLY.has(alias.text) && !(end < to && text[end] === "-")) return false;
  if (alias.iso3 && PERSON_NAME_LIKE.has(alias.text) && beside(text, from, to, start, end)) return false;
  return true;
}

/** Whether the text from `start` reads `keys`, the first three already matched. */
function restMatches(text: string, to: number, start: number, keys: Key[]): boolean {
  if (start + keys.length > to) return false;
  for (let j = 3; j < keys.length; j++) if (keyAt(text, start + j) !== keys[j]) return false;
  return true;
}

/** The longest alias starting at `start` that ends at a word boundary and passes the case rules. */
function acceptedAt(text: string, from: number, to: number, start: number): { end: number; alias: Alias } | undefined {
  if (start + 1 >= to) return undefined;
  const candidates = CANDIDATES.get(keyAt(text, start))?.get(keyAt(text, start + 1));
  if (!candidates) return undefined;
  const longer = start + 2 < to ? candidates.byThird.get(keyAt(text, start + 2)) : undefined;
  return (longer && firstAccepted(text, from, to, start, longer)) || firstAccepted(text, from, to, start, candidates.short);
}

/** The first of `aliases` (their first three keys already matched) that the text reads from `start` and that passes. */
function firstAccepted(text: string, from: number, to: number, start: number, aliases: Alias[]): { end: number; alias: Alias } | undefined {
  for (const alias of aliases) {
    if (!restMatches(text, to, start, alias.keys)) continue;
    const end = start + alias.keys.length;
    // An alias ending in punctuation ("U.S.", "US$") may be followed by anything; else the word must end here.
    if (isWordAt(text, end - 1) && end < to && isWordAt(text, end)) continue;
    if (accepts(text, from, to, start, end, alias)) return { end, alias };
  }
  return undefined;
}

/** Every country mention in `text`, offsets shifted by `offset`, in text order. */
export function findCountries(text: string, offset = 0): CountryMention[] {
  return countriesBetween(text, 0, text.length, offset);
}

/** The mentions in text[from, to), read as if that range were the whole text; offsets into `text` plus `shift`. */
function countriesBetween(text: string, from: number, to: number, shift: number): CountryMention[] {
  const out: CountryMention[] = [];
  let i = nextSurfaceStart(text, from, to);
  while (i < to) {
    if (!isWordAt(text, i) || (i > from && isWordAt(text, i - 1))) {
      i = nextSurfaceStart(text, i + 1, to);
      continue;
    }
    const hit = acceptedAt(text, from, to, i);
    if (!hit) {
      i = nextSurfaceStart(text, i + 1, to);
      continue;
    }
    if (hit.alias.iso3) {
      out.push({ start: shift + i, end: shift + hit.end, iso3: hit.alias.iso3, surface: text.slice(i, hit.end), kind: hit.alias.kind });
    }
    i = nextSurfaceStart(text, hit.end, to);
  }
  return out;
}

/**
 * The country mentions of a sentence, found once however many parsers ask. Given the article text the sentence
 * was split from, its range is read there: a sentence's own text is a slice, slower to read character by character.
 */
export const countriesIn = memoOn((sentence: Sentence, text?: string): CountryMention[] =>
  text === undefined ? findCountries(sentence.text, sentence.start) : countriesBetween(text, sentence.start, sentence.end, 0),
);

/** The ISO3 code for a name, short form, demonym, capital or old name ("Russia's" → RUS); null if unknown. */
export function countryByName(name: string): string | null {
  const key = foldAll(name.trim().replace(/['’]s$/, ""));
  return BY_NAME.get(key) ?? null;
}

/** The usual English name of an ISO3 code ("PRK" → "North Korea"). */
export function countryName(iso3: string): string | null {
  return NAME_OF.get(iso3) ?? null;
}
