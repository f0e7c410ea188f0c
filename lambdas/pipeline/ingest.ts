// Stage 1: an article under incoming/ → its extraction (or a stored rejection).
// Every event is settled against the bucket's current state, so duplicate,
// late or reordered events converge on the same result.
import { articleIdOf, type PlainArticle } from "../core/article";
import { RejectedInputError } from "../core/errors";
import { extractDocument } from "../extraction/extract";
import { readArticle, metaKeyFor } from "../input/article";
import { META_SUFFIX, isMetaKey } from "../input/plainText";
import type { ExtractionDocument } from "../core/schemas";
import { getJson, listAll, putJson, type Storage } from "../storage/storage";
import { assertIngestibleKey, errorKey, extractionKey, holderKey, holdersPrefix, sourceIndexKey, textKey } from "./keys";
import { compareSequencers } from "./sequencer";

export interface EventOptions {
  /** The S3 event's sequencer: an event older than the last one applied is ignored. */
  sequencer?: string;
  now?: Date;
}

export type IngestOutcome =
  | { status: "extracted"; sourceKey: string; articleId: string; records: Record<"trade" | "visits" | "quotes", number> }
  | { status: "unchanged"; sourceKey: string; articleId: string }
  | { status: "rejected"; sourceKey: string; reason: string; detail: string }
  | { status: "removed"; sourceKey: string; articleId: string | null }
  | { status: "stale"; sourceKey: string };

/** What the lake remembers about one source key. */
interface SourceEntry {
  source_key: string;
  article_id: string | null;
  state: "extracted" | "rejected" | "removed";
  /** The last sequencer applied, per event key: S3 orders sequencers only within one key (article or sidecar). */
  sequencers?: Record<string, string>;
  /** Written by earlier versions: the last sequencer of any event key. */
  sequencer?: string | null;
  at: string;
}

export interface RejectionRecord {
  source_key: string;
  reason: string;
  detail: string;
  at: string;
}

/** The article a key refers to: a sidecar's events re-process its article. */
export const articleKeyOf = (key: string) => (isMetaKey(key) ? key.slice(0, -META_SUFFIX.length) : key);

/** The article's bytes and its sidecar's, or null when the article is gone from incoming/. */
async function readSource(storage: Storage, sourceKey: string): Promise<{ body: Buffer; meta: Buffer | null } | null> {
  assertIngestibleKey(sourceKey);
  const [object, meta] = await Promise.all([storage.get(sourceKey), storage.get(metaKeyFor(sourceKey))]);
  return object && { body: object.body, meta: meta?.body ?? null };
}

/**
 * Brings the lake in line with `incoming/<key>` as it is now: extracted if
 * the object exists, removed if it does not.
 */
