// A lake with two published versions of invented extraction documents, so the
// explorer tests do not depend on what the extractor finds today. The second
// version changes a record, removes one, edits an article and adds a hostile one.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { articleIdOf, sha256Hex } from "../../lambdas/core/article";
import { ExtractionDocument, type QuoteRecord, type TradeRecord, type VisitRecord } from "../../lambdas/core/schemas";
import { PARSER } from "../../lambdas/extraction/parser";
import { writeLandingPage } from "../../lambdas/explorer/explorer";
import { extractionKey, textKey } from "../../lambdas/pipeline/keys";
import { publishVersion } from "../../lambdas/pipeline/publish";
import { LocalStore } from "../../lambdas/storage/localStore";
import type { Storage } from "../../lambdas/storage/storage";

type Spanned<R> = Omit<R, "id" | "article_id" | "sentence" | "char_start" | "char_end" | "confidence"> & {
  /** The exact text the record cites; its first occurrence becomes the span. */
  span: string;
  id?: string;
  confidence?: number;
};

interface Invented {
  source_key: string;
  title: string | null;
  published: string | null;
  text: string;
  trade?: Spanned<TradeRecord>[];
  visits?: Spanned<VisitRecord>[];
  quotes?: Spanned<QuoteRecord>[];
}

function inventDocument(a: Invented): ExtractionDocument {
  const articleId = articleIdOf(a.text);
  const ground = <R>(prefix: string, list: Spanned<R>[] = []) =>
    list.map(({ span, id, confidence, ...fields }, i) => {
      const start = a.text.indexOf(span);
      if (start < 0) throw new Error(`span not in text: ${span}`);
      return { id: id ?? `${articleId.slice(0, 8)}-${prefix}${i + 1}`, article_id: articleId, ...fields, sentence: span, char_start: start, char_end: start + span.length, confidence: confidence ?? 0.9 };
    });
  return ExtractionDocument.parse({
    schema_version: "1",
    article: { article_id: articleId, source_key: a.source_key, title: a.title, published: a.published, text_sha256: sha256Hex(a.text), chars: a.text.length },
    parser: { ...PARSER },
    trade: ground("t", a.trade),
    visits: ground("v", a.visits),
    quotes: ground("q", a.quotes),
  });
}

const trade = (fields: Partial<Spanned<TradeRecord>> & Pick<Spanned<TradeRecord>, "span" | "country_a" | "country_b">): Spanned<TradeRecord> => ({
  direction: "bilateral",
  goods: null,
  metric: null,
  period_start: null,
  period_end: null,
  value: null,
  unit: null,
  value_type: null,
  change_direction: null,
  compared_to: null,
  reported_by: null,
  ...fields,
});

const visit = (fields: Partial<Spanned<VisitRecord>> & Pick<Spanned<VisitRecord>, "span" | "visitor" | "host_country">): Spanned<VisitRecord> => ({
  visitor_role: null,
  visitor_country: null,
  place: null,
  start_date: null,
  end_date: null,
  purpose: null,
  status: "occurred",
  count: 1,
  ...fields,
});

const quote = (fields: Partial<Spanned<QuoteRecord>> & Pick<Spanned<QuoteRecord>, "span" | "speaker">): Spanned<QuoteRecord> => ({
  text: fields.span,
  speaker_type: "person",
  speaker_role: null,
  speaker_country: null,
  via: null,
  ...fields,
});

const SUMMIT_TEXT = `Summit in Pyongyang

Russia and North Korea signed a treaty during Vladimir Putin's visit to Pyongyang on June 19, 2024. Putin said trade turnover "increased by another 54 percent" in the first five months of 2024.
Bilateral trade between China and North Korea reached $30.8 million in January to May 2024, NK News reported.
"We will not rest on our laurels," Putin said. In 2023 trade with Russia grew 9-fold.`;

const summit = (version: 1 | 2): Invented => ({
    source_key: "incoming/summit.txt",
    title: "Summit in Pyongyang",
    published: "2024-06-20",
    text: SUMMIT_TEXT,
    trade: [
      trade({ span: "increased by another 54 percent", country_a: "RUS", country_b: "PRK", metric: "trade turnover", period_start: "2024-01", period_end: "2024-05", value: 54, unit: "percent", value_type: "change", change_direction: "increase", reported_by: "Vladimir Putin", confidence: version === 1 ? 0.7 : 0.8 }),
      trade({ span: "$30.8 million", country_a: "CHN", country_b: "PRK", metric: "bilateral trade", period_start: "2024-01", period_end: "2024-05", value: 30_800_000, unit: "USD", value_type: "level", reported_by: "NK News" }),
      trade({ span: "grew 9-fold", country_a: "RUS", country_b: "PRK", period_start: "2023", period_end: "2023", value: 9, unit: "multiple", value_type: "change", change_direction: "increase", reported_by: "Vladimir Putin", confidence: 0.35 }),
    ],
    visits: [visit({ span: "Vladimir Putin's visit to Pyongyang on June 19, 2024", visitor: "Vladimir Putin", visitor_role: "President of Russia", visitor_country: "RUS", host_country: "PRK", place: "Pyongyang", start_date: "2024-06-19", end_date: "2024-06-19" })],
    quotes: [
      quote({ span: "We will not rest on our laurels,", speaker: "Vladimir Putin", speaker_country: "RUS" }),
      // Only in version 1: the second version shows it as removed.
      ...(version === 1 ? [quote({ span: "increased by another 54 percent", speaker: "Vladimir Putin", speaker_country: "RUS" })] : []),
    ],
  });

