// Table-driven extraction tests share these: run one extractor on a passage
// published on ANCHOR, and compare its records with the expected fields.
import { expect } from "vitest";
import type { TradeRecord, VisitRecord } from "../../lambdas/core/schemas";
import type { ArticleContext } from "../../lambdas/extraction/context";
import { splitSentences } from "../../lambdas/extraction/sentences";
import { extractTrade } from "../../lambdas/extraction/trade";
import { extractVisits } from "../../lambdas/extraction/visits";

/** A Wednesday. */
export const ANCHOR = "2024-06-19";

const contextAt = (text: string, anchorDate: string | null): ArticleContext => ({
  articleId: "0123456789abcdef",
  text,
  sentences: splitSentences(text),
  anchorDate,
});

export const tradeOf = (text: string, anchorDate: string | null = ANCHOR): TradeRecord[] => extractTrade(contextAt(text, anchorDate), []);
export const visitsOf = (text: string, anchorDate: string | null = ANCHOR): VisitRecord[] => extractVisits(contextAt(text, anchorDate), []);

export type ExpectedTrade = Partial<Omit<TradeRecord, "goods">> & { goods?: RegExp | null };

/** The records in order: their fields, goods by pattern (null: none), each with a span in the text. */
export function expectTrade(text: string, expected: ExpectedTrade[]): void {
  const got = tradeOf(text);
  expect(got.map((r) => `${r.country_a}-${r.country_b} ${r.value} ${r.unit}`)).toHaveLength(expected.length);
  expected.forEach((e, k) => {
    const { goods, ...fields } = e;
    expect(got[k]).toMatchObject(fields);
    if (goods === null) expect(got[k]!.goods).toBeNull();
    else if (goods) expect(got[k]!.goods ?? "").toMatch(goods);
    expect(text.slice(got[k]!.char_start, got[k]!.char_end).length).toBeGreaterThan(0);
  });
}

/** The visits in order (visitor → host), their fields, each with a span in the text. */
export function expectVisits(text: string, expected: Partial<VisitRecord>[]): void {
  const got = visitsOf(text);
  expect(got.map((v) => `${v.visitor}→${v.host_country}`)).toEqual(expected.map((e) => `${e.visitor}→${e.host_country}`));
  expected.forEach((e, k) => expect(got[k]).toMatchObject(e));
  for (const v of got) expect(text.slice(v.char_start, v.char_end).length).toBeGreaterThan(0);
}
