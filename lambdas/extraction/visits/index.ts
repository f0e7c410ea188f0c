// Visit records: frames per sentence; counterparts and roles ("the Russian
// leader") resolved to names; the destination of "a visit here" from the
// dateline and of "returned the visit" from the visit it answers; dates from the sentence, else its paragraph (a
// visit with neither takes the date of another visit told in the same
// sentence: "while A was in Lima, Chinese officials were in Seoul"); then one
// record per distinct visit, a visitor of unsaid country taking it from their
// other visits or from the article's pair of countries.
import type { QuoteRecord, VisitRecord } from "../../core/schemas";
import { byCodeUnit } from "../../core/order";
import { boundedSentences } from "../chunks";
import { recordId, type ArticleContext, type Sentence, type Span } from "../context";
import { countryByName, findCountries } from "../countries";
import { findDates, isDateline, type DateMention } from "../dates";
import { findPeople } from "../people";
import { counterpartPairs, resolveCounterpart } from "./counterpartRefiner";
import type { VisitMention } from "./frames";
import { withCountries } from "./personCountry";
import { countryOfCity } from "./placeFinder";
import { resolveRole } from "./roleRefiner";
import { namedAfter, namedLater, resolveBack } from "./backReference";
import { agencyDateline } from "./agencyDateline";
import { visitsIn } from "./visitFrameParser";
import { mergeVisits, type DatedMention, type MergedVisit } from "./visitMergeRefiner";
import { fillVisitorCountries, mainPair } from "./visitorCountryRefiner";