const grain = (version: 1 | 2): Invented =>
  version === 1
    ? {
        source_key: "incoming/grain.txt",
        title: "Grain corridor",
        published: "2025-04-02",
        text: "Poland and Ukraine agreed on grain transit. Officials said exports rose 18 percent in 2025.",
        trade: [trade({ span: "rose 18 percent", country_a: "UKR", country_b: "POL", direction: "a_to_b", goods: "grain", value: 18, unit: "percent", value_type: "change", change_direction: "increase", period_start: "2025", period_end: "2025" })],
      }
    : {
        source_key: "incoming/grain.txt",
        title: "Grain corridor",
        published: "2025-04-02",
        text: "Poland and Ukraine agreed on grain transit. Officials said exports rose 20 percent in 2025. Ukraine's foreign minister visited Warsaw in March 2025, and Poland's president plans to visit Kyiv in July 2025.",
        trade: [trade({ span: "rose 20 percent", country_a: "UKR", country_b: "POL", direction: "a_to_b", goods: "grain", value: 20, unit: "percent", value_type: "change", change_direction: "increase", period_start: "2025", period_end: "2025" })],
        visits: [
          visit({ span: "Ukraine's foreign minister visited Warsaw in March 2025", visitor: "Ukraine's foreign minister", visitor_country: "UKR", host_country: "POL", place: "Warsaw", start_date: "2025-03", end_date: "2025-03" }),
          visit({ span: "plans to visit Kyiv in July 2025", visitor: "Poland's president", visitor_country: "POL", host_country: "UKR", place: "Kyiv", start_date: "2025-07", end_date: "2025-07", status: "planned", confidence: 0.4 }),
        ],
      };

/** Strings that would run script or become links if any of them reached markup unescaped. */
export const PAYLOADS = {
  script: "<script>window.__pwned=1</script>",
  img: '"><img src=x onerror="window.__pwned=1">',
  js: "javascript:window.__pwned=1",
  closer: "</script><script>window.__pwned=1</script>",
  svg: "<svg onload=window.__pwned=1>",
};

const HOSTILE_TEXT = `Hostile ${PAYLOADS.svg} test
The envoy said "${PAYLOADS.script}" loudly.
A line separator\u2028and ${PAYLOADS.closer} in the text.
Trade in ${PAYLOADS.img} rose 5 percent in 2024.
See ${PAYLOADS.js} for details.`;

const hostile = (): Invented => ({
    source_key: `incoming/${PAYLOADS.js}.txt`,
    title: `${PAYLOADS.img} Hostile`,
    published: "2024-03-01",
    text: HOSTILE_TEXT,
    trade: [trade({ span: "rose 5 percent", country_a: "KOR", country_b: "JPN", goods: PAYLOADS.img, value: 5, unit: "percent", value_type: "change", change_direction: "increase", period_start: "2024", period_end: "2024", reported_by: PAYLOADS.js })],
    visits: [visit({ span: PAYLOADS.js, visitor: PAYLOADS.svg, host_country: "KOR", place: PAYLOADS.js, purpose: PAYLOADS.closer, start_date: "2024-02", end_date: "2024-02" })],
    quotes: [quote({ span: PAYLOADS.script, id: `q${PAYLOADS.img}`, speaker: PAYLOADS.img, via: PAYLOADS.js })],
  });

async function putArticle(storage: Storage, article: Invented): Promise<ExtractionDocument> {
  const doc = inventDocument(article);
  await storage.put(textKey(doc.article.article_id), article.text);
  await storage.put(extractionKey(doc.article.article_id), JSON.stringify(doc));
  return doc;
}

export interface ExplorerLake {
  dir: string;
  storage: LocalStore;
  versions: [string, string];
  /** The documents of the second version. */
  documents: { summit: ExtractionDocument; grain: ExtractionDocument; hostile: ExtractionDocument };
}

/**
 * Publishes version 1 (summit, grain) and version 2 (summit changed, grain
 * edited, hostile added), each followed by the landing page as the CLI does.
 */
export async function explorerLake(): Promise<ExplorerLake> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "explorer-lake-"));
  const storage = new LocalStore(dir);
  await putArticle(storage, summit(1));
  const oldGrain = await putArticle(storage, grain(1));
  const first = await publishVersion(storage, { now: () => new Date("2025-05-01T10:00:00Z") });
  await writeLandingPage(storage);

  await storage.delete(extractionKey(oldGrain.article.article_id));
  const documents = { summit: await putArticle(storage, summit(2)), grain: await putArticle(storage, grain(2)), hostile: await putArticle(storage, hostile()) };
  const second = await publishVersion(storage, { now: () => new Date("2025-05-02T10:00:00Z") });
  await writeLandingPage(storage);
  return { dir, storage, versions: [first.version, second.version], documents };
}
