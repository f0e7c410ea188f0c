// Dates and periods in news text, resolved against the article's anchor date.
// Each parser is one regex and a resolver; a refiner keeps the longest mention
// where two overlap ("January to May 2024" beats "May 2024"). Dates keep the
// precision the text gives, except whole calendar years used as periods, which
// span "YYYY-01".."YYYY-12" (exactly the year, and comparable by prefix). A
// fiscal year named without months ("2024-25", "FY25") keeps its years and is
// marked (`fiscal`): its months depend on whose fiscal year it is, which the
// caller decides (trade/fiscalCalendar.ts).
import { allMatches, matchesAt } from "./allMatches";
import type { Span } from "./context";

export interface DateMention extends Span {
  surface: string;
  /** First and last day/month/year covered, ISO 8601 with the text's precision. */
  from: string;
  to: string;
  /** True when the text itself names the year (not inferred from the anchor). */
  explicitYear: boolean;
  /** Relative expressions ("last year", "Thursday") need the anchor to mean anything. */
  relative: boolean;
  /** A fiscal year named without its months ("FY25", "2024-25"): `from`/`to` keep the years; fiscalMonths gives the months under a country's calendar. */
  fiscal?: FiscalName;
  /** The period runs from this date up to the anchor: "since January", "since 2020", "so far this year". */
  untilNow?: true;
}

/** A fiscal year as the text names it, or a part of one ("the first half of 2025-26"). */
export interface FiscalName {
  /** The year written: the first of a two-year name ("2024-25"), the only one of a single-year name ("FY25", "fiscal 2025"). */
  year: number;
  /** A two-year name starts in its first year; a single-year name's year is the start or the end year by the country's convention. */
  twoYear: boolean;
  /** The months covered, counted from the fiscal year's first month (1-12): the whole year is [1, 12], the first half [1, 6]. */
  part: [number, number];
  /** "last fiscal year", "the current financial year": the fiscal year holding this month (1-12) of `year`, whatever its name. */
  holds?: number;
}

/** A country's fiscal year: its first month, and which year a single-year name names. */
export interface FiscalCalendar {
  firstMonth: number;
  singleYear: "start" | "end";
}

export interface ResolveOptions {
  /** Prefer the coming occurrence for bare months and weekdays ("will visit in May"). */
  future?: boolean;
  /** The event has happened: a month-day without a year lies at most a week ahead ("spent two days in Doha from January 22"). */
  past?: boolean;
}

