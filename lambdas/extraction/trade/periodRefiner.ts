// The period each figure covers. A date right after the figure wins ("$71bn in
// 2014"), then one before it in the same stretch ("in 2023, trade rose 6-fold"),
// then one later in the same clause ("fell 8 pct to 620 mln dlrs in January").
// Dates inside a baseline ("compared to the same weeks in 2022") are not
// periods. When a sentence lists as many dates as figures, all dates first
// ("the 1986 and 1985 deficits at 2.09 billion and 1.722 billion"), they pair up
// in order. A date that only makes sense against another figure's period
// ("from $1.9 billion a year earlier", "in the same months of 1986") is read
// against it. A figure with no date of its own takes `carried`, the period the
// caller brings from the sentences before.
import type { Span } from "../context";
import type { DateMention, FiscalName } from "../dates";

export interface Period {
  start: string;
  end: string;
  explicit: boolean;
  /** Read against another figure's period ("a year earlier") or carried from an earlier sentence: not one to pass on. */
  derived: boolean;
  /** A fiscal year named without its months ("FY25"): the record's country calendar gives them (fiscalCalendar.ts). */
  fiscal?: FiscalName;
}

const toPeriod = (d: DateMention): Period => ({ start: d.from, end: d.to, explicit: d.explicitYear, derived: false, ...(d.fiscal && { fiscal: d.fiscal }) });
/** A clause break between a figure and a later date: the date belongs to another statement. */
const CLAUSE_BREAK = /[;:]|,\s*(?:while|whereas|but|and|although|as|with)\b|\b(?:while|whereas|but)\b|,\s*\p{Ll}+\s+(?:said|says|showed|shows)\b/u;
/** "8.2 pct to 620 mln dlrs", "25 percent year-on-year to $203 billion": the next figure is the level this change reached. */
const TO_NEXT = /^[^,;.]{0,40}\bto\s+$/iu;
/** "a year earlier", "the previous year": one year before a sibling figure's period. */
const YEAR_BEFORE = /^(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+(?:(?:fiscal|financial)\s+)?year)$/iu;
/** "the same months of 1986", "the same nine months of 1986": a sibling figure's months in another year. */
const SAME_MONTHS = /\bsame\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:period|months?|weeks?|quarter|half|time)\s+(?:(?:of|in)\s+)?$/iu;

/** "1.2 trillion yuan ($165 billion)", "98 billion dirhams — about $26.7 billion —": the bracketed figure restates the one before it. */
const BRACKETED = /^\s*[(—–]\s*(?:(?:about|around|nearly|some|roughly|approximately|almost|over)\s+)?$/iu;

const inside = (d: Span, b: Span) => d.start >= b.start && d.end <= b.end;
/** "up from $26 billion": the starting point of a change told by an earlier figure, from another time. */
const FROM_LEVEL = /\bfrom\s+(?:(?:about|around|nearly|some|just|only|roughly|an\s+estimated)\s+)*$/iu;

/** Words that tie a year-less date to the anchor itself ("last quarter", "this month"), not to a year the sentence names. */
const ANCHORED = /\b(?:last|this|next|previous|past|coming|prior|ago|earlier|year|month|week|today|yesterday|tomorrow)\b/iu;
const isWholeYear = (d: DateMention) => d.explicitYear && /^\d{4}-01$/.test(d.from) && d.to === `${d.from.slice(0, 4)}-12`;

/** Only "in" or "for" between a figure and a date: the date is that figure's ("$5 billion in 2023"). */
const DATES_FIGURE = /^\s*(?:(?:in|for|during)\s+)?$/iu;

/**
 * "In 2022, exports rose 5 percent in the third quarter", "5 percent in the first quarter of 2023 and 4 percent in
 * the second quarter": a year-less part of a year is of the one year the sentence names, by a part of that year or
 * by the whole year as its frame, not as another figure's date ("$5 billion in 2023, and 3 percent in January-May").
 */
function withinNamedYear(text: string, figures: Span[], dates: DateMention[], baselines: Span[]): DateMention[] {
  const frames = dates.filter((d) => d.explicitYear && d.from.slice(0, 4) === d.to.slice(0, 4) && !baselines.some((b) => inside(d, b)) &&
    !(isWholeYear(d) && figures.some((f) => f.end <= d.start && DATES_FIGURE.test(text.slice(f.end, d.start)))));
  const years = new Set(frames.map((d) => d.from.slice(0, 4)));
  if (years.size !== 1) return dates;
  const [year] = years as unknown as [string];
  return dates.map((d) => {
    const partOfYear = d.relative && d.from.length === 7 && d.to.length === 7 && d.from.slice(0, 4) === d.to.slice(0, 4) && !ANCHORED.test(d.surface);
    return partOfYear ? { ...d, from: year + d.from.slice(4), to: year + d.to.slice(4), explicitYear: true, relative: false } : d;
  });
}

const GLOSS_OPEN = /^\s*\(\s*$/u;
const APPOSITION = /^\s*,\s*$/u;
/** Where an appositive gloss ends: the clause or sentence does too. */
const CLAUSE_END = /^\s*(?:[.,;:)]|$)/u;

/**
 * "fiscal 2022 (April 2022 to March 2023)", "the first half of the fiscal year, July to December 2025": a bracketed
 * date, or months set off by a comma after a fiscal year, spell out the date before them.
 */
function glosses(text: string, d: DateMention, next: DateMention): boolean {
  const between = text.slice(d.end, next.start), after = text.slice(next.end, next.end + 3);
  if (GLOSS_OPEN.test(between)) return /^\s*\)/u.test(after);
  return d.fiscal !== undefined && APPOSITION.test(between) && next.from.length >= 7 && !next.fiscal && CLAUSE_END.test(after);
}