/** "his first since 2016": a date after since/until bounds another event, it does not date this one. */
const SINCE = /\b(?:since|until|till|before)\s+$/iu;
/** "said on Tuesday", "told reporters on Monday": the date of a statement, not of the visit it tells. */
const SPEECH_DATE = /\b(?:said|says|announced|confirmed|reported|added|told\s+[\p{L}]+|statement)\s+(?:on\s+|late\s+|early\s+)?$/u;
const DATELINE_CITY = /^[ \t]*([A-Z][A-Z .'-]{1,40}),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b/m;
/** "Pyongyang, July 2 (KCNA) --": a city not in capitals, then a date, the agency and a dash. */
const DATELINE_AGENCY = /^[ \t]*([A-Z][\p{L} .'-]{1,40}),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?\s+\([\p{L} .-]{2,30}\)\s*(?:--|—|–|-)/mu;

/** A press release's place-and-date line: "Warsaw, 17 November 2026" alone on its line. */
const DATELINE_LINE = /^[ \t]*(\p{Lu}[\p{L} .'-]{1,40}),[ \t]+(?:\d{1,2}[ \t]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*$/mu;

/** The city and country a wire story or press release was filed from ("LIMA, March 3 -", "Pyongyang, July 2 (KCNA) --", "Warsaw, 17 November 2026"). */
function datelineOf(text: string): { city: string; iso3: string } | null {
  const head = text.slice(0, 1500);
  const m = DATELINE_CITY.exec(head) ?? DATELINE_AGENCY.exec(head) ?? DATELINE_LINE.exec(head);
  if (!m) return null;
  const city = m[1]!.trim().toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  const iso3 = countryOfCity(city) ?? countryByName(city);
  return iso3 ? { city, iso3 } : null;
}

const WHOLE_YEAR = /^\d{4}-01$/u;
const BARE_MONTH_OR_DAY = /^(?:(?:in|on)\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?$/u;
/** How much a mention says: the cited mention of a merged visit is the most informative one. */
const richness = (m: DatedMention) => (m.visitor.kind === "person" ? 2 : 0) + (m.place ? 1 : 0) + (m.date ? (m.date.length >= 10 ? 2 : 1) : 0);

/** The first of the most informative mentions. */
function richest(mentions: DatedMention[]): DatedMention {
  let best = mentions[0]!;
  for (const m of mentions) if (richness(m) > richness(best)) best = m;
  return best;
}

/** The most precise date, the earliest of equally precise ones (a visit told on its first and second day starts on the first). */
function mostPreciseDate(mentions: DatedMention[]): string | null {
  let date: string | null = null;
  for (const { date: d } of mentions) if (d !== null && (date === null || d.length > date.length || (d.length === date.length && byCodeUnit(d, date) < 0))) date = d;
  return date;
}

function toRecord(ctx: ArticleContext, visit: MergedVisit): VisitRecord {
  const best = richest(visit.mentions);
  const named = visit.mentions.find((m) => m.visitor.kind === "person") ?? (visit.visitor ? { visitor: visit.visitor } : best);
  const date = mostPreciseDate(visit.mentions);
  const sentence = ctx.sentences[best.sentenceIndex]!;
  const inferred = best.here || best.returnVisit || !best.date;
  return {
    id: recordId("visit", ctx.articleId, best, `${named.visitor.name}|${best.host}`),
    article_id: ctx.articleId,
    visitor: named.visitor.name,
    visitor_role: named.visitor.role ?? visit.mentions.find((m) => m.visitor.role)?.visitor.role ?? null,
    visitor_country: named.visitor.country ?? visit.mentions.find((m) => m.visitor.country)?.visitor.country ?? null,
    host_country: best.host,
    place: visit.mentions.find((m) => m.place)?.place ?? null,
    start_date: date,
    end_date: visit.mentions.find((m) => m.date === date && m.until)?.until ?? null,
    purpose: visit.mentions.find((m) => m.purpose)?.purpose ?? null,
    status: visit.mentions.some((m) => m.status === "occurred") ? "occurred" : "planned",
    count: visit.mentions.reduce((n, m) => Math.max(n, m.count), -Infinity),
    sentence: sentence.text,
    char_start: best.start,
    char_end: best.end,
    confidence: inferred ? 0.6 : 0.85,
  };
}

/** How many earlier mentions or people a backward look scans: enough for an article, bounded for 1 MB inputs. */
const LOOKBACK = 200;
/** "X returned the visit": the host is the country of whoever last visited X's country. */
function returnHost(v: VisitMention, earlier: VisitMention[]): string | null {
  const answered = earlier.slice(-LOOKBACK).findLast((o) => o.host === v.visitor.country && o.visitor.country && o.start < v.start);
  return answered?.visitor.country ?? null;
}

export function extractVisits(article: ArticleContext, _quotes: QuoteRecord[]): VisitRecord[] {
  const ctx: ArticleContext = { ...article, sentences: boundedSentences(article.text, article.sentences) };
  const { text } = ctx;
  const agency = agencyDateline(text);
  const people = withCountries(text, findPeople(ctx));
  const pairs = counterpartPairs(text, people);
  const dateline = datelineOf(text);
  const found: { v: VisitMention; i: number }[] = [];
  const earlier: VisitMention[] = []; // found's mentions, for the back references
  let first = 0; // people and sentences are both in text order: one sweep finds each sentence's people
  ctx.sentences.forEach((sentence, i) => {
    while (first < people.length && people[first]!.start < sentence.start) first++;
    let last = first;
    while (last < people.length && people[last]!.end <= sentence.end) last++;
    for (const raw of visitsIn(text, sentence, people.slice(first, last), people)) {
      const back = raw.visitor.refersBack ? resolveBack(text, raw, earlier, people, ctx.sentences) : raw;
      const resolved = back && resolveCounterpart(text, back, people, pairs);
      if (!resolved) continue;
      const v = namedLater(resolveRole(text, resolved, people), earlier);
      found.push({ v, i });
      earlier.push(v);
    }
  });
  const leads = namedAfter(text, found.map(({ v }) => v), people, ctx.sentences);
  leads.forEach((v, k) => (found[k]!.v = v));
  const cache = new Map<number, DateMention[]>();
  const datesOf = (i: number, planned: boolean): DateMention[] => {
    const key = 2 * i + (planned ? 1 : 0); // a small integer: no key string built and hashed per mention
    let dates = cache.get(key);
    if (!dates) cache.set(key, (dates = sentenceDates(i, planned)));
    return dates;
  };
  const sentenceDates = (i: number, planned: boolean): DateMention[] => {
    const s = ctx.sentences[i]!;
    return findDates(s.text, ctx.anchorDate, s.start, { future: planned, past: !planned }).filter((d) => !isDateline(text, d) && !(agency && d.start < agency.end && d.end > agency.start) && !SINCE.test(text.slice(Math.max(0, d.start - 8), d.start)));
  };
  const mentions: DatedMention[] = [];
  for (const { v, i } of found) {
    const host = v.returnVisit ? returnHost(v, mentions) : (v.host ?? (dateline && dateline.iso3 !== v.visitor.country ? dateline.iso3 : null));
    if (!host || host === v.visitor.country) continue;
    // The date nearest the frame, one that dates the telling ("her office said on Tuesday") only when there is no other.
    const rank = (d: DateMention) => nearness(text, d, v.frame) + (SPEECH_DATE.test(text.slice(Math.max(0, d.start - 30), d.start)) ? text.length : 0);
    // "N. Korea-China trade up 11 pct in Jan.-Oct.; Pyongyang's top diplomat wraps up Moscow trip": a headline's semicolon parts two stories.
    const own = withinClause(text, ctx.sentences[i]!, v.frame, datesOf(i, v.status === "planned"));
    const place = v.place ?? (v.here && dateline ? dateline.city : null);
    // Of two dates as near, the one after the frame ("visit Osaka on Thursday before leaving for Seoul on Friday").
    const after = (d: DateMention) => (d.start >= v.frame.end ? 0 : 1);
    const nearest = own.slice().sort((a, b) => rank(a) - rank(b) || after(a) - after(b))[0] ?? paragraphDate(ctx, i, (k) => datesOf(k, v.status === "planned"), (k) => namesHost(ctx.sentences[k]!.text, host, place));
    const date = (v.count > 1 ? sinceThisYear(ctx.sentences[i]!, ctx.anchorDate) : null) ?? (nearest ? inSentenceYear(dateOf(nearest), nearest, own) : null);
    mentions.push(dated(v, host, place, date, nearest && date === dateOf(nearest) ? rangeEnd(nearest) : null, i));
  }
  const visits = mergeVisits(mentions);
  // An undated visit told alongside a dated one in the same sentence happened then too.
  const visitDate = (v: MergedVisit) => v.mentions.find((m) => m.date !== null)?.date ?? null;
  for (const v of visits) {
    if (visitDate(v)) continue;
    const sentences = new Set(v.mentions.map((m) => m.sentenceIndex));
    const partner = visits.find((o) => o !== v && visitDate(o) && o.mentions.some((m) => sentences.has(m.sentenceIndex)));
    if (partner) v.mentions[0]!.date = visitDate(partner);
  }
  return fillVisitorCountries(visits.map((visit) => toRecord(ctx, visit)), mainPair(ctx));
}

/**
 * "11 visits to Hanoi since January", "12 missions so far this year": visits counted since a date in the anchor's year
 * are that year's. A count since an earlier year ("since March 2024") spans years and stays undated.
 */
function sinceThisYear(sentence: Sentence, anchor: string | null): string | null {
  if (!anchor) return null;
  const year = anchor.slice(0, 4);
  return findDates(sentence.text, anchor, sentence.start, { past: true }).some((d) => d.untilNow && d.from.startsWith(year)) ? year : null;
}

/** In a headline (no closing full stop), the dates in the frame's part between semicolons; in prose a semicolon goes on with one story. */
function withinClause(text: string, sentence: Span, frame: Span, dates: DateMention[]): DateMention[] {
  const local = text.slice(sentence.start, sentence.end);
  if (!local.includes(";") || /[.!?…"”’)]$/u.test(local)) return dates;
  const from = sentence.start + local.lastIndexOf(";", frame.start - sentence.start) + 1;
  const next = local.indexOf(";", frame.end - sentence.start);
  const to = next < 0 ? sentence.end : sentence.start + next;
  return dates.filter((d) => d.start >= from && d.end <= to);
}

/** A mention with its host, place and date, written out field by field: a spread of the mention's many shapes was the loop's main cost. */
function dated(v: VisitMention, host: string, place: string | null, date: string | null, until: string | null, sentenceIndex: number): DatedMention {
  const { start, end, visitor, here, returnVisit, status, purpose, count, frame } = v;
  return { start, end, visitor, host, place, here, returnVisit, status, purpose, count, frame, date, until, sentenceIndex };
}

/** "Last year X travelled to Kyiv in April", "In 2019, X visited Japan in March": a bare month or day falls in the one year the sentence names before it. */
function inSentenceYear(date: string, d: DateMention, all: DateMention[]): string {
  if (d.explicitYear || date.length < 7 || !BARE_MONTH_OR_DAY.test(d.surface)) return date;
  const years = new Set(all.filter((o) => o.end <= d.start && WHOLE_YEAR.test(o.from) && o.to === `${o.from.slice(0, 4)}-12`).map((o) => o.from.slice(0, 4)));
  return years.size === 1 ? `${[...years][0]}${date.slice(4)}` : date;
}

/** The last day of a stay told as a day range ("June 3-5", "June 30 to July 2"), which dates.ts reads as one mention. */
function rangeEnd(d: DateMention): string | null {
  return d.from.length === 10 && d.to.length === 10 && d.to > d.from ? d.to : null;
}

/** A visit's date with the precision the text gives: "last year", "in 2022" are the year, not its first month. */
function dateOf(d: DateMention): string {
  return /^\d{4}-01$/u.test(d.from) && d.to === `${d.from.slice(0, 4)}-12` ? d.from.slice(0, 4) : d.from;
}

/** A date for a sentence without one: a single day or month told in the same paragraph, nearest sentence first (earlier ones win ties). */
/**
 * A date from the sentences around, nearest first, in the same paragraph. A sentence after the visit's dates it only when
 * it names the host or place ("… visited Germany. The talks in Berlin on March 4 …"); otherwise it tells what came next
 * ("… met Liu He. While Mr. Trump canceled tariffs planned for Oct. 15, …").
 */
function paragraphDate(ctx: ArticleContext, i: number, datesOf: (k: number) => DateMention[], aboutVisit: (k: number) => boolean): DateMention | undefined {
  const paragraph = ctx.sentences[i]!.paragraph;
  for (let step = 1; step <= 4; step++) {
    for (const k of [i - step, i + step]) {
      if (ctx.sentences[k]?.paragraph !== paragraph || (k > i && !aboutVisit(k))) continue;
      const date = datesOf(k).find((d) => d.from === d.to);
      if (date) return date;
    }
  }
  return undefined;
}

/** Whether a sentence names the visit's host country or its place. */
function namesHost(sentence: string, host: string, place: string | null): boolean {
  return (place !== null && sentence.includes(place)) || findCountries(sentence).some((c) => c.iso3 === host);
}

/** A date's distance from a frame, "on"/"in"/"at" before a date right after it not counted ("Seoul on Friday" is as near as "Thursday before"). */
const nearness = (text: string, d: Span, frame: Span) => (d.start >= frame.end && /^\s+(?:on|in|at)\s+$/u.test(text.slice(frame.end, d.start)) ? 1 : distance(d, frame));
const distance = (d: { start: number; end: number }, v: { start: number; end: number }) => (d.end <= v.start ? v.start - d.end : d.start >= v.end ? d.start - v.end : 0);
