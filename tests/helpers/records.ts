// The oracle every extraction must pass, whatever the extractor finds.
import { articleIdOf } from "../../lambdas/core/article";
import { ExtractionDocument, RECORD_KINDS } from "../../lambdas/core/schemas";

/** Why `doc` is not a valid extraction of `text`; empty when it is. */
export function extractionProblems(doc: unknown, text: string): string[] {
  const parsed = ExtractionDocument.safeParse(doc);
  if (!parsed.success) return parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`);
  const { article, quotes } = parsed.data;
  const problems: string[] = [];
  if (article.chars !== text.length) problems.push(`chars ${article.chars} ≠ text length ${text.length}`);
  if (article.article_id !== articleIdOf(text)) problems.push("article_id is not the hash of the text");
  for (const kind of RECORD_KINDS) {
    for (const record of parsed.data[kind]) {
      if (record.char_start > record.char_end || record.char_end > text.length)
        problems.push(`${kind} ${record.id}: span ${record.char_start}..${record.char_end} outside 0..${text.length}`);
      if (record.article_id !== article.article_id) problems.push(`${kind} ${record.id}: another article's id`);
    }
    const ids = parsed.data[kind].map((r) => r.id);
    if (new Set(ids).size !== ids.length) problems.push(`${kind}: duplicate ids`);
  }
  for (const quote of quotes) {
    if (text.slice(quote.char_start, quote.char_end) !== quote.text) problems.push(`quote ${quote.id}: text is not its slice`);
  }
  return problems;
}

// Hand-made, schema-valid records: for dataset tests that must not depend on what the extractor finds.
import type { QuoteRecord, TradeRecord, VisitRecord } from "../../lambdas/core/schemas";

const ARTICLE_ID = "0123456789abcdef";
const grounding = { sentence: "A sentence.", char_start: 0, char_end: 10, confidence: 0.9 };

export const makeTrade = (overrides: Partial<TradeRecord> = {}): TradeRecord => ({
  id: `${ARTICLE_ID}-t1`,
  article_id: ARTICLE_ID,
  country_a: "BRA",
  country_b: "KEN",
  direction: "bilateral",
  goods: null,
  metric: "trade",
  period_start: "2023",
  period_end: "2023",
  value: 412000000,
  unit: "USD",
  value_type: "level",
  change_direction: null,
  compared_to: null,
  reported_by: null,
  ...grounding,
  ...overrides,
});

export const makeVisit = (overrides: Partial<VisitRecord> = {}): VisitRecord => ({
  id: `${ARTICLE_ID}-v1`,
  article_id: ARTICLE_ID,
  visitor: "Ingrid Solberg",
  visitor_role: "Foreign Minister",
  visitor_country: "NOR",
  host_country: "CHL",
  place: "Santiago",
  start_date: "2024-03-12",
  end_date: null,
  purpose: null,
  status: "occurred",
  count: 1,
  ...grounding,
  ...overrides,
});

export const makeQuote = (overrides: Partial<QuoteRecord> = {}): QuoteRecord => ({
  id: `${ARTICLE_ID}-q1`,
  article_id: ARTICLE_ID,
  text: "We agree",
  speaker: "Amara Wanjiku",
  speaker_type: "person",
  speaker_role: "Trade Minister",
  speaker_country: "KEN",
  via: null,
  ...grounding,
  ...overrides,
});
