// A lake of n extraction documents, cloned from real extractions under fresh
// ids: what publishing is measured on.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { articleIdOf } from "../../lambdas/core/article";
import type { ExtractionDocument } from "../../lambdas/core/schemas";
import { extractionKey, PREFIX, textKey } from "../../lambdas/pipeline/keys";

export function syntheticLake(dir: string, n: number, docs: readonly ExtractionDocument[]): string {
  for (let i = 0; i < n; i++) {
    const base = docs[i % docs.length]!;
    const articleId = articleIdOf(`${i}:${base.article.text_sha256}`);
    const rewrite = <T extends { id: string; article_id: string }>(r: T) => ({ ...r, id: r.id.replace(base.article.article_id, articleId), article_id: articleId });
    const doc = {
      ...base,
      article: { ...base.article, article_id: articleId, source_key: `${PREFIX.incoming}synthetic-${i}.txt` },
      trade: base.trade.map(rewrite),
      visits: base.visits.map(rewrite),
      quotes: base.quotes.map(rewrite),
    };
    const file = path.join(dir, ...extractionKey(articleId).split("/"));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
    writeFileSync(path.join(dir, ...textKey(articleId).split("/")), "");
  }
  return dir;
}
