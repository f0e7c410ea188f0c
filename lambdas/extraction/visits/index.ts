// Visit records: frames per sentence, the destination completed from the
// dateline for "a visit here" or a destination-less "the visit of X", dates
// from the sentence (a visit with none takes the date of another visit it is
// told alongside: "while Putin was in Pyongyang, Chinese officials were in
// Seoul"), then one record per distinct visit.
import type { QuoteRecord, VisitRecord } from "../../core/schemas";
import { boundedSentences } from "../chunks";
import { recordId, type ArticleContext } from "../context";
import { countryByName } from "../countries";
import { findDates, isDateline } from "../dates";
import { findPeople } from "../people";
import { countryOfCity } from "./placeFinder";
import { visitsIn } from "./visitFrameParser";
import { mergeVisits, type DatedMention, type MergedVisit } from "./visitMergeRefiner";

/** "his first since 2016": a date after since/until bounds another event, it does not date this one. */
const SINCE = /\b(?:since|until|till|before)\s+$/iu;
const DATELINE_CITY = /^[ \t]*([A-Z][A-Z .'-]{1,40}),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b/m;

/** The city and country a wire story was filed from ("PEKING, March 3 -"). */
function datelineOf(text: string): { city: string; iso3: string } | null {
  const m = DATELINE_CITY.exec(text.slice(0, 1500));
  if (!m) return null;
  const city = m[1]!.trim().toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  const iso3 = countryOfCity(city) ?? countryByName(city);
  return iso3 ? { city, iso3 } : null;
}

/** How much a mention says: the cited mention of a merged visit is the most informative one. */
const richness = (m: DatedMention) => (m.visitor.kind === "person" ? 2 : 0) + (m.place ? 1 : 0) + (m.date ? (m.date.length >= 10 ? 2 : 1) : 0);

function toRecord(ctx: ArticleContext, visit: MergedVisit): VisitRecord {
  const best = [...visit.mentions].sort((a, b) => richness(b) - richness(a))[0]!;
  const named = visit.mentions.find((m) => m.visitor.kind === "person") ?? best;
  const date = visit.mentions.map((m) => m.date).filter((d): d is string => d !== null).sort((a, b) => b.length - a.length)[0] ?? null;
  const sentence = ctx.sentences[best.sentenceIndex]!;
  const inferred = best.here || !best.date;
  return {
    id: recordId("visit", ctx.articleId, best, `${named.visitor.name}|${best.host}`),
    article_id: ctx.articleId,
    visitor: named.visitor.name,
    visitor_role: named.visitor.role ?? visit.mentions.find((m) => m.visitor.role)?.visitor.role ?? null,
    visitor_country: named.visitor.country ?? visit.mentions.find((m) => m.visitor.country)?.visitor.country ?? null,
    host_country: best.host,
    place: visit.mentions.find((m) => m.place)?.place ?? null,
    start_date: date,
    end_date: null,
    purpose: visit.mentions.find((m) => m.purpose)?.purpose ?? null,
    status: visit.mentions.some((m) => m.status === "occurred") ? "occurred" : "planned",
    count: 1,
    sentence: sentence.text,
    char_start: best.start,
    char_end: best.end,
    confidence: inferred ? 0.6 : 0.85,
  };
}

export function extractVisits(article: ArticleContext, _quotes: QuoteRecord[]): VisitRecord[] {
  const ctx: ArticleContext = { ...article, sentences: boundedSentences(article.text, article.sentences) };
  const { text } = ctx;
  const people = findPeople(ctx);
  const dateline = datelineOf(text);
  const mentions: DatedMention[] = [];
  ctx.sentences.forEach((sentence, i) => {
    for (const v of visitsIn(text, sentence, people)) {
      const host = v.host ?? (dateline && dateline.iso3 !== v.visitor.country ? dateline.iso3 : null);
      if (!host || host === v.visitor.country) continue;
      const dates = findDates(sentence.text, ctx.anchorDate, sentence.start, { future: v.status === "planned" }).filter((d) => !isDateline(text, d) && !SINCE.test(text.slice(Math.max(0, d.start - 8), d.start)));
      const nearest = dates.sort((a, b) => distance(a, v) - distance(b, v))[0];
      mentions.push({ ...v, host, place: v.place ?? (v.here && dateline ? dateline.city : null), date: nearest?.from ?? null, sentenceIndex: i });
    }
  });
  const visits = mergeVisits(mentions);
  // An undated visit told alongside a dated one in the same sentence happened then too.
  const dateOf = (v: MergedVisit) => v.mentions.map((m) => m.date).find((d) => d !== null) ?? null;
  for (const v of visits) {
    if (dateOf(v)) continue;
    const sentences = new Set(v.mentions.map((m) => m.sentenceIndex));
    const partner = visits.find((o) => o !== v && dateOf(o) && o.mentions.some((m) => sentences.has(m.sentenceIndex)));
    if (partner) v.mentions[0]!.date = dateOf(partner);
  }
  return visits.map((visit) => toRecord(ctx, visit));
}

const distance = (d: { start: number; end: number }, v: { start: number; end: number }) => (d.end <= v.start ? v.start - d.end : d.start >= v.end ? d.start - v.end : 0);
