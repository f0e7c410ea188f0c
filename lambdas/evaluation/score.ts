// Precision, recall and F1 of one article's records against its gold records.
import type { ExtractionDocument } from "../core/schemas";
import type { GoldFile } from "./gold";
import { quoteMatcher, tradeMatcher, visitMatcher, type Matcher } from "./match";

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  /** Matches whose strict field is also right. */
  strictTp: number;
  /** Per field: matches where the field is right. */
  fields: Record<string, number>;
  missed: unknown[];
  extra: unknown[];
}

export const KINDS = ["trade", "visits", "quotes"] as const;
export type Kind = (typeof KINDS)[number];

const MATCHERS = { trade: tradeMatcher, visits: visitMatcher, quotes: quoteMatcher } as const;

/**
 * Greedy one-to-one matching: required gold records first, each taking the
 * unused prediction that agrees on most fields. Optional gold records absorb
 * a prediction without counting either way.
 */
export function scoreKind<P, G extends { optional?: boolean | undefined }>(matcher: Matcher<P, G>, predictions: P[], golds: G[]): KindScore {
  const used = new Set<number>();
  const score: KindScore = { tp: 0, fp: 0, fn: 0, strictTp: 0, fields: {}, missed: [], extra: [] };
  for (const field of Object.keys(matcher.fields)) score.fields[field] = 0;
  const ordered = [...golds].sort((a, b) => Number(!!a.optional) - Number(!!b.optional));
  for (const gold of ordered) {
    let best = -1;
    let bestAgree = -1;
    predictions.forEach((p, i) => {
      if (used.has(i) || !matcher.match(p, gold)) return;
      const agree = Object.values(matcher.fields).filter((ok) => ok(p, gold)).length;
      if (agree > bestAgree) [best, bestAgree] = [i, agree];
    });
    if (best < 0) {
      if (!gold.optional) score.fn++, score.missed.push(gold);
      continue;
    }
    used.add(best);
    if (gold.optional) continue;
    const p = predictions[best]!;
    score.tp++;
    for (const [field, ok] of Object.entries(matcher.fields)) if (ok(p, gold)) score.fields[field]!++;
    if (matcher.fields[matcher.strict]!(p, gold)) score.strictTp++;
  }
  predictions.forEach((p, i) => {
    if (!used.has(i)) score.fp++, score.extra.push(p);
  });
  return score;
}

export function scoreArticle(doc: Pick<ExtractionDocument, Kind>, gold: GoldFile): Record<Kind, KindScore> {
  return {
    trade: scoreKind(MATCHERS.trade, doc.trade, gold.trade),
    visits: scoreKind(MATCHERS.visits, doc.visits, gold.visits),
    quotes: scoreKind(MATCHERS.quotes, doc.quotes, gold.quotes),
  };
}

export function addScores(total: KindScore, part: KindScore): KindScore {
  const fields = { ...total.fields };
  for (const [f, n] of Object.entries(part.fields)) fields[f] = (fields[f] ?? 0) + n;
  return {
    tp: total.tp + part.tp,
    fp: total.fp + part.fp,
    fn: total.fn + part.fn,
    strictTp: total.strictTp + part.strictTp,
    fields,
    missed: [...total.missed, ...part.missed],
    extra: [...total.extra, ...part.extra],
  };
}

export const emptyScore = (): KindScore => ({ tp: 0, fp: 0, fn: 0, strictTp: 0, fields: {}, missed: [], extra: [] });

export const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Summary figures: a match with a wrong strict field counts as both a miss and an extra. */
export function summarise(s: KindScore) {
  const loose = s.tp - s.strictTp;
  return {
    precision: s.tp / (s.tp + s.fp || 1),
    recall: s.tp / (s.tp + s.fn || 1),
    f1: f1(s.tp, s.fp, s.fn),
    strictF1: f1(s.strictTp, s.fp + loose, s.fn + loose),
    fieldAccuracy: Object.fromEntries(Object.entries(s.fields).map(([f, n]) => [f, n / (s.tp || 1)])),
  };
}