export async function syncArticle(storage: Storage, key: string, options: EventOptions = {}): Promise<IngestOutcome> {
  const sourceKey = articleKeyOf(key);
  // Independent reads, in one round trip instead of three.
  const [entry, source] = await Promise.all([
    getJson<SourceEntry>(storage, sourceIndexKey(sourceKey)),
    readSource(storage, sourceKey).catch((error: unknown) => {
      if (error instanceof RejectedInputError) return error;
      throw error;
    }),
  ]);
  if (isStale(entry, key, options.sequencer)) return { status: "stale", sourceKey };

  const at = (options.now ?? new Date()).toISOString();
  const remember = (articleId: string | null, state: SourceEntry["state"]) =>
    putJson(storage, sourceIndexKey(sourceKey), {
      source_key: sourceKey,
      article_id: articleId,
      state,
      sequencers: { ...lastSequencers(entry), ...(options.sequencer ? { [key]: options.sequencer } : {}) },
      at,
    } satisfies SourceEntry);
  const reject = async (error: RejectedInputError): Promise<IngestOutcome> => {
    const rejection: RejectionRecord = { source_key: sourceKey, reason: error.reason, detail: error.message, at };
    await putJson(storage, errorKey(sourceKey), rejection);
    await dropExtraction(storage, entry);
    await remember(null, "rejected");
    return { status: "rejected", sourceKey, reason: error.reason, detail: error.message };
  };

  if (source instanceof RejectedInputError) return reject(source);
  // null: the object is gone from incoming/.
  let article: PlainArticle | null = null;
  try {
    article = source && readArticle(source.body, sourceKey, source.meta);
  } catch (error) {
    if (!(error instanceof RejectedInputError)) throw error;
    return reject(error);
  }

  if (!article) {
    await dropExtraction(storage, entry);
    await storage.delete(errorKey(sourceKey));
    await remember(null, "removed");
    return { status: "removed", sourceKey, articleId: entry?.article_id ?? null };
  }

  // The stored extraction is fetched while this one is computed.
  const storedObject = storage.get(extractionKey(articleIdOf(article.text)));
  // Awaited below; this only keeps a failed read from counting as unhandled should extraction throw first.
  storedObject.catch(() => undefined);
  const doc = extractDocument(article);
  const articleId = doc.article.article_id;
  const serialize = (owner: string) => JSON.stringify({ ...doc, article: { ...doc.article, source_key: owner } }, null, 2) + "\n";
  const stored = (await storedObject)?.body.toString("utf8");
  const owner = stored ? (JSON.parse(stored) as ExtractionDocument).article.source_key : null;
  // The same text under another key that still holds it stays that key's: a duplicate upload changes nothing.
  const current =
    stored === serialize(sourceKey) ||
    (owner !== null && owner !== sourceKey && stored === serialize(owner) && !!(await storage.get(holderKey(articleId, owner))));
  const unchanged = current && entry?.article_id === articleId;
  // This key claims the article before writing it, so another key's removal never deletes it.
  // This key claims the article before writing it, so another key's removal never deletes it.
  if (!unchanged) await putJson(storage, holderKey(articleId, sourceKey), { source_key: sourceKey });
  if (!current) {
    // Text first: an extraction is only visible once the text its offsets index is there.
    await storage.put(textKey(articleId), article.text, { contentType: "text/plain; charset=utf-8" });
    await storage.put(extractionKey(articleId), serialize(sourceKey), { contentType: "application/json" });
  }
  if (entry?.article_id && entry.article_id !== articleId) await dropExtraction(storage, entry);
  await Promise.all([storage.delete(errorKey(sourceKey)), remember(articleId, "extracted")]);
  return unchanged
    ? { status: "unchanged", sourceKey, articleId }
    : {
        status: "extracted",
        sourceKey,
        articleId,
        records: { trade: doc.trade.length, visits: doc.visits.length, quotes: doc.quotes.length },
      };
}

const lastSequencers = (entry: SourceEntry | null): Record<string, string> =>
  entry?.sequencers ?? (entry?.sequencer ? { [entry.source_key]: entry.sequencer } : {});

function isStale(entry: SourceEntry | null, key: string, sequencer: string | undefined): boolean {
  const last = lastSequencers(entry)[key];
  return !!(sequencer && last && compareSequencers(sequencer, last) < 0);
}

/**
 * This source key no longer holds its article. The extraction goes too,
 * unless another key holds the same text: then that key becomes its source.
 */
async function dropExtraction(storage: Storage, entry: SourceEntry | null): Promise<void> {
  if (!entry?.article_id) return;
  const articleId = entry.article_id;
  await storage.delete(holderKey(articleId, entry.source_key));
  for (const key of await listAll(storage, holdersPrefix(articleId))) {
    const holder = await getJson<{ source_key: string }>(storage, key);
    if (!holder) continue;
    const doc = await getJson<ExtractionDocument>(storage, extractionKey(articleId));
    if (doc && doc.article.source_key === entry.source_key) {
      doc.article.source_key = holder.source_key;
      await putJson(storage, extractionKey(articleId), doc);
    }
    return;
  }
  await storage.delete(extractionKey(articleId));
  await storage.delete(textKey(articleId));
}