interface Anchor {
  y: number;
  m: number | null;
  d: number | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const ORDINALS = ["first", "second", "third", "fourth"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** A weekday before a day of a range ("from Tuesday 10 to Thursday 12 June", "June 10 to Thursday, June 12"). */
const WEEKDAY_BEFORE = String.raw`(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,? )?`;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
/** Words after which a bare month name is a date, not "May" the verb or a surname. */
const MONTH_CUES = /(?:^|[^\p{L}])(?:in|since|until|till|by|from|to|through|during|last|next|this|early|late|mid|of|for|before|after|between|and|or|on|until)[\s-]+$/iu;

const pad = (n: number) => String(n).padStart(2, "0");
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** The year and month `step` months after month `m` of year `y`. */
function shiftMonth(y: number, m: number, step: number): [number, number] {
  const index = y * 12 + (m - 1) + step;
  return [Math.floor(index / 12), (index % 12) + 1];
}
const monthOf = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const wholeYear = (y: number): [string, string] => [ym(y, 1), ym(y, 12)];
/** ", last year", " of this year" after a month: the year it names. */
const OF_YEAR = String.raw`(?:,? (?:of )?(last|this|next) year)?`;
const yearNamed = (word: string, a: Anchor) => a.y + ({ last: -1, this: 0, next: 1 }[word.toLowerCase() as "this"] ?? 0);

/** The first and last month of a named fiscal year (or part) under a country's calendar. */
export function fiscalMonths(f: FiscalName, cal: FiscalCalendar): [string, string] {
  const named = f.twoYear || cal.singleYear === "start" ? f.year : f.year - 1;
  const startYear = f.holds === undefined ? named : f.holds >= cal.firstMonth ? f.year : f.year - 1;
  const [y1, m1] = shiftMonth(startYear, cal.firstMonth, f.part[0] - 1);
  const [y2, m2] = shiftMonth(startYear, cal.firstMonth, f.part[1] - 1);
  return [ym(y1, m1), ym(y2, m2)];
}

/** The last anchor parsed: findDates runs sentence by sentence with one article's anchor. */
let lastAnchor: { text: string | null; parsed: Anchor | null } = { text: null, parsed: null };

function parseAnchor(anchor: string | null): Anchor | null {
  if (anchor !== lastAnchor.text) lastAnchor = { text: anchor, parsed: readAnchor(anchor) };
  return lastAnchor.parsed;
}

function readAnchor(anchor: string | null): Anchor | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(anchor ?? "");
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
function fromDayNumber(n: number): string {
  const date = new Date(n * 86_400_000);
  return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The year of a month (and day) given without one: the occurrence nearest the anchor. */
function yearFor(month: number, a: Anchor, opts: ResolveOptions, day?: number): number {
  if (a.m === null) {
    // Only the year is known: a past month late in the year most likely fell in the previous year.
    if (opts.future) return month >= 6 ? a.y : a.y + 1;
    return month <= 6 ? a.y : a.y - 1;
  }
  if (day !== undefined && a.d !== null) {
    // A full month-day: news looks back up to nine months and ahead about three (ten when planned).
    const diff = dayNumber(a.y, month, day) - dayNumber(a.y, a.m, a.d);
    const ahead = opts.future ? 300 : opts.past ? 7 : 90;
    return diff > ahead ? a.y - 1 : diff < ahead - 365 ? a.y + 1 : a.y;
  }
  if (opts.future) return month >= a.m ? a.y : a.y + 1;
  return month <= a.m ? a.y : a.y - 1;
}

/** A stretch of days, the later one not before the first; the year is the first day's (nearest the anchor when not written). */
function dayRange(m1: number, d1: number, m2: number, d2: number, year: string | undefined, a: Anchor | null, o: ResolveOptions): [string, string] | null {
  if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || m2 * 100 + d2 <= m1 * 100 + d1) return null;
  const y = year ? Number(year) : a ? yearFor(m1, a, o, d1) : null;
  return y === null ? null : [ymd(y, m1, d1), ymd(y, m2, d2)];
}

type Resolver = (m: RegExpExecArray, a: Anchor | null, opts: ResolveOptions) => [string, string] | null;
interface Parser {
  /** Cheap necessary conditions: the regex cannot match text that lacks any of these cues (see findDates). */
  needs: RegExp[];
  re: RegExp;
  /**
   * Every match begins at a month name or at the one word before it ("from", "between", "the", "last", "next"),
   * with only whitespace between: the regex is made sticky and tried at those places alone (monthLeads).
   */
  monthLed?: true;
  /** Static, or decided per match when the year is optional ("the first quarter (of 2025)"). */
  explicitYear: boolean | ((m: RegExpExecArray) => boolean);
  relative: boolean;
  resolve: Resolver;
  /** A fiscal year named without its months: what the caller needs to give it the months of a country's calendar. */
  fiscal?: (m: RegExpExecArray, a: Anchor | null) => FiscalName | undefined;
  /** Every match runs up to the anchor ("so far this year"). */
  untilNow?: true;
}

const single = (d: string): [string, string] => [d, d];

/** "FY", "fiscal", "fiscal year", "financial year" before a year. */
const FISCAL_BEFORE = String.raw`(?:FY ?|[Ff]iscal (?:[Yy]ear )?|[Ff]inancial [Yy]ear )`;
/** "fiscal year", "financial year", "budget year" after a year. */
const FISCAL_AFTER = String.raw`(?:fiscal|financial|budget) year`;
const WHOLE_YEAR: [number, number] = [1, 12];
/** The later year of a two-year name ("2024-25", "2024/2025"), or null when it is not the next one. */
function secondYear(first: number, written: string): number | null {
  const second = written.length === 2 ? Math.floor(first / 100) * 100 + Number(written) : Number(written);
  return second === first + 1 ? second : null;
}
/** "the 2025/26 marketing year", "the 2024-25 season", "crop year 2023/24": a year of crops or seasons, whose months differ from the fiscal year's. */
const OTHER_YEAR_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:year|season|campaign)\b/iu;
const OTHER_YEAR_BEFORE = /\b(?:marketing|crop|academic|school|sugar|harvest)\s+year\s+$|\bseason\s+$/iu;

// Cues: every match of a parser holds a match of each of its cues, far cheaper to look for than the parser itself;
// a text without one, mostly a sentence, is not scanned by that parser at all.
const DIGIT = /\d/;
const YEAR_DIGITS = /1[89]\d\d|20\d\d/;
/** Every MONTH alternative begins with one of these (case-sensitive, as the month patterns are). */
const MONTH_NAME = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
/** A range's second month, after any of the parsers' range words or dashes (tested from the month names: hasMonthRange). */
const MONTH_RANGE = /(?:to|through|until|and|-|–)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** A year and the digits after a range word or dash ("2023-24", "2010 to 2015"). */
const YEAR_RANGE = /(?:1[89]|20)\d\d\s*(?:-|–|\/|to|and)\s*\d\d/;
/** Held by every text that holds the "months", "quarter" and "year to" cues: a text without it skips their scans. */
const PERIOD_UNIT = /year|quarter|month|week/i;

const PARSERS: Parser[] = [
  // 2024-06-19, 2024/06/19
  { needs: [DIGIT], re: /\b(\d{4})([-/])(\d{2})\2(\d{2})\b/g, explicitYear: true, relative: false, resolve: (m) => single(`${m[1]}-${m[3]}-${m[4]}`) },
  // June 19, 2024 / June 19th 2024
  {
    needs: [YEAR_DIGITS, MONTH_NAME],
    re: new RegExp(String.raw`\b(${MONTH}) (\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}\b`, "g"),
    monthLed: true,
    explicitYear: true,
    relative: false,
    resolve: (m) => single(ymd(Number(m[3]), monthOf(m[1]!), Number(m[2]))),
  },
  // 19 June 2024, 24th of June 2024
  {
    needs: [YEAR_DIGITS, MONTH_NAME],
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH}),? ${YEAR}\b`, "g"),
    explicitYear: true,
    relative: false,
    resolve: (m) => single(ymd(Number(m[3]), monthOf(m[2]!), Number(m[1]))),
  },
  // March 3-5, from March 3 to 5(, 2024), May 28 to June 2, June 3 and 4: the first and last day
  {
    needs: [DIGIT, MONTH_NAME],
    re: new RegExp(String.raw`\b(${MONTH}) (\d{1,2})(?:st|nd|rd|th)? ?(?:-|–|to|until|through|and) ?${WEEKDAY_BEFORE}(?:(${MONTH}) )?(\d{1,2})(?:st|nd|rd|th)?\b(?!\.\d| ?%| ?(?:per|pct))(?:,? ${YEAR}\b)?`, "g"),
    monthLed: true,
    explicitYear: (m) => m[5] !== undefined,
    relative: true,
    resolve: (m, a, o) => dayRange(monthOf(m[1]!), Number(m[2]), m[3] ? monthOf(m[3]) : monthOf(m[1]!), Number(m[4]), m[5], a, o),
  },
  // 3-5 March, from 3 to 5 March 2023, 28 May to 2 June, 3 and 4 June, from Tuesday 10 to Thursday 12 June
  {
    needs: [DIGIT, MONTH_NAME],
    re: new RegExp(String.raw`(?<![\d.,])${WEEKDAY_BEFORE}(\d{1,2})(?:st|nd|rd|th)?(?: (${MONTH}))? ?(?:-|–|to|until|and) ?${WEEKDAY_BEFORE}(\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})\b(?:,? ${YEAR}\b)?`, "g"),
    explicitYear: (m) => m[5] !== undefined,
    relative: true,
    resolve: (m, a, o) => dayRange(m[2] ? monthOf(m[2]) : monthOf(m[4]!), Number(m[1]), monthOf(m[4]!), Number(m[3]), m[5], a, o),
  },
  // January to May 2024, from January through May 2024, January-May 2024, the April-June quarter of 2023
  {
    needs: [YEAR_DIGITS, MONTH_NAME, MONTH_RANGE],
    re: new RegExp(String.raw`\b(?:[Ff]rom |[Bb]etween )?(${MONTH}) ?(?:to|through|until|and|-|–) ?(${MONTH})(?: quarter| period)?,? (?:of |in )?${YEAR}\b`, "g"),
    monthLed: true,
    explicitYear: true,
    relative: false,
    resolve: (m) => [ym(Number(m[3]), monthOf(m[1]!)), ym(Number(m[3]), monthOf(m[2]!))],
  },
  // from January to May (year from the anchor), between April and June last year
  {
    needs: [MONTH_NAME, MONTH_RANGE, /from|between/i],
    re: new RegExp(String.raw`\b(?:[Ff]rom|[Bb]etween) (${MONTH}) ?(?:to|through|until|and|-|–) ?(${MONTH})\b${OF_YEAR}`, "g"),
    monthLed: true,
    explicitYear: false,
    relative: true,
    resolve: (m, a, o) => {
      if (!a) return null;
      const y = m[3] ? yearNamed(m[3], a) : yearFor(monthOf(m[2]!), a, o);
      const from = monthOf(m[1]!), to = monthOf(m[2]!);
      // "from October to March": the stretch crosses a year end, and the year found is its last month's.
      return [ym(to < from ? y - 1 : y, from), ym(y, to)];
    },
  },
  // in January and February, in October and November last year: two months in a row told together are one stretch
  {
    needs: [MONTH_NAME, /\band\b/],
    re: new RegExp(String.raw`\b[Ii]n (${MONTH}) and (${MONTH})\b${OF_YEAR}(?!,? respectively)`, "g"),
    monthLed: true,
    explicitYear: false,
    relative: true,
    resolve: (m, a, o) => {
      const from = monthOf(m[1]!), to = monthOf(m[2]!);
      if (!a || to !== (from % 12) + 1) return null;
      const y = m[3] ? yearNamed(m[3], a) : yearFor(to, a, o);
      return [ym(to < from ? y - 1 : y, from), ym(y, to)];
    },
  },
  // April 2022 to March 2023, from July 2023 through June 2024: a stretch across a year end
  {
    needs: [YEAR_DIGITS, MONTH_NAME, MONTH_RANGE],
    re: new RegExp(String.raw`\b(?:[Ff]rom |[Bb]etween )?(${MONTH}),? ${YEAR} ?(?:to|through|until|and|-|–) ?(${MONTH}),? ${YEAR}\b`, "g"),
    monthLed: true,
    explicitYear: true,
    relative: false,
    resolve: (m) => [ym(Number(m[2]), monthOf(m[1]!)), ym(Number(m[4]), monthOf(m[3]!))],
  },
  // September 2023
  {
    needs: [YEAR_DIGITS, MONTH_NAME],
    re: new RegExp(String.raw`\b(${MONTH}),? ${YEAR}\b`, "g"),
    monthLed: true,
    explicitYear: true,
    relative: false,
    resolve: (m) => single(ym(Number(m[2]), monthOf(m[1]!))),
  },
  // June 19 / Oct. 21 (year nearest the anchor)
  {
    needs: [DIGIT, MONTH_NAME],
    re: new RegExp(String.raw`\b(${MONTH}) (\d{1,2})(?:st|nd|rd|th)?\b(?!,? ?\d{3})`, "g"),
    monthLed: true,
    explicitYear: false,
    relative: true,
    resolve: (m, a, o) => {
      const month = monthOf(m[1]!), day = Number(m[2]);
      if (!a || day < 1 || day > 31) return null;
      return single(ymd(yearFor(month, a, o, day), month, day));
    },
  },
  // 19 June
  {
    needs: [DIGIT, MONTH_NAME],
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})\b(?!,? ?\d)`, "g"),
    explicitYear: false,
    relative: true,
    resolve: (m, a, o) => {
      const month = monthOf(m[2]!), day = Number(m[1]);
      if (!a || day < 1 || day > 31) return null;
      return single(ymd(yearFor(month, a, o, day), month, day));
    },
  },
  // the first five months of 2024, first 5 months (of this year / of the year), the first three quarters
  {
    needs: [/first/i],
    re: new RegExp(String.raw`\bfirst (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) (months|quarters)(?: (?:of|in) (?:${YEAR}|(this|last|the) year))?`, "gi"),
    explicitYear: (m) => m[3] !== undefined,
    relative: true,
    resolve: (m, a) => {
      const n = (NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])) * (m[2]!.toLowerCase() === "quarters" ? 3 : 1);
      // Without a year, as for quarters: a stretch that has not ended by the anchor's month is last year's.
      const back = m[4]?.toLowerCase() === "last" || (!m[3] && !m[4] && a?.m != null && n > a.m) ? 1 : 0;
      const y = m[3] ? Number(m[3]) : a ? a.y - back : null;
      return y === null || n < 1 || n > 12 ? null : [ym(y, 1), ym(y, n)];
    },
  },
  // the 12 months to June 2024, the year to March, six months ended September 30, the four quarters to the end of Q2 2024,
  // the year that ended in March
  {
    needs: [PERIOD_UNIT, /(?:year|quarters?|months)\s+(?:to|through|ending|ended|until|that|which)/i],
    re: new RegExp(String.raw`\b(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (months|quarters)|(half)[- ]year|quarter|year) (?:to|through|ending|ended|until|(?:that|which) ended) (?:in |on )?(?:the end of )?(?:(${MONTH})(?: \d{1,2}(?:st|nd|rd|th)?(?!\d))?|Q([1-4])|the (first|second|third|fourth) quarter)(?:,? (?:of )?${YEAR})?`, "gi"),
    explicitYear: (m) => m[7] !== undefined,
    relative: true,
    resolve: (m, a, o) => {
      const whole = /^quarter/iu.test(m[0]) ? 3 : m[3] ? 6 : 12;
      const count = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : whole;
      const n = m[2]?.toLowerCase() === "quarters" ? count * 3 : count;
      const quarter = m[5] ? Number(m[5]) : m[6] ? ORDINALS.indexOf(m[6].toLowerCase()) + 1 : 0;
      const month = quarter ? quarter * 3 : monthOf(m[4]!);
      const y = m[7] ? Number(m[7]) : a ? yearFor(month, a, o) : null;
      if (y === null || !(n >= 1 && n <= 24)) return null;
      const first = y * 12 + month - n; // the first month, counted from year 0, zero-based
      return [ym(Math.floor(first / 12), (first % 12) + 1), ym(y, month)];
    },
  },
  // the past 12 months, the last six months: up to the anchor's month
  {
    needs: [PERIOD_UNIT, /months/i],
    re: /\b(?:the )?(?:past|last|previous) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months\b/gi,
    explicitYear: false,
    relative: true,
    resolve: (m, a) => {
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      if (!a || a.m === null || !(n >= 1 && n <= 24)) return null;
      const first = a.y * 12 + a.m - n; // the first month, counted from year 0, zero-based
      return [ym(Math.floor(first / 12), (first % 12) + 1), ym(a.y, a.m)];
    },
  },
  // 2023's first quarter, the final quarter of 2023, the last half of 2022
  {
    needs: [YEAR_DIGITS, /half|quarter/i],
    re: new RegExp(String.raw`\b(?:${YEAR}['’]s (first|second|third|fourth|final|last)[ -](half|quarter)|the (final|last) (half|quarter) (?:of|in) ${YEAR})`, "gi"),
    explicitYear: true,
    relative: false,
    resolve: (m) => {
      const span = (m[3] ?? m[5])!.toLowerCase() === "half" ? 6 : 3;
      const word = (m[2] ?? m[4])!.toLowerCase();
      const ordinal = word === "final" || word === "last" ? 12 / span : ORDINALS.indexOf(word) + 1;
      const y = Number(m[1] ?? m[6]);
      return ordinal * span > 12 ? null : [ym(y, (ordinal - 1) * span + 1), ym(y, ordinal * span)];
    },
  },
  // the June quarter (of 2023): the three months ending in that month
  {
    needs: [MONTH_NAME, /quarter/i],
    re: new RegExp(String.raw`\bthe (${MONTH}) quarter(?:,? (?:of )?${YEAR})?`, "g"),
    monthLed: true,
    explicitYear: (m) => m[2] !== undefined,
    relative: true,
    resolve: (m, a, o) => {
      const last = monthOf(m[1]!);
      const y = m[2] ? Number(m[2]) : a ? yearFor(last, a, o) : null;
      if (y === null) return null;
      const first = y * 12 + last - 3; // the first month, counted from year 0, zero-based
      return [ym(Math.floor(first / 12), (first % 12) + 1), ym(y, last)];
    },
  },
  // so far this year, year to date, since the start of the year: January up to the anchor's month
  {
    needs: [/far|date|since/i],
    re: /\b(?:so far this year|this year so far|(?:year|yr)[- ]to[- ]date|since the (?:start|beginning) of (?:the|this) year)\b/gi,
    explicitYear: false,
    relative: true,
    resolve: (_m, a) => (a && a.m !== null ? [ym(a.y, 1), ym(a.y, a.m)] : null),
    untilNow: true,
  },
  // the past decade, the last five years: whole years up to the anchor's
  {
    needs: [/decade|years/i],
    re: /\b(?:the )?(?:past|last|previous) (?:(decade)|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (years|decades))\b/gi,
    explicitYear: false,
    relative: true,
    resolve: (m, a) => {
      const n = m[1] ? 10 : (NUMBER_WORDS[m[2]!.toLowerCase()] ?? Number(m[2])) * (m[3]!.toLowerCase() === "decades" ? 10 : 1);
      return a && n >= 1 && n <= 50 ? [String(a.y - n), String(a.y)] : null;
    },
  },
  // first half of 2024, H1 2024, the second quarter, first-quarter, Q3 2024, the fourth quarter of last year
  // (not "the second half of April": that is April's)
  {
    needs: [/half|quarter|[HQ][1-4]|[1-4][HQ]/],
    re: new RegExp(String.raw`\b(?:([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[ -](half|quarter)(?! of (?:${MONTH})\b)|([HQ])([1-4])(?![\p{L}\d])|([1-4])([HQ])(?![\p{L}\d]))(?:,? (?:of )?(?:${YEAR}|(this|last|the) year))?`, "gu"),
    explicitYear: (m) => m[7] !== undefined,
    relative: true,
    resolve: (m, a, o) => {
      const ordinal = m[1] ? ORDINALS.indexOf(m[1].toLowerCase()) + 1 : Number(m[4] ?? m[5]);
      const span = (m[2] ?? "") === "half" || m[3] === "H" || m[6] === "H" ? 6 : 3;
      if (ordinal * span > 12) return null;
      const first = (ordinal - 1) * span + 1;
      const y = m[7] ? Number(m[7]) : a ? a.y - (m[8] === "last" ? 1 : 0) : null;
      if (y === null) return null;
      // "the fourth quarter" told in May is last year's: a reported period has begun by the anchor.
      const back = !m[7] && !m[8] && a?.m != null && !o.future && first > a.m ? 1 : 0;
      return [ym(y - back, first), ym(y - back, ordinal * span)];
    },
  },
  // fiscal 2023, FY2024, FY 2024, FY24, fiscal year 2023, financial year 2023, the 2023 fiscal year (year precision:
  // which months a single-year name covers differs by country, see fiscalMonths)
  {
    needs: [DIGIT, /fy|fiscal|financial/i],
    re: new RegExp(String.raw`\b(?:${FISCAL_BEFORE}(?:${YEAR}|'?(\d{2}))(?![\d%]| ?[-–/] ?\d)|${YEAR} (?:fiscal|financial) year\b)`, "g"),
    explicitYear: true,
    relative: false,
    resolve: (m) => single(m[1] ?? m[3] ?? `20${m[2]}`),
    fiscal: (m) => ({ year: Number(m[1] ?? m[3] ?? `20${m[2]}`), twoYear: false, part: WHOLE_YEAR }),
  },
  // fiscal 2023-24, FY2022/23, financial year 2024-25, the 2025/26 financial year; with its end month written
  // ("fiscal year 2024/25, which ended in June") the text gives the months
  {
    needs: [YEAR_RANGE, /fy|fiscal|financial|budget/i],
    re: new RegExp(String.raw`\b(?:${FISCAL_BEFORE}${YEAR} ?[-–/] ?(\d{4}|\d{2})|${YEAR} ?[-–/] ?(\d{4}|\d{2}) ${FISCAL_AFTER})\b(?![\d%])(?:,? (?:which|that) (?:ends|ended|closes|closed) (?:in |on )?(${MONTH}))?`, "g"),
    explicitYear: true,
    relative: false,
    resolve: (m) => {
      const first = Number(m[1] ?? m[3]), second = secondYear(first, (m[2] ?? m[4])!);
      if (second === null) return null;
      const end = m[5] ? monthOf(m[5]) : 0;
      if (end === 12) return null;
      return end ? [ym(first, end + 1), ym(second, end)] : [String(first), String(second)];
    },
    fiscal: (m) => (m[5] ? undefined : { year: Number(m[1] ?? m[3]), twoYear: true, part: WHOLE_YEAR }),
  },
  // the first half of 2025-26, H1 FY26, the second quarter of fiscal 2025, Q3 FY2024-25, the first nine months of
  // fiscal 2025, the first half of the (current) fiscal year: a part of a fiscal year (year precision until a
  // country's calendar gives the months)
  {
    needs: [/(?:1[89]|20)\d\d|FY ?'?\d\d|fiscal|financial/i, /half|quarter|months|[HQ][1-4]/i],
    re: new RegExp(String.raw`\b(?:(?<ordinal>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[ -](?<unit>half|quarter)|(?<letter>[HQ])(?<digit>[1-4])|[Ff]irst (?<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months)(?: (?:of|in))?(?: the)? (?:(?<before>${FISCAL_BEFORE})?(?<year>1[89]\d\d|20\d\d)(?: ?(?<dash>[-–/]) ?(?<second>\d{4}|\d{2}))?(?<after> ${FISCAL_AFTER})?|FY ?'?(?<short>\d{2})|(?:(?<which>current|last|previous|this|next|coming) )?(?:fiscal|financial) year)\b(?![\d%])`, "g"),
    explicitYear: (m) => m.groups!.year !== undefined || m.groups!.short !== undefined,
    relative: true,
    resolve: (m, a) => {
      const f = fiscalPart(m, a);
      return f ? [String(f.year), String(f.twoYear ? f.year + 1 : f.year)] : null;
    },
    fiscal: (m, a) => fiscalPart(m, a) ?? undefined,
  },
  // April-February 2023-24, April-February of 2025-26, April-June FY2024-25, the April-September period of FY2025-26:
  // months of a fiscal year, the later ones in its second calendar year
  {
    needs: [YEAR_RANGE, MONTH_RANGE],
    re: new RegExp(String.raw`\b(${MONTH}) ?(?:-|–|to) ?(${MONTH})(?: period| quarter)?,? (?:of |in )?(?:the )?${FISCAL_BEFORE}?${YEAR} ?[-–/] ?(\d{4}|\d{2})\b(?![\d%])`, "g"),
    monthLed: true,
    explicitYear: true,
    relative: false,
    resolve: (m) => {
      const from = monthOf(m[1]!), to = monthOf(m[2]!), y = Number(m[3]);
      const second = m[4]!.length === 2 ? Math.floor(y / 100) * 100 + Number(m[4]) : Number(m[4]);
      if (second !== y + 1) return null;
      return [ym(y, from), ym(to < from ? second : y, to)];
    },
  },
  // 2025-26 (April-March), FY2024-25 (July-June), the 2024/25 marketing year (July to June), the 2024/25 season, which
  // runs from October to September: a fiscal, crop or season year whose months the text gives after it
  {
    needs: [YEAR_RANGE, MONTH_RANGE],
    re: new RegExp(String.raw`\b(?:FY ?)?${YEAR} ?[-–/] ?(\d{4}|\d{2})(?: (?:(?:marketing|crop|fiscal|financial|budget|harvest) year|season))?(?: \((${MONTH}) ?(?:-|–|to) ?(${MONTH})\)|,? (?:which|that) runs? from (${MONTH}) to (${MONTH}))`, "g"),
    explicitYear: true,
    relative: false,
    resolve: (m) => {
      const y = Number(m[1]), from = monthOf((m[3] ?? m[5])!), to = monthOf((m[4] ?? m[6])!);
      const second = m[2]!.length === 2 ? Math.floor(y / 100) * 100 + Number(m[2]) : Number(m[2]);
      return second === y + 1 && to < from ? [ym(y, from), ym(second, to)] : null;
    },
  },
  // January-March, January through May, Jan-May last year (year nearest the anchor): such a range needs no "from"
  {
    needs: [MONTH_NAME, MONTH_RANGE],
    re: new RegExp(String.raw`\b(${MONTH}) ?(?:-|–| through | to ) ?(${MONTH})\b${OF_YEAR}`, "g"),
    monthLed: true,
    explicitYear: false,
    relative: true,
    resolve: (m, a, o) => {
      if (!a) return null;
      const from = monthOf(m[1]!), to = monthOf(m[2]!);
      if (to < from) return null;
      const y = m[3] ? yearNamed(m[3], a) : yearFor(to, a, o);
      return [ym(y, from), ym(y, to)];
    },
  },
  // 2001-02, 2010-2015, between 2010 and 2015: fiscal or multi-year ranges (year precision; "2024-25" and "2024/25" may
  // be a fiscal year, "2010-2015" and "between 2010 and 2015" span calendar years)
  {
    needs: [YEAR_RANGE],
    re: new RegExp(String.raw`(?<![\d$.,])(between )?${YEAR} ?(-|–|/|to|and) ?(\d{4}|\d{2})\b(?![\d%])`, "g"),
    explicitYear: true,
    relative: false,
    resolve: (m) => {
      if (m[3] === "and" && !m[1]) return null; // "except 1972 and 1977" names two years, not a range
      const start = Number(m[2]);
      const end = m[4]!.length === 2 ? Math.floor(start / 100) * 100 + Number(m[4]) : Number(m[4]);
      return end > start && end - start <= 50 ? [String(start), String(end)] : null;
    },
    fiscal: (m) => (bareFiscalYear(m) ? { year: Number(m[2]), twoYear: true, part: WHOLE_YEAR } : undefined),
  },
  // in 2023 (not 2,023, $2023, 2023s or 1950's)
  {
    needs: [YEAR_DIGITS],
    re: new RegExp(String.raw`(?<![\d$€£¥.,]|\d-)${YEAR}(?![\d%]|'?s\b|,\d)`, "g"),
    explicitYear: true,
    relative: false,
    resolve: (m) => wholeYear(Number(m[1])),
  },
  // last year, this month, next week, the previous year, a year earlier, the year before, the current fiscal year
  {
    needs: [PERIOD_UNIT],
    re: /\b(last|this|next|past|previous|coming|current|the previous|the past|the prior|the current|prior) (?:(fiscal|financial) )?(year|quarter|month|week)\b|\b(?:a|the) (year|month) (?:ago|earlier|before)\b/gi,
    explicitYear: false,
    relative: true,
    resolve: (m, a) => {
      if (!a) return null;
      const unit = (m[3] ?? m[4]!).toLowerCase();
      const step = relativeStep(m[1]);
      if (unit === "year") return wholeYear(a.y + step);
      if (a.m === null) return null;
      if (unit === "month") return single(ym(...shiftMonth(a.y, a.m, step)));
      if (unit === "quarter") {
        const q = a.y * 4 + Math.floor((a.m - 1) / 3) + step; // quarters since year 0, zero-based
        const y = Math.floor(q / 4), first = (q % 4) * 3 + 1;
        return [ym(y, first), ym(y, first + 2)];
      }
      // A week is dated to its month: the text rarely pins the days.
      if (a.d === null) return step === 0 ? single(ym(a.y, a.m)) : null;
      return single(fromDayNumber(dayNumber(a.y, a.m, a.d) + 7 * step).slice(0, 7));
    },
    // "last fiscal year": the fiscal year before the one holding the anchor's month.
    fiscal: (m, a) => (m[2] && a?.m != null ? { year: a.y + relativeStep(m[1]), twoYear: false, part: WHOLE_YEAR, holds: a.m } : undefined),
  },
  // today, yesterday, tomorrow; this morning, this afternoon, this evening, tonight (the anchor's day)
  {
    needs: [/today|yesterday|tomorrow|tonight|morning|afternoon|evening/i],
    re: /\b(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b/gi,
    explicitYear: false,
    relative: true,
    resolve: (m, a) => {
      if (!a || a.m === null || a.d === null) return null;
      const word = m[1]!.toLowerCase();
      const step = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
      return single(fromDayNumber(dayNumber(a.y, a.m, a.d) + step));
    },
  },
  // on the 21st, on the 3rd: a day of the anchor's month (of the next one when planned and already past, of the last
  // one when it has happened and is over a week ahead)
  {
    needs: [/\d(?:st|nd|rd|th)\b/],
    re: new RegExp(String.raw`\b(?:on|by|until|from) the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:${MONTH})\b| (?:century|anniversary|time|round|floor|day|week|month|year|edition|summit|meeting|session))`, "g"),
    explicitYear: false,
    relative: true,
    resolve: (m, a, o) => {
      if (!a || a.m === null || a.d === null) return null;
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      const step = o.future && day < a.d ? 1 : o.past && day > a.d + 7 ? -1 : 0;
      const [y, month] = shiftMonth(a.y, a.m, step);
      return day > new Date(Date.UTC(y, month, 0)).getUTCDate() ? null : single(ymd(y, month, day));
    },
  },
  // over the weekend, at the weekend, last weekend, this weekend: dated to the month, as a week is
  {
    needs: [/weekend/i],
    re: /\b(?:over|at|during|on) the weekend\b|\b(last|this|next) weekend\b/gi,
    explicitYear: false,
    relative: true,
    resolve: (m, a, o) => {
      if (!a || a.m === null || a.d === null) return null;
      const ahead = m[1]?.toLowerCase() === "next" || (o.future && m[1]?.toLowerCase() !== "last");
      return single(fromDayNumber(dayNumber(a.y, a.m, a.d) + (ahead ? 3 : -3)).slice(0, 7));
    },
  },
  // Thursday, last Thursday: the anchor's week ("Monday, June 24" is the date it names)
  {
    needs: [/(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/],
    re: new RegExp(String.raw`\b(?:(last|next|this) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!,? \(?(?:${MONTH} \d|\d{1,2}(?:st|nd|rd|th)? ${MONTH}))`, "g"),
    explicitYear: false,
    relative: true,
    resolve: (m, a, o) => {
      if (!a || a.m === null || a.d === null) return null;
      const today = dayNumber(a.y, a.m, a.d);
      const weekday = (new Date(today * 86_400_000).getUTCDay() + 7) % 7;
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const back = (weekday - target + 7) % 7;
      const forward = (target - weekday + 7) % 7;
      const future = m[1] === "next" || (o.future && m[1] !== "last");
      return single(fromDayNumber(future ? today + forward : today - (m[1] === "last" && back === 0 ? 7 : back)));
    },
  },
  // in May, last February, early September (year nearest the anchor), in May last year
  {
    needs: [MONTH_NAME],
    re: new RegExp(String.raw`\b(?:(last|next) )?(${MONTH})\b${OF_YEAR}`, "g"),
    monthLed: true,
    explicitYear: false,
    relative: true,
    resolve: (m, a, o) => {
      if (!a) return null;
      const month = monthOf(m[2]!);
      if (m[3]) return single(ym(yearNamed(m[3], a), month));
      const future = m[1] === "next" || (o.future && m[1] !== "last");
      return single(ym(yearFor(month, a, { future }), month));
    },
  },
];

/** "next year" +1, "this"/"current year" 0, "last"/"previous year", "a year ago" (no word) -1. */
function relativeStep(word: string | undefined): number {
  const which = (word ?? "last").toLowerCase().replace(/^the /, "");
  return which === "this" || which === "current" ? 0 : which === "next" || which === "coming" ? 1 : -1;
}

/** The fiscal year (or part) a fiscal-part match names, or null when it names a calendar year ("the first half of 2025"). */
function fiscalPart(m: RegExpExecArray, a: Anchor | null): FiscalName | null {
  const g = m.groups!;
  const ordinal = g.ordinal ? ORDINALS.indexOf(g.ordinal.toLowerCase()) + 1 : Number(g.digit ?? 1);
  const months = g.count ? (NUMBER_WORDS[g.count.toLowerCase()] ?? Number(g.count)) : g.unit === "half" || g.letter === "H" ? 6 : 3;
  const last = g.count ? months : ordinal * months;
  if (last < 1 || last > 12) return null;
  const part: [number, number] = [last - months + 1, last];
  // "the (current) fiscal year", no year written: the one holding the anchor's month ("last fiscal year": the one before).
  if (g.year === undefined && g.short === undefined) return a?.m == null ? null : { year: a.y + relativeStep(g.which ?? "this"), twoYear: false, part, holds: a.m };
  const year = g.short ? 2000 + Number(g.short) : Number(g.year);
  const named = g.before !== undefined || g.after !== undefined || g.short !== undefined;
  if (g.second !== undefined && secondYear(year, g.second) === null) return null;
  // A bare two-year name is a fiscal year as "2024-25" or "2024/25"; "2024-2025" spans two calendar years.
  const twoYear = g.second !== undefined && (named || g.second.length === 2 || g.dash === "/");
  return named || twoYear ? { year, twoYear, part } : null;
}

/** "2024-25", "2024/25", "2024/2025": a two-year name that may be a fiscal year (not "between 2024 and 2025", "2024-2025", nor a crop year). */
function bareFiscalYear(m: RegExpExecArray): boolean {
  const [, between, first, sep, second] = m;
  if (between || !/^[-–/]$/u.test(sep!) || (second!.length === 4 && sep !== "/")) return false;
  const y = Number(first);
  if (secondYear(y, second!) === null) return false;
  const end = m.index + m[0].length;
  return !OTHER_YEAR_AFTER.test(m.input.slice(end, end + 40)) && !OTHER_YEAR_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index));
}

