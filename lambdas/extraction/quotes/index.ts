// TEMPORARY STUB, replaced by the quote extractor.
import type { QuoteRecord } from "../../core/schemas";
import type { ArticleContext } from "../context";
export function extractQuotes(_ctx: ArticleContext): QuoteRecord[] {
  return [];
}
