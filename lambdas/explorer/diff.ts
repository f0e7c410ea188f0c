// What changed between two versions: rows by record id, articles by their
// manifest entries (article_id is the text's hash, so equal ids mean equal text).
import { RECORD_KINDS, type RecordKind } from "../core/schemas";

export interface ArticleEntry {
  article_id: string;
  source_key: string;
  text_sha256: string;
  title: string | null;
}

export interface Snapshot<R extends { id: string }> {
  version: string;
  articles: readonly ArticleEntry[];
  records: Record<RecordKind, readonly R[]>;
}

export interface RowChanges<R> {
  added: R[];
  removed: R[];
  /** Same id, other field values (e.g. a parser fix). */
  changed: R[];
}

export interface VersionDiff<R> {
  previous: string;
  rows: Record<RecordKind, RowChanges<R>>;
  articles: { added: ArticleEntry[]; changed: ArticleEntry[]; removed: ArticleEntry[] };
}

export function diffVersions<R extends { id: string }>(previous: Snapshot<R>, current: Snapshot<R>): VersionDiff<R> {
  const rows = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, diffRows(previous.records[kind], current.records[kind])])) as Record<
    RecordKind,
    RowChanges<R>
  >;
  return { previous: previous.version, rows, articles: diffArticles(previous.articles, current.articles) };
}

function diffRows<R extends { id: string }>(before: readonly R[], after: readonly R[]): RowChanges<R> {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Set(after.map((r) => r.id));
  return {
    added: after.filter((r) => !old.has(r.id)),
    removed: before.filter((r) => !now.has(r.id)),
    changed: after.filter((r) => old.has(r.id) && JSON.stringify(old.get(r.id)) !== JSON.stringify(r)),
  };
}

/**
 * The same text is the same article, whatever its source key; a source key
 * whose text differs is a changed article; the rest were added or removed.
 */
function diffArticles(before: readonly ArticleEntry[], after: readonly ArticleEntry[]) {
  const hashesBefore = new Set(before.map((a) => a.text_sha256));
  const hashesAfter = new Set(after.map((a) => a.text_sha256));
  const gone = before.filter((a) => !hashesAfter.has(a.text_sha256));
  const fresh = after.filter((a) => !hashesBefore.has(a.text_sha256));
  const goneKeys = new Set(gone.map((a) => a.source_key));
  const changed = fresh.filter((a) => goneKeys.has(a.source_key));
  const changedKeys = new Set(changed.map((a) => a.source_key));
  return {
    added: fresh.filter((a) => !changedKeys.has(a.source_key)),
    changed,
    removed: gone.filter((a) => !changedKeys.has(a.source_key)),
  };
}
