// TEMPORARY STUB, replaced by the trade extractor.
import type { QuoteRecord, TradeRecord } from "../../core/schemas";
import type { ArticleContext } from "../context";
export function extractTrade(_ctx: ArticleContext, _quotes: QuoteRecord[]): TradeRecord[] {
  return [];
}
