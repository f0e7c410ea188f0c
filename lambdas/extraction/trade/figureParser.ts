// Figures a trade statement can carry: money ("$41.6 million", "2.5bn euros",
// "65 mln dlrs", "seven billion dollar"), percentages ("37 percent", "37%"),
// multiples ("6-fold", "tripled", "more than triple"), fractions as percentages
// ("fell by a third", "halved") and tonnages. Money
// written without a currency ("4.3 billion") keeps `unit` null for the unit
// refiner to fill from a neighbour. Oil in barrels is a figure with no unit:
// the contract has none for it, so its metric says "barrels per day".
import currencies from "../../../data/gazetteer/currencies.json";
import type { Span } from "../context";
import { findCountries } from "../countries";
import { allMatches, digitRuns, matchesAt } from "../allMatches";

export type FigureKind = "money" | "percent" | "multiple" | "tonnes" | "barrels";

export interface Figure extends Span {
  kind: FigureKind;
  value: number;
  /** ISO 4217 code, "percent", "multiple", "tonnes", or null for money whose currency is not written. */
  unit: string | null;
  /** A figure given as a verb is itself a change: "tripled" an increase, "halved" a decrease. */
  implies: "increase" | "decrease" | null;
  /** "$4.2 billion (Australian)": the dollar this figure names, which a bare "$" means from here on. */
  declaresDollar?: string;
  /** "18 billion shillings": a currency word several countries share and none owns; the trading pair decides (unit null until then). */
  openWord?: string;
  /** A measure with no unit in the contract, as written ("barrels per day"): the record's unit stays null and its metric says it. */
  measure?: string;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SCALES: Record<string, number> = {
  trillion: 1e12, tn: 1e12, trn: 1e12, trln: 1e12,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9,
  million: 1e6, mln: 1e6, mn: 1e6, m: 1e6,
  thousand: 1e3, k: 1e3,
  // Indian press releases: "Rs 5,000 crore", "2.3 lakh tonnes", "1.5 lakh crore".
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5, "lakh crore": 1e12,
};
const MULTIPLE_VERBS: Record<string, number> = { double: 2, doubled: 2, triple: 3, tripled: 3, treble: 3, trebled: 3, quadruple: 4, quadrupled: 4 };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SYMBOLS = Object.keys(currencies.symbols).sort((a, b) => b.length - a.length);
const SYMBOL_CODE = currencies.symbols as Record<string, string>;
/** A currency word's default code ("pesos" → MXN), and each default's codes by country ("Chilean pesos" → CLP). */
export const WORD_CODE = currencies.words as Record<string, string>;
export const QUALIFIED = currencies.qualified as Record<string, Record<string, string>>;
export const QUALIFIED_ONLY = currencies.qualifiedOnly as Record<string, Record<string, string>>;
const SCALE_ONLY = new Set<string>(currencies.scaleOnly);
/** "$4.2 billion (Australian)", "$40 million (New Zealand dollars)": the dollar's country, in brackets after the amount. */
const DOLLAR_COUNTRY = /^ ?\(([A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?)(?: dollars?)?\)/u;

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDNUM = Object.keys(WORD_NUMBERS).join("|");
// Long scale words may stand apart ("2.5 billion", "$1.2-trillion"); one-letter ones only attached ("$5m", a headline's "$15B").
const LONG_SCALE = "trillion|billion|million|thousand|lakh crore|crores?|lakhs?|trln|trn|bln|mln|tn|bn|mn";
const SCALE = String.raw`(?:(?:[\s-]?(?<scale>${LONG_SCALE})|(?<short>[mbkMBK]))(?![\p{L}\d]))`;

/** Sticky: tried only where a symbol ends right before a run of digits (symbolStarts). */
const SYMBOL_FIRST = new RegExp(String.raw`(?<![\p{L}\d])(${SYMBOLS.map(escape).join("|")}) ?(${NUM})${SCALE}?`, "guy");
const NUMBER_FIRST = new RegExp(String.raw`(?<![\p{L}\d.,$€£¥₩₹₽])(?:(?<digits>${NUM})|\b(?<word>${WORDNUM}))${SCALE}?(?![\d])`, "giu");
/**
 * NUMBER_FIRST without word numbers, many times faster. It finds the same digit figures (a word-number match holds no
 * digit, so it never hides one), and is enough where no long scale word ends a word: a word number counts only with one.
 * Sticky: a match begins where a run of digits does (no digit before it), and is tried there alone.
 */
const DIGITS_FIRST = new RegExp(String.raw`(?<![\p{L}\d.,$€£¥₩₹₽])(?<digits>${NUM})${SCALE}?(?![\d])`, "giuy");
const FOLD = new RegExp(String.raw`(?<![\p{L}\d])(${NUM}|${WORDNUM})[- ]?fold\b`, "giu");
const MULTIPLE_VERB = /\b(?:(more than|nearly|almost|about|to|will|would|could|to more than) )?(doubled|tripled|trebled|quadrupled|double|triple|treble|quadruple)\b(?!-)/giu;
const AFTER_UNIT = /^ ?(?:(%)|(percent|per cent|pct|pc)\b|(metric tons|tonnes|tons)\b|(?:([A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?) )?(dollars?|dlrs?|swiss francs|[\p{L}]+)\b)/u;
/** Oil by the barrel: "450,000 barrels per day", "380,000 bpd", "160 million barrels". */
const BARRELS = /^ ?(barrels?(?:\s+(?:per|a)\s+day)?|bpd|b\/d)(?![\p{L}\d])/iu;
/** "by a third", "by half", "by two-thirds": a change as a fraction of the whole. */
const FRACTION = /\bby\s+(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|less\s+than|under|just\s+over|just\s+under)\s+)?(?:(a|one|two|three)[- ])?(half|thirds?|quarters?|fifths?)\b/giu;
const FRACTIONS: Record<string, number> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5 };
const HALVED = /\bhalved\b/giu;
/** "grew 2.5 times", "increased by three times": a multiple only after a verb of growth ("met three times" is none). */
const TIMES = new RegExp(String.raw`\b(?:rose|risen|grew|grown|increased|jumped|surged|expanded|soared|climbed|multiplied)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|more\s+than|over|some|roughly)\s+)?((${NUM}|${WORDNUM})[- ]times)\b`, "giu");

/** "about twice the figure a year earlier", "nearly three times its level in 2015": a multiple of an earlier level. */
const LEVEL_MULTIPLE = new RegExp(String.raw`\b(?:(twice|double|triple|treble|quadruple)|(${NUM}|two|three|four|five|six|seven|eight|nine|ten) times)\s+(?:the|their|its|that|this)\s+(?:level|figure|value|amount|total|size|volume)\b`, "giu");
const LEVEL_MULTIPLES: Record<string, number> = { twice: 2, double: 2, triple: 3, treble: 3, quadruple: 4 };

// Cheap necessary conditions, each with its pattern's flags: a pattern whose condition fails cannot match.
const DIGIT = /\d/;
/** A long scale word ending a word, as NUMBER_FIRST reads it after a word number ("two billion"). */
const SCALE_WORD = new RegExp(String.raw`(?:${LONG_SCALE})(?![\p{L}\d])`, "iu");
const FOLD_WORD = /fold/iu;
const TIMES_WORD = /times/iu;
const MULTIPLE_STEM = /doubl|tripl|trebl|quadrupl/iu;
const LEVEL_MULTIPLE_WORD = /twice|double|triple|treble|quadruple|times/iu;
const FRACTION_WORD = /half|third|quarter|fifth/iu;
const HALVED_WORD = /halved/iu;
/**
 * Any of the word conditions above, in one scan: it fails on most sentences, and then all of them do. It matches
 * wherever one of them does (shorter stems, a lookahead that stops at fewer characters) and runs twice as fast without
 * /u, whose case folding adds only "ſ" for s and the Kelvin sign for k: both are spelled out. Only the short scale
 * stems (trln, trn, tn, bln, bn, mln, mn, and a few more) keep the lookahead: a lookahead on every stem makes each try slower.
 */
const ANY_WORD = /illion|thou[sſ]and|la[k\u212A]h|crore|fold|time[sſ]|doubl|tripl|trebl|quadrupl|twice|hal[fv]|third|quarter|fifth|[tbm]r?l?n(?![a-z\d])/i;

const UNITLESS_NEXT = /^(?:\s*(?:[,.;:)\]”"'’—–-]|$)|\s+(?:of|in|this|last|next|a|an|from|to|and|or|worth|for|by|at|during|through|over|since|annually|per|while|when|but|on|the|was|is|were|are|would|will|had|has)\b)/iu;

function parseNumber(digits: string | undefined, word: string | undefined): number | null {
  const n = digits !== undefined ? Number(digits.includes(",") ? digits.replace(/,/g, "") : digits) : WORD_NUMBERS[(word ?? "").toLowerCase()];
  return n !== undefined && Number.isFinite(n) ? n : null;
}

/** The currency a word names, made a country's own by the country word before it ("Egyptian pounds", "Kenyan shillings"). */
function currencyOf(word: string, qualified: string | undefined): string | null {
  // "CFA francs", "Swiss francs": a currency named with its qualifier.
  const named = qualified ? WORD_CODE[`${qualified.toLowerCase()} ${word}`] : undefined;
  if (named) return named;
  const code = WORD_CODE[word];
  const only = QUALIFIED_ONLY[word];
  if (!code && !only) return null;
  const qualifier = qualified ? findCountries(qualified)[0]?.iso3 : undefined;
  if (!code) return (qualifier && only?.[qualifier]) || null;
  return (qualifier && QUALIFIED[code]?.[qualifier]) || code;
}

/** The unit written after a number: %, percent, tonnes, or a currency word ("euros", "Hong Kong dollars"). */
function unitAfter(rest: string): { unit: string | null; kind: FigureKind; length: number; openWord?: string; measure?: string } | null {
  const barrels = BARRELS.exec(rest);
  if (barrels) return { unit: null, kind: "barrels", length: barrels[0].length, measure: barrels[1]!.replace(/\s+/gu, " ") };
  const m = AFTER_UNIT.exec(rest);
  if (!m) return null;
  if (m[1] || m[2]) return { unit: "percent", kind: "percent", length: m[0].length };
  if (m[3]) return { unit: "tonnes", kind: "tonnes", length: m[0].length };
  let word = (m[5] ?? "").toLowerCase();
  let qualified = m[4];
  let length = m[0].length;
  // "16 billion U.S. Dlrs in 1986": the qualifier took the currency word and left "in"; give it back.
  const split = !WORD_CODE[word] && !QUALIFIED_ONLY[word] && qualified ? /^(.*?) ?([\p{L}]+)$/u.exec(qualified) : null;
  if (split && WORD_CODE[split[2]!.toLowerCase()]) {
    word = split[2]!.toLowerCase();
    qualified = split[1] || undefined;
    length = m[0].indexOf(m[4]!) + m[4]!.length;
  }
  const unit = currencyOf(word, qualified);
  if (unit) return { unit, kind: "money", length };
  return !qualified && QUALIFIED_ONLY[word] ? { unit: null, kind: "money", length, openWord: word } : null;
}

/** The symbols by their last character (none ends in a digit or a space). */
const SYMBOLS_BY_LAST = new Map<string, string[]>();
for (const s of SYMBOLS) SYMBOLS_BY_LAST.set(s.at(-1)!, [...(SYMBOLS_BY_LAST.get(s.at(-1)!) ?? []), s]);

/**
 * Where a SYMBOL_FIRST match can begin: its number starts a run of digits (no symbol ends in a digit), right after
 * the symbol or one space after it.
 */
function symbolStarts(text: string, runs: number[]): number[] {
  const out: number[] = [];
  for (const run of runs) {
    const end = text[run - 1] === " " ? run - 1 : run;
    for (const s of SYMBOLS_BY_LAST.get(text[end - 1]!) ?? []) if (end >= s.length && text.startsWith(s, end - s.length)) out.push(end - s.length);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The value without binary noise: 2.09 × 1e9 is 2090000000, not 2089999999.9999998. A whole number below 1e15 has
 * at most 15 digits, which toPrecision(15) keeps: it is its own value, without formatting and parsing it.
 */
function denoised(value: number): number {
  return Number.isInteger(value) && value > 0 && value < 1e15 ? value : Number(value.toPrecision(15));
}

/** Every figure in `text`, offsets shifted by `offset`, in text order, never overlapping. */
/** `dollar` is what a bare "$" means: USD unless the article named its dollar ("$4.2 billion (Australian)"). */
export function findFigures(text: string, offset = 0, dollar = "USD"): Figure[] {
  const found: Figure[] = [];
  const add = (start: number, end: number, kind: FigureKind, value: number, unit: string | null, implies: Figure["implies"] = null, named?: Pick<Figure, "declaresDollar" | "openWord" | "measure">) => {
    if (!(Number.isFinite(value) && value >= 0)) return;
    const figure: Figure = { start: offset + start, end: offset + end, kind, value: denoised(value), unit, implies };
    found.push(named ? Object.assign(figure, named) : figure);
  };

  // A pattern runs only where its necessary condition holds: most sentences hold no figure.
  const digit = DIGIT.test(text);
  const runs = digit ? digitRuns(text) : [];
  const anyWord = ANY_WORD.test(text);
  const has = (word: RegExp) => anyWord && word.test(text);
  for (const m of digit ? matchesAt(SYMBOL_FIRST, text, symbolStarts(text, runs)) : []) {
    const n = parseNumber(m[2], undefined);
    if (n === null) continue;
    const scaleWord = m[3] ?? m[4];
    if (!scaleWord && SCALE_ONLY.has(m[1]!)) continue;
    const scale = SCALES[(scaleWord ?? "").toLowerCase()] ?? 1;
    let end = m.index + m[0].length;
    if (m[1] === "$") {
      const named = DOLLAR_COUNTRY.exec(text.slice(end, end + 40));
      const country = named ? findCountries(named[1]!)[0]?.iso3 : undefined;
      const code = country ? QUALIFIED.USD?.[country] : undefined;
      if (code) {
        add(m.index, end + named![0].length, "money", n * scale, code, null, { declaresDollar: code });
        continue;
      }
    }
    // "$20 billion" is USD; "¥1.2 trillion yuan" names its own currency.
    const after = unitAfter(text.slice(end, end + 40));
    const yuan = m[1] === "¥" && after?.kind === "money" && after.unit !== null;
    const unit = yuan ? after.unit : m[1] === "$" ? dollar : (SYMBOL_CODE[m[1]!] ?? null);
    if (yuan) end += after.length;
    add(m.index, end, "money", n * scale, unit);
  }
  const numbers = has(SCALE_WORD) ? allMatches(NUMBER_FIRST, text) : digit ? matchesAt(DIGITS_FIRST, text, runs) : [];
  for (const m of numbers) {
    const { digits, word, scale: long, short } = m.groups!;
    const scaleWord = (long ?? short ?? "").toLowerCase();
    // A word number counts only with a written-out scale ("two billion"), never alone ("one of them", "a m").
    if (word && (!scaleWord || short)) continue;
    const end = m.index + m[0].length;
    // "a 2-million-tonne cargo" is a description, not an amount.
    if (text[end] === "-" && /-\p{L}+$/u.test(m[0])) continue;
    const whole = parseNumber(digits, word);
    if (whole === null) continue;
    // "half a billion dollars" is 0.5 billion.
    const half = word?.toLowerCase() === "a" ? /\bhalf\s+$/iu.exec(text.slice(Math.max(0, m.index - 6), m.index)) : null;
    const n = half ? whole / 2 : whole;
    const start = m.index - (half?.[0].length ?? 0);
    const scale = SCALES[scaleWord] ?? 1;
    const after = unitAfter(text.slice(end, end + 40));
    if (after) add(start, end + after.length, after.kind, n * scale, after.unit, null, after.openWord ? { openWord: after.openWord } : after.measure ? { measure: after.measure } : undefined);
    // "4.3 billion in 1985" is money in the sentence's currency; "2 million people" is not money.
    else if (scaleWord && UNITLESS_NEXT.test(text.slice(end, end + 12))) add(start, end, "money", n * scale, null);
  }
  for (const m of has(FOLD_WORD) ? allMatches(FOLD, text) : []) {
    const n = parseNumber(/\d/.test(m[1]!) ? m[1] : undefined, /\d/.test(m[1]!) ? undefined : m[1]);
    if (n !== null) add(m.index, m.index + m[0].length, "multiple", n, "multiple", "increase");
  }
  for (const m of has(TIMES_WORD) ? allMatches(TIMES, text) : []) {
    const n = parseNumber(/\d/.test(m[2]!) ? m[2] : undefined, /\d/.test(m[2]!) ? undefined : m[2]);
    const end = m.index + m[0].length;
    if (n !== null && n > 1) add(end - m[1]!.length, end, "multiple", n, "multiple", "increase");
  }
  for (const m of has(MULTIPLE_STEM) ? allMatches(MULTIPLE_VERB, text) : []) {
    const verb = m[2]!.toLowerCase();
    // Bare "double"/"triple" is a multiple only as a verb ("to more than triple"), not "double taxation".
    if (!m[1] && !verb.endsWith("d")) continue;
    const start = m.index + m[0].length - m[2]!.length;
    add(start, start + m[2]!.length, "multiple", MULTIPLE_VERBS[verb] ?? 0, "multiple", "increase");
  }
  for (const m of has(LEVEL_MULTIPLE_WORD) ? allMatches(LEVEL_MULTIPLE, text) : []) {
    const n = m[1] ? LEVEL_MULTIPLES[m[1].toLowerCase()] : parseNumber(/\d/.test(m[2]!) ? m[2] : undefined, /\d/.test(m[2]!) ? undefined : m[2]);
    const word = m[1] ?? `${m[2]} times`;
    if (n && n > 1) add(m.index, m.index + word.length, "multiple", n, "multiple", "increase");
  }
  // A fraction is a share of the whole: "fell by a third" is 33.3 percent (one decimal), "by two-thirds" 66.7.
  for (const m of has(FRACTION_WORD) ? allMatches(FRACTION, text) : []) {
    const parts = WORD_NUMBERS[(m[1] ?? "a").toLowerCase()] ?? 1;
    const start = m.index + (/\s/u.exec(m[0])?.index ?? 0) + 1;
    add(start, m.index + m[0].length, "percent", Number(((100 * parts) / FRACTIONS[m[2]!.toLowerCase()]!).toFixed(1)), "percent");
  }
  for (const m of has(HALVED_WORD) ? allMatches(HALVED, text) : []) add(m.index, m.index + m[0].length, "percent", 50, "percent", "decrease");

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Figure[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}
