// Stage 1: an article under incoming/ → its extraction (or a stored rejection).
// Every event is settled against the bucket's current state, so duplicate,
// late or reordered events converge on the same result.
import { RejectedInputError } from "../core/errors";
import { extractDocument } from "../extraction/extract";
import { readArticle, metaKeyFor } from "../input/article";
import { META_SUFFIX, isMetaKey } from "../input/plainText";
import { getJson, putJson, type Storage } from "../storage/storage";
import { errorKey, extractionKey, sourceIndexKey, textKey } from "./keys";
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
  sequencer: string | null;
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

/**
 * Brings the lake in line with `incoming/<key>` as it is now: extracted if
 * the object exists, removed if it does not.
 */
export async function syncArticle(storage: Storage, key: string, options: EventOptions = {}): Promise<IngestOutcome> {
  const sourceKey = articleKeyOf(key);
  const entry = await getJson<SourceEntry>(storage, sourceIndexKey(sourceKey));
  if (isStale(entry, options.sequencer)) return { status: "stale", sourceKey };

  const object = await storage.get(sourceKey);
  const at = (options.now ?? new Date()).toISOString();
  const remember = (articleId: string | null, state: SourceEntry["state"]) =>
    putJson(storage, sourceIndexKey(sourceKey), {
      source_key: sourceKey,
      article_id: articleId,
      state,
      sequencer: options.sequencer ?? entry?.sequencer ?? null,
      at,
    } satisfies SourceEntry);

  if (!object) {
    await dropExtraction(storage, entry);
    await storage.delete(errorKey(sourceKey));
    await remember(null, "removed");
    return { status: "removed", sourceKey, articleId: entry?.article_id ?? null };
  }

  let article;
  try {
    const meta = await storage.get(metaKeyFor(sourceKey));
    article = readArticle(object.body, sourceKey, meta?.body ?? null);
  } catch (error) {
    if (!(error instanceof RejectedInputError)) throw error;
    const rejection: RejectionRecord = { source_key: sourceKey, reason: error.reason, detail: error.message, at };
    await putJson(storage, errorKey(sourceKey), rejection);
    await dropExtraction(storage, entry);
    await remember(null, "rejected");
    return { status: "rejected", sourceKey, reason: error.reason, detail: error.message };
  }

  const doc = extractDocument(article);
  const articleId = doc.article.article_id;
  const serialized = JSON.stringify(doc, null, 2) + "\n";
  const existing = await storage.get(extractionKey(articleId));
  const unchanged = existing?.body.toString("utf8") === serialized && entry?.article_id === articleId;
  if (!unchanged) {
    // Text first: an extraction is only visible once the text its offsets index is there.
    await storage.put(textKey(articleId), article.text, { contentType: "text/plain; charset=utf-8" });
    await storage.put(extractionKey(articleId), serialized, { contentType: "application/json" });
    if (entry?.article_id && entry.article_id !== articleId) await dropExtraction(storage, entry);
  }
  await storage.delete(errorKey(sourceKey));
  await remember(articleId, "extracted");
  return unchanged
    ? { status: "unchanged", sourceKey, articleId }
    : {
        status: "extracted",
        sourceKey,
        articleId,
        records: { trade: doc.trade.length, visits: doc.visits.length, quotes: doc.quotes.length },
      };
}

function isStale(entry: SourceEntry | null, sequencer: string | undefined): boolean {
  return !!(sequencer && entry?.sequencer && compareSequencers(sequencer, entry.sequencer) < 0);
}

async function dropExtraction(storage: Storage, entry: SourceEntry | null): Promise<void> {
  if (!entry?.article_id) return;
  await storage.delete(extractionKey(entry.article_id));
  await storage.delete(textKey(entry.article_id));
}