/** "since 2020", "since March", "since the start of 2023": the period runs from that date up to the anchor. */
const SINCE = /\bsince\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?$/iu;

/** Marks a date after "since" as running until now, and stretches it to the anchor at the anchor's full precision. */
function sinceToAnchor(d: DateMention, before: string, a: Anchor | null): DateMention {
  if (!SINCE.test(before)) return d;
  if (!a) return { ...d, untilNow: true };
  const anchor = a.m === null ? String(a.y) : a.d === null ? ym(a.y, a.m) : ymd(a.y, a.m, a.d);
  return { ...d, untilNow: true, to: anchor > d.to ? anchor : d.to };
}

/** Wire copy wraps lines and doubles spaces: a space in a pattern matches any run of whitespace. */
function spaced(re: RegExp, extraFlags: string): RegExp {
  return new RegExp(re.source.replace(/ \?/g, "\\s*").replace(/ /g, "\\s+"), re.flags + extraFlags);
}
for (const parser of PARSERS) parser.re = spaced(parser.re, parser.monthLed ? "y" : "");

const MONTH_NAMES = new RegExp(MONTH_NAME.source, "g");
const SPACE = /\s/;
const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const RANGE_WORDS = ["to", "through", "until", "and", "-", "–"];

/** Where the month names of a text begin: MONTH_NAME matches never overlap, so one scan finds them all. */
function monthNamesIn(text: string): number[] {
  return allMatches(MONTH_NAMES, text).map((m) => m.index);
}

