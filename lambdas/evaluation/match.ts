// How a predicted record is judged against a gold one: lenient on surface
// form (case, quote marks, a leading "the", possessives), strict on meaning.
import type { QuoteRecord, TradeRecord, VisitRecord } from "../core/schemas";
import type { GoldQuote, GoldTrade, GoldVisit } from "./gold";

export function normalise(s: unknown): string {
  return String(s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[“”„"]/g, "")
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:!?'…–—-]+|[\s.,;:!?'…–—-]+$/g, "");
}

export const tokens = (s: unknown): string[] =>
  normalise(s)
    .replace(/'s\b/g, "")
    .replace(/^the /, "")
    .split(/[^\p{L}\p{N}+$]+/u)
    .filter(Boolean);

const allIn = (needles: string[], haystack: string[]) => needles.length > 0 && needles.every((t) => haystack.includes(t));

/** Same words: equal, one containing most of the other, or token F1 ≥ 0.75. */
export function sameText(predicted: string, gold: string): boolean {
  const a = normalise(predicted);
  const b = normalise(gold);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length >= 0.6 * long.length) return true;
  const ta = tokens(predicted);
  const tb = tokens(gold);
  const common = ta.filter((t) => tb.includes(t)).length;
  return (2 * common) / (ta.length + tb.length || 1) >= 0.75;
}

/** A name matches an alias when one's tokens are all in the other's; no aliases accepts anything. */
export function sameName(predicted: string | null, aliases: readonly string[] | null | undefined): boolean {
  if (!aliases || aliases.length === 0) return true;
  const p = tokens(predicted);
  if (p.length === 0) return false;
  return aliases.some((alias) => {
    const t = tokens(alias);
    return allIn(p, t) || allIn(t, p);
  });
}

/** A date is right when it starts with the gold date (gold gives the precision that counts). */
export const sameDate = (predicted: string | null, gold: string | null | undefined) =>
  gold == null || (predicted != null && predicted.slice(0, gold.length) === gold);

const near = (predicted: number | null, gold: number) =>
  predicted != null && Math.abs(predicted - gold) <= Math.max(1e-9, Math.abs(gold) * 0.01);

export interface Matcher<P, G> {
  /** Whether the prediction is the same record as the gold one. */
  match: (p: P, g: G) => boolean;
  /** Field checks counted on matched pairs. */
  fields: Record<string, (p: P, g: G) => boolean>;
  /** The field that must also be right for a strict match. */
  strict: string;
}

export const quoteMatcher: Matcher<QuoteRecord, GoldQuote> = {
  match: (p, g) => sameText(p.text, g.text),
  fields: { speaker: (p, g) => sameName(p.speaker, g.speaker) },
  strict: "speaker",
};

export const visitMatcher: Matcher<VisitRecord, GoldVisit> = {
  match: (p, g) =>
    (g.host_country == null || p.host_country === g.host_country) &&
    sameName(p.visitor, g.visitor) &&
    (g.count == null || (p.count ?? 1) > 1),
  fields: {
    start_date: (p, g) => sameDate(p.start_date, g.start_date),
    visitor_country: (p, g) => g.visitor_country == null || p.visitor_country === g.visitor_country,
  },
  strict: "start_date",
};

export const tradeMatcher: Matcher<TradeRecord, GoldTrade> = {
  match: (p, g) => {
    if ([p.country_a, p.country_b].sort().join() !== [...g.countries].sort().join()) return false;
    if (g.value != null) return near(p.value, g.value) && p.unit === g.unit;
    if (g.direction === "a_to_b") {
      const goodsOverlap = !g.goods || tokens(p.goods).some((t) => tokens(g.goods).includes(t));
      return p.direction === "a_to_b" && p.country_a === g.exporter && goodsOverlap;
    }
    return p.value == null && p.change_direction === g.change_direction;
  },
  fields: {
    period: (p, g) => sameDate(p.period_start, g.period_start) && sameDate(p.period_end, g.period_end),
    change_direction: (p, g) => g.change_direction == null || p.change_direction === g.change_direction,
    reported_by: (p, g) => g.reported_by == null || sameName(p.reported_by, g.reported_by),
  },
  strict: "period",
};
