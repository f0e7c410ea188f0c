// TEMPORARY STUB, replaced by the visit extractor.
import type { QuoteRecord, VisitRecord } from "../../core/schemas";
import type { ArticleContext } from "../context";
export function extractVisits(_ctx: ArticleContext, _quotes: QuoteRecord[]): VisitRecord[] {
  return [];
}