/** Where the non-whitespace before `at` ends (the patterns' \s). */
function spaceBefore(text: string, at: number): number {
  while (at > 0 && SPACE.test(text[at - 1]!)) at--;
  return at;
}

/** MONTH_RANGE, read from the month names: a range word or dash, then only whitespace, right before one. */
function hasMonthRange(text: string, months: number[]): boolean {
  return months.some((at) => {
    const end = spaceBefore(text, at);
    return RANGE_WORDS.some((w) => text.endsWith(w, end));
  });
}

/** Whether `text` holds `cue`; the month cues come from the text's month names, found once. */
function hasCue(text: string, cue: RegExp, months: () => number[]): boolean {
  if (cue === MONTH_NAME) return months().length > 0;
  if (cue === MONTH_RANGE) return hasMonthRange(text, months());
  return cue.test(text);
}

/**
 * Where a month-led match can begin: at each month name (every MONTH begins with a MONTH_NAME), and, when whitespace
 * comes before it, at the start of the run of letters before that: a lead word ("from") starts at a word boundary,
 * so no letter precedes it.
 */
function monthLeads(text: string, months: number[]): number[] {
  const out: number[] = [];
  for (const at of months) {
    const wordEnd = spaceBefore(text, at);
    let wordStart = wordEnd;
    while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart < wordEnd && wordEnd < at) out.push(wordStart);
    out.push(at);
  }
  // A word before a month may start before the previous month ("JanFeb Mar"): keep the places in text order.
  return out.sort((x, y) => x - y);
}

