// The extraction entry point: plain article in, contract document out.
import { articleIdOfSha256, sha256Hex, type PlainArticle } from "../core/article";
import { ExtractionDocument, SCHEMA_VERSION } from "../core/schemas";
import type { ArticleContext } from "./context";
import { anchorDateOf } from "./dates";
import { splitSentences } from "./sentences";
import { extractQuotes } from "./quotes";
import { extractTrade } from "./trade";
import { extractVisits } from "./visits";
import { PARSER } from "./parser";

export function extractDocument(article: PlainArticle): ExtractionDocument {
  const { text } = article;
  const textSha256 = sha256Hex(text);
  const articleId = articleIdOfSha256(textSha256);
  const ctx: ArticleContext = {
    articleId,
    text,
    sentences: splitSentences(text),
    anchorDate: anchorDateOf(text, article.published),
  };
  const quotes = extractQuotes(ctx);
  const doc: ExtractionDocument = {
    schema_version: SCHEMA_VERSION,
    article: {
      article_id: articleId,
      source_key: article.sourceKey,
      title: article.title,
      // Metadata first, else the date the text itself anchors on.
      published: article.published ?? ctx.anchorDate,
      text_sha256: textSha256,
      chars: text.length,
    },
    parser: { ...PARSER },
    trade: extractTrade(ctx, quotes),
    visits: extractVisits(ctx, quotes),
    quotes,
  };
  // The contract is checked on the way out, so a parser bug never reaches a dataset.
  return ExtractionDocument.parse(doc);
}
