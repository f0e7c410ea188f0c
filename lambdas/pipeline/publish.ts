// Stage 2: all current extractions → one immutable dataset version, then the
// latest pointer. Nothing points at a version until every file of it exists.
import { sha256Hex } from "../core/article";
import { PreconditionFailedError } from "../core/errors";
import { byCodeUnit } from "../core/order";
import { RECORD_KINDS, type ExtractionDocument, type RecordKind } from "../core/schemas";
import { dataFiles, RowSerializer, type ArticleRows } from "../datasets/dataFiles";
import { dataPackage, type DataFile } from "../datasets/datapackage";
import { writeVersionPage } from "../explorer/explorer";
import { PARSER } from "../extraction/parser";
import { getJson, putJson, type Storage } from "../storage/storage";
import { LATEST_KEY, PREFIX, versionKey } from "./keys";

export interface Manifest {
  version: string;
  created: string;
  parser: { name: string; version: string };
  /** The version this one replaced (latest.json when it was written): published versions form a chain. */
  previous?: string | null;
  /** sha256 over the data files and the input articles: equal content, equal hash. */
  content_sha256: string;
  rows: Record<RecordKind, number>;
  articles: {
    article_id: string;
    source_key: string;
    text_sha256: string;
    title: string | null;
    published: string | null;
    parser_version: string;
    rows: Record<RecordKind, number>;
  }[];
  files: { path: string; bytes: number; hash: string }[];
}

export interface LatestPointer {
  version: string;
}

export type PublishOutcome =
  | { status: "published"; version: string; manifest: Manifest; previous: string | null }
  | { status: "unchanged"; version: string; manifest: Manifest };

const MAX_ATTEMPTS = 5;

export async function publishVersion(storage: Storage, options: { now?: () => Date } = {}): Promise<PublishOutcome> {
  const now = options.now ?? (() => new Date());
  for (let attempt = 1; ; attempt++) {
    try {
      return await publishOnce(storage, now());
    } catch (error) {
      // Another publish moved latest.json first: start over from the extractions as they are now.
      if (!(error instanceof PreconditionFailedError) || error.key !== LATEST_KEY || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function publishOnce(storage: Storage, now: Date): Promise<PublishOutcome> {
  // The pointer before the extractions: if another publish moves it after this
  // read, our compare-and-swap fails, so older data never replaces newer.
  const latest = await storage.get(LATEST_KEY);
  const previous = latest ? (JSON.parse(latest.body.toString("utf8")) as LatestPointer).version : null;
  const written = await writeVersionFiles(storage, now, previous);
  if (written.status === "unchanged") return written;
  const { version, manifest } = written;
  // The explorer page is part of the version, so it exists before anything points at it.
  // It reads the version back from its files: the extractions read above are released by now.
  await writeVersionPage(storage, version);

  // Last, the pointer: compare-and-swap so that two publishes never overwrite each other.
  const pointer: LatestPointer = { version };
  await putJson(storage, LATEST_KEY, pointer, latest ? { ifMatch: latest.etag } : { ifNoneMatch: "*" });
  return { status: "published", version, manifest, previous };
}

/** The data files and descriptors of a new version, or the previous version if its content is the same. */
async function writeVersionFiles(
  storage: Storage,
  now: Date,
  previous: string | null,
): Promise<{ status: "written"; version: string; manifest: Manifest } | Extract<PublishOutcome, { status: "unchanged" }>> {
  const extractions = await readExtractions(storage);
  const files = dataFiles(extractions.map((e) => e.rows));
  const articles = extractions.map((e) => e.entry);
  // The data files and the inputs they came from: an article added or removed
  // without records still changes what the version says it holds.
  const contentHash = sha256Hex([...files.map((f) => `${f.path}:${f.hash}`), ...articles.map((a) => JSON.stringify(a))].join("\n"));

  if (previous) {
    const current = await getJson<Manifest>(storage, versionKey(previous, "manifest.json"));
    if (current?.content_sha256 === contentHash) return { status: "unchanged", version: previous, manifest: current };
  }

  const created = versionTime(now, previous);
  // The id names the content and the version it replaces: two racing publishes with the same id write the same
  // bytes, manifest (with its `previous`) included.
  const idHash = sha256Hex(`${contentHash}\n${previous ?? ""}`);
  const version = `${created.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${idHash.slice(0, 8)}`;
  const manifest: Manifest = {
    version,
    created: created.toISOString(),
    parser: { ...PARSER },
    previous,
    content_sha256: contentHash,
    rows: Object.fromEntries(RECORD_KINDS.map((kind) => [kind, articles.reduce((n, a) => n + a.rows[kind], 0)])) as Record<RecordKind, number>,
    articles,
    files: files.map((f) => ({ path: f.path, bytes: f.bytes, hash: f.hash })),
  };

  // Data files, then the descriptors, all create-only: a version is never edited.
  // One file's bytes at a time, besides the articles' serialized rows.
  for (const file of files) await putOnce(storage, versionKey(version, file.path), file.takeBody(), contentTypeOf(file));
  await putOnce(storage, versionKey(version, "datapackage.json"), json(dataPackage(version, manifest.created, files)), "application/json");
  await putOnce(storage, versionKey(version, "manifest.json"), json(manifest), "application/json");
  return { status: "written", version, manifest };
}

/**
 * A version's time, to the second (so equal ids mean equal bytes when two
 * publishes race), and always after the version it replaces, so that
 * latest.json only moves forward in version order even within one second.
 */
function versionTime(now: Date, previous: string | null): Date {
  const seconds = Math.floor(now.getTime() / 1000) * 1000;
  const stamp = previous?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/);
  if (!stamp) return new Date(seconds);
  const [, y, mo, d, h, mi, s] = stamp.map(Number) as number[];
  return new Date(Math.max(seconds, Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) + 1000));
}

const articleEntry = (doc: ExtractionDocument): Manifest["articles"][number] => ({
  article_id: doc.article.article_id,
  source_key: doc.article.source_key,
  text_sha256: doc.article.text_sha256,
  title: doc.article.title,
  published: doc.article.published,
  parser_version: doc.parser.version,
  rows: { trade: doc.trade.length, visits: doc.visits.length, quotes: doc.quotes.length },
});

/**
 * Every extraction's manifest entry and serialized rows, in article-id order so
 * the output is deterministic. One parsed document at a time.
 */
async function readExtractions(storage: Storage): Promise<{ entry: Manifest["articles"][number]; rows: ArticleRows }[]> {
  const serializer = new RowSerializer();
  const extractions = [];
  for await (const key of storage.list(PREFIX.extractions)) {
    if (!key.endsWith("/extraction.json")) continue;
    const doc = await getJson<ExtractionDocument>(storage, key);
    if (doc) extractions.push({ entry: articleEntry(doc), rows: serializer.rowsOf(doc) });
  }
  return extractions.sort((a, b) => byCodeUnit(a.entry.article_id, b.entry.article_id));
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";
const contentTypeOf = (file: DataFile) => (file.format === "csv" ? "text/csv; charset=utf-8" : "application/json");

/** A retry after a crash finds some files already written: same version id, same bytes. */
async function putOnce(storage: Storage, key: string, body: string | Buffer, contentType: string): Promise<void> {
  try {
    await storage.put(key, body, { ifNoneMatch: "*", contentType });
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
    const existing = await storage.get(key);
    if (!existing?.body.equals(typeof body === "string" ? Buffer.from(body, "utf8") : body)) throw new Error(`version object ${key} exists with other content`);
  }
}