/** The parsers' distinct cues, numbered, and each parser's cues by number. */
const CUES = [...new Set(PARSERS.flatMap((p) => p.needs))];
const NEEDS = PARSERS.map((p) => p.needs.map((cue) => CUES.indexOf(cue)));

/** A bare month name is a date only after a cue word ("in May", not "Theresa May"). */
function plausible(text: string, parser: Parser, m: RegExpExecArray): boolean {
  if (parser !== PARSERS[PARSERS.length - 1] || m[1]) return true;
  return MONTH_CUES.test(text.slice(Math.max(0, m.index - 12), m.index));
}

/** Every date or period in `text`, resolved against `anchor`; overlaps keep the longest. */
export function findDates(text: string, anchor: string | null, offset = 0, opts: ResolveOptions = {}): DateMention[] {
  const a = parseAnchor(anchor);
  const all: DateMention[] = [];
  // Several parsers share a cue: test each at most once per text.
  const found: (boolean | undefined)[] = new Array(CUES.length);
  let months: number[] | undefined;
  const monthsOf = () => (months ??= monthNamesIn(text));
  const present = (cue: number): boolean => (found[cue] ??= hasCue(text, CUES[cue]!, monthsOf));
  let leads: number[] | undefined;
  PARSERS.forEach((parser, k) => {
    // A parser whose mentions never name their year resolves nothing without an anchor (anchorDateOf's own calls).
    if (!a && parser.explicitYear === false) return;
    if (!NEEDS[k]!.every(present)) return;
    const matches = parser.monthLed ? matchesAt(parser.re, text, (leads ??= monthLeads(text, monthsOf()))) : allMatches(parser.re, text);
    for (const m of matches) {
      if (!plausible(text, parser, m)) continue;
      const range = parser.resolve(m, a, opts);
      if (!range) continue;
      const start = m.index, end = m.index + m[0].length;
      const explicitYear = typeof parser.explicitYear === "function" ? parser.explicitYear(m) : parser.explicitYear;
      const fiscal = parser.fiscal?.(m, a);
      const mention: DateMention = { start: offset + start, end: offset + end, surface: m[0], from: range[0], to: range[1], explicitYear, relative: parser.relative && !explicitYear, ...(fiscal && { fiscal }), ...(parser.untilNow && { untilNow: true }) };
      all.push(sinceToAnchor(mention, text.slice(Math.max(0, start - 30), start), a));
    }
  });
  all.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const kept: DateMention[] = [];
  for (const d of all) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

/** An agency credit after a dateline's date: "LIMA, May 4 (Andean Wire) -". */
const AGENCY = String.raw`(?:[ \t]*\([A-Za-z .&/-]{2,30}\))?`;

/** Agency credits a dateline's date may carry: "(Kyodo)", "/TASS/", ", GNA". */
const ANY_AGENCY = String.raw`(?:[ \t]*\([A-Za-z .&/-]{2,30}\)|[ \t]*\/[A-Za-z .&-]{2,30}\/|,[ \t]*[A-Z]{2,10})?`;
/** "PEKING, March 3 -", "Accra, Sept. 18, GNA –", "BELGRADE, October 8. /TASS/.": a wire dateline gives month and day, rarely the year. */
const DATELINE = new RegExp(String.raw`^[ \t]*[A-Z][\p{L} .'-]{1,40}, (${MONTH}) (\d{1,2})(?:, ${YEAR})?\.?${ANY_AGENCY} ?[-–—.]`, "mu");
/** A press release's opening: "Abuja, Thursday, 5 November 2026 - The Minister …": the day it was issued. */
const RELEASE_LINE = new RegExp(String.raw`^[ \t]*[A-Z][\p{L} .'-]{1,40},(?: (?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,)? (\d{1,2}) (${MONTH}),? ${YEAR} ?[-–—]`, "mu");
const DATELINE_TAIL = new RegExp(String.raw`^${AGENCY}\s*[-–—]`);

const DATELINE_REACH = 200;

/** True for the date of a wire dateline ("SEOUL, April 27 -"): when the story was filed, not what it is about. */
export function isDateline(text: string, d: Span): boolean {
  // A dateline's place is short: look back a bounded stretch, not to the previous newline of a huge text.
  const reach = Math.max(0, d.start - DATELINE_REACH);
  const newline = text.slice(reach, d.start).lastIndexOf("\n");
  if (newline < 0 && reach > 0) return false;
  const lineStart = reach + newline + 1;
  return /^[ \t]*[A-Z][A-Z .'-]{1,40},\s*$/.test(text.slice(lineStart, d.start)) && DATELINE_TAIL.test(text.slice(d.end, d.end + 40));
}

/** Years in a forward-looking frame ("by 2030", "until 2025") say nothing about when the text was written. */
const FORWARD_YEAR = /\b(?:by|until|till|to|through|before|target|goal|plan|plans|vision|2\d\d\d-)\s*$/i;

/** "for the 2026 Japan-Australia Dialogue": a year naming an event is no past year the text looks back on. */
const namesEvent = (text: string, d: Span) => /\bthe\s+$/iu.test(text.slice(Math.max(0, d.start - 5), d.start)) && /^\s+\p{Lu}/u.test(text.slice(d.end, d.end + 3));

/** A header lies before the body: a few short lines ("Published May 3, 2024", "By X | 3 May 2024"). */
const HEADER_LINES = 8;
const HEADER_LINE_MAX = 100;

/** A numeric day on a header line: "18/02/2025 15:42 GMT", "14.05.2025 - Update". */
const NUMERIC_DAY = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\d./])/u;

