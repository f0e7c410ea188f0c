// Months for a fiscal year the text names without them ("2024-25", "FY25", "the first half of fiscal 2025"): they
// come from one country's fiscal calendar (data/gazetteer/fiscal-years.json). Whose: the reporter's country when
// the reporter names one ("India's Commerce Ministry"), as a body reports in its own fiscal year; else the record's
// one party whose fiscal year is not the calendar year. When both parties have one: the country the article is
// written from (its dateline, "NEW DELHI:"), as a writer counts in the home fiscal year; else the party the article
// names most (a tie goes to the first). Without a calendar the period keeps its years.
import fiscalYears from "../../../data/gazetteer/fiscal-years.json";
import { countryByName, findCountries } from "../countries";
import { fiscalMonths, type FiscalCalendar } from "../dates";
import type { Period } from "./periodRefiner";

const CALENDARS = new Map(Object.entries(fiscalYears).filter(([iso3]) => !iso3.startsWith("_")) as [string, FiscalCalendar][]);

/**
 * A dateline: a place in capitals opening a line, alone or before ":", ",", "(" or a dash ("TOKYO, Feb. 3 (Kyodo) --",
 * "NEW DELHI:"), or a place in any case before a date ("New Delhi, 18 April 2024").
 */
const DATELINE = /^[ \t]*(?:([A-Z][A-Z.'’ -]*[A-Z.])[ \t]*(?:$|[:,(—–]|--?\s)|(\p{Lu}[\p{L}.'’ -]{1,40}), (?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/gmu;
/** A dateline sits above the body's first paragraphs. */
const DATELINE_REACH = 1000;

/** The country of the article's dateline place, if it has one. */
export function datelineCountry(text: string): string | null {
  for (const m of text.slice(0, DATELINE_REACH).matchAll(DATELINE)) {
    const country = countryByName((m[1] ?? m[2])!);
    if (country) return country;
  }
  return null;
}

/**
 * The country whose fiscal calendar dates a record of `pair` stated by `reporter`, in an article written from `home`;
 * `mentions` counts a country's mentions in the article.
 */
export function fiscalCountry(reporter: string | null, pair: [string, string], home: string | null, mentions: (iso3: string) => number): string | null {
  const own = reporter === null ? undefined : findCountries(reporter)[0]?.iso3;
  if (own) return own;
  const [first, second] = pair.filter((c) => CALENDARS.has(c));
  if (!first || !second) return first ?? null;
  if (home === first || home === second) return home;
  return mentions(second) > mentions(first) ? second : first;
}

/** The period in `country`'s fiscal months when it names a fiscal year and the country's fiscal year is not the calendar year. */
export function inFiscalMonths(period: Period | null, country: string | null): Period | null {
  const calendar = country === null ? undefined : CALENDARS.get(country);
  if (!period?.fiscal || !calendar) return period;
  const [start, end] = fiscalMonths(period.fiscal, calendar);
  return { ...period, start, end };
}