/** A glossed date gives way to its gloss, which takes its place. */
function withGlosses(text: string, dates: DateMention[]): DateMention[] {
  return dates.flatMap((d, k) => {
    const next = dates[k + 1];
    if (next && glosses(text, d, next)) return [];
    const prev = dates[k - 1];
    return prev && glosses(text, prev, d) ? [{ ...d, start: prev.start }] : [d];
  });
}

/** "helped by a 2024 deal", "under the 2019 agreement": a year naming an event, which dates no figure. */
const EVENT_BEFORE = /\b(?:a|an|the|its|their)\s+$/iu;
const EVENT_AFTER = /^\s+(?!(?:fiscal|financial|budget|calendar|crop|marketing|season|year|quarter|half|period|level|figure|figures|total|average|months?|and|or|to|through|until|till|versus|vs|than|in|on|at|for|of|by|from|with|when|as|was|were|is|are)\b)\p{Ll}/u;
const namesEvent = (text: string, d: DateMention) => isWholeYear(d) && /^\d{4}$/u.test(d.surface) && EVENT_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)) && EVENT_AFTER.test(text.slice(d.end, d.end + 20));

/** One period (or null) per figure, in the figures' order. */
export function periodsFor(text: string, figures: Span[], found: DateMention[], baselines: Span[], carried: Period | null = null): (Period | null)[] {
  const dates = withinNamedYear(text, figures, withGlosses(text, found), baselines);
  const usable = dates.filter((d) => !baselines.some((b) => inside(d, b)) && !namesEvent(text, d));
  const first = figures[0], last = figures[figures.length - 1];
  if (first && last && figures.length > 1 && usable.length === figures.length && usable.every((d) => d.end <= first.start)) {
    return usable.map(toPeriod);
  }
  const startingPoint = figures.map((fig, k) => k > 0 && FROM_LEVEL.test(text.slice(figures[k - 1]!.end, fig.start)));
  const chosen = figures.map((fig, k) => {
    // "compared with $11 billion a year earlier": a figure inside a baseline is dated by it.
    const own = baselines.find((b) => inside(fig, b));
    const dated = own ? dates.find((d) => d.start >= fig.end && inside(d, own)) : undefined;
    if (dated) return dated;
    const restated = figures[k + 1] && BRACKETED.test(text.slice(fig.end, figures[k + 1]!.start));
    const nextFigure = (restated ? figures[k + 2]?.start : figures[k + 1]?.start) ?? Infinity;
    const prevFigure = figures[k - 1]?.end ?? -Infinity;
    const after = usable.find((d) => d.start >= fig.end && d.start < nextFigure);
    if (after) return after;
    // Undated, it is not the period of the figure before it (nor of the text around).
    if (startingPoint[k]) return null;
    const before = usable.filter((d) => d.end <= fig.start && d.start >= prevFigure).at(-1);
    if (before) return before;
    // "fell 8.2 pct to 620 mln dlrs in January": a change and the level it reached share the clause's date.
    const reached = figures[k + 1] && TO_NEXT.test(text.slice(fig.end, figures[k + 1]!.start));
    const later = usable.find((d) => d.start >= fig.end && d.from.length < 10 && (d.start < nextFigure || reached) && !CLAUSE_BREAK.test(text.slice(fig.end, d.start)));
    if (later) return later;
    // A date after the next figure may still cover this one only when nothing else does.
    return usable.filter((d) => d.end <= fig.start).at(-1) ?? null;
  });
  return chosen.map((d, k) => {
    if (!d) return startingPoint[k] ? null : carried && { ...carried, derived: true };
    const sibling = chosen.find((o, j): o is DateMention => j !== k && o !== null && o !== d && !YEAR_BEFORE.test(o.surface));
    if (sibling && YEAR_BEFORE.test(d.surface)) {
      const fiscal = sibling.fiscal && { ...sibling.fiscal, year: sibling.fiscal.year - 1 };
      return { start: shiftYear(sibling.from, -1), end: shiftYear(sibling.to, -1), explicit: sibling.explicitYear, derived: true, ...(fiscal && { fiscal }) };
    }
    if (sibling && sibling.from.length >= 7 && /^\d{4}-01$/.test(d.from) && SAME_MONTHS.test(text.slice(Math.max(0, d.start - 40), d.start))) {
      const year = d.from.slice(0, 4);
      return { start: year + sibling.from.slice(4), end: year + sibling.to.slice(4), explicit: true, derived: true };
    }
    return toPeriod(d);
  });
}

/** "2024-06" one year earlier is "2023-06". */
function shiftYear(date: string, by: number): string {
  return String(Number(date.slice(0, 4)) + by) + date.slice(4);
}