/**
 * "18/02/2025", "14.05.2025": day first with dots, or when the first number cannot be a month; with slashes and both
 * numbers 12 or less, US and European orders disagree, so no date.
 */
function numericDay(line: string): string | null {
  const m = NUMERIC_DAY.exec(line);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const [day, month] = m[2] === "." || a > 12 ? [a, b] : b > 12 ? [b, a] : [0, 0];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? ymd(y, month, day) : null;
}

/** "20 NOV 2025", "NOV 18, 2026": capitals read as a month name is written (same length, so offsets hold). */
const titleCase = (line: string) => line.replace(/\b([A-Z])([A-Z]{2,8})\b/gu, (_m, first: string, rest: string) => first + rest.toLowerCase());

/** The day-precision date on a short header line: the byline or "Posted"/"Updated" line dates the article. */
function headerDate(text: string): string | null {
  let offset = 0;
  let lines = 0;
  for (const line of text.split("\n", 3 * HEADER_LINES)) {
    if (line.trim() && ++lines > HEADER_LINES) break; // blank lines between header lines do not count
    // A line ending in a full stop is body text, whose dates are what the story is about; a day with its year has digits.
    if (line.length <= HEADER_LINE_MAX && DIGIT.test(line) && !/[.!?]["”’]?\s*$/.test(line)) {
      const day = findDates(titleCase(line), null, offset).find((d) => d.explicitYear && d.from.length === 10)?.from ?? numericDay(line);
      if (day) return day;
    }
    offset += line.length + 1;
  }
  return null;
}

/**
 * The date relative expressions hang on: the publication date if known, else
 * the latest explicit date in the text. A dateline month-day takes the first
 * year that is not earlier than the text's own dates; when the text names only
 * bare years, the article is taken to be written the year after the latest
 * past one (news says "this year" for the current year, "in 2014" for a past one).
 */
export function anchorDateOf(text: string, published: string | null): string | null {
  if (published) return published;
  const header = headerDate(text);
  if (header) return header;
  const head = text.slice(0, 2000);
  const release = RELEASE_LINE.exec(head);
  if (release) return ymd(Number(release[3]), monthOf(release[2]!), Number(release[1]));
  const explicit = findDates(text, null).filter((d) => d.explicitYear);
  // A day or month, or the last month of a stretch of months ("the first half of 2023"): the text was written after it.
  const wholeYear = (d: DateMention) => d.from.endsWith("-01") && d.to.endsWith("-12") && d.from.slice(0, 4) === d.to.slice(0, 4) && d.from.length === 7;
  const dated = explicit
    .filter((d) => d.to.length > 4 && !wholeYear(d) && (d.to.length === 10 || !FORWARD_YEAR.test(text.slice(Math.max(0, d.start - 12), d.start))))
    .map((d) => d.to);
  const latestDated = dated.sort().at(-1) ?? null;
  const pastYears = explicit
    .filter((d) => d.from.length === 7 && d.to.endsWith("-12") && d.from.slice(0, 4) === d.to.slice(0, 4))
    .filter((d) => !FORWARD_YEAR.test(text.slice(Math.max(0, d.start - 12), d.start)) && !namesEvent(text, d))
    .map((d) => Number(d.from.slice(0, 4)));
  // reduce, not Math.max(...): a spread of a huge list overflows the stack.
  const latestYear = pastYears.length ? pastYears.reduce((a, b) => Math.max(a, b)) : null;

  const dateline = DATELINE.exec(head);
  if (dateline) {
    const month = monthOf(dateline[1]!), day = Number(dateline[2]);
    if (dateline[3]) return ymd(Number(dateline[3]), month, day);
    let year = latestYear !== null ? latestYear + 1 : latestDated ? Number(latestDated.slice(0, 4)) : null;
    if (year === null) return null;
    if (latestDated && year < Number(latestDated.slice(0, 4))) year = Number(latestDated.slice(0, 4));
    if (latestDated && ymd(year, month, day) < latestDated) year++;
    return ymd(year, month, day);
  }
  if (latestDated && (latestYear === null || Number(latestDated.slice(0, 4)) >= latestYear)) return latestDated;
  return latestYear !== null ? String(latestYear + 1) : null;
}
