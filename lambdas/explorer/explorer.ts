// Writing the pages: read versions' own files through Storage, render, store.
// publish writes a version's page before latest.json moves (the page is part of
// the version); the landing page, over all versions, is rewritten after publishing.
import { createHash } from "node:crypto";
import { sha256Hex } from "../core/article";
import { PreconditionFailedError } from "../core/errors";
import { RECORD_KINDS, type RecordKind } from "../core/schemas";
import { DATASETS_INDEX_KEY, PREFIX, textKey, versionKey } from "../pipeline/keys";
import type { Manifest } from "../pipeline/publish";
import { latestVersion, listVersions } from "../pipeline/versions";
import { getJson, listAll, type Storage } from "../storage/storage";
import { diffVersions, type VersionDiff } from "./diff";
import { arrayElements } from "./jsonArray";
import { landingPage } from "./landing";
import { LIST_LIMIT, versionPage, type FileEntry, type VersionContent } from "./page";
import { articleLabel, type AnyRecord } from "./records";

export const PAGE_FILE = "index.html";
const DESCRIPTORS = ["datapackage.json", "manifest.json"];
const HTML = "text/html; charset=utf-8";

/**
 * What a version page embeds at most: past it, the records and texts of the
 * most recently published articles that fit, and a note pointing to the files.
 */
export const PAGE_BUDGET = { articles: 1_000, records: 10_000 };

type ArticleEntry = Manifest["articles"][number];
type Digest = { id: string; digest: string };

/**
 * `datasets/versions/<version>/index.html`, compared with the version before it.
 * Records are read one at a time from the version's JSON files: only those the
 * page embeds are kept, and for the comparison a digest of each.
 */
export async function writeVersionPage(storage: Storage, version: string, budget = PAGE_BUDGET): Promise<void> {
  const manifest = await readManifest(storage, version);
  const previous = manifest.previous ? await readManifest(storage, manifest.previous) : null;
  const shown = pageArticles(manifest.articles, budget);

  const records = byKind<AnyRecord>();
  const digests = { current: byKind<Digest>(), previous: byKind<Digest>() };
  for (const kind of RECORD_KINDS) {
    await eachRecord(storage, version, kind, (record, bytes) => {
      if (shown.has(record.article_id)) records[kind].push(record);
      if (previous) digests.current[kind].push(digestOf(record, bytes));
    });
    if (previous) await eachRecord(storage, previous.version, kind, (record, bytes) => digests.previous[kind].push(digestOf(record, bytes)));
  }
  const diff = previous
    ? diffVersions({ version: previous.version, articles: previous.articles, records: digests.previous }, { version, articles: manifest.articles, records: digests.current })
    : null;

  const content: VersionContent = {
    manifest,
    records: records as VersionContent["records"],
    texts: await readTexts(storage, manifest.articles.filter((a) => shown.has(a.article_id))),
    files: [...manifest.files, ...(await describeStored(storage, version, DESCRIPTORS))],
    diff,
    listed: diff ? await listedRecords(storage, diff, version, records) : new Map(),
    previousArticles: new Map(previous?.articles.map((a) => [a.article_id, articleLabel(a)])),
  };
  try {
    // Part of the immutable version: written once; a retried publish finds it already there.
    await storage.put(versionKey(version, PAGE_FILE), versionPage(content), { ifNoneMatch: "*", contentType: HTML });
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
  }
}

const byKind = <T>(): Record<RecordKind, T[]> => ({ trade: [], visits: [], quotes: [] });
const recordsOf = (a: ArticleEntry) => RECORD_KINDS.reduce((n, kind) => n + a.rows[kind], 0);
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every article when the version fits the budget; else the most recently published articles with records that do. */
export function pageArticles(articles: readonly ArticleEntry[], budget = PAGE_BUDGET): Set<string> {
  const withRecords = articles.filter((a) => recordsOf(a) > 0);
  if (withRecords.length <= budget.articles && withRecords.reduce((n, a) => n + recordsOf(a), 0) <= budget.records) {
    return new Set(articles.map((a) => a.article_id));
  }
  const newestFirst = withRecords.sort((a, b) => byString(b.published ?? "", a.published ?? "") || byString(a.article_id, b.article_id));
  const chosen = new Set<string>();
  let records = 0;
  for (const article of newestFirst) {
    if (chosen.size === budget.articles) break;
    if (records + recordsOf(article) > budget.records) continue;
    chosen.add(article.article_id);
    records += recordsOf(article);
  }
  return chosen;
}

/** `datasets/index.html`: every published version with its files. */
export async function writeLandingPage(storage: Storage): Promise<void> {
  const keys = new Set(await listAll(storage, PREFIX.versions));
  const latest = await latestVersion(storage);
  const entries = [];
  for (const manifest of await listVersions(storage)) {
    const { version } = manifest;
    const files = [...manifest.files, ...(await describeStored(storage, version, DESCRIPTORS))];
    // Not the article list: every version's at once could be large.
    const { articles, created, parser, rows } = manifest;
    entries.push({
      manifest: { version: manifest.version, created, parser, rows },
      articles: articles.length,
      files,
      hasPage: keys.has(versionKey(version, PAGE_FILE)),
      latest: version === latest,
    });
  }
  await storage.put(DATASETS_INDEX_KEY, landingPage(entries), { contentType: HTML });
}

async function readManifest(storage: Storage, version: string): Promise<Manifest> {
  const manifest = await getJson<Manifest>(storage, versionKey(version, "manifest.json"));
  if (!manifest) throw new Error(`version ${version} has no manifest`);
  return manifest;
}

/** Each record of a version's `<kind>.json`, with the bytes that spell it. */
async function eachRecord(storage: Storage, version: string, kind: RecordKind, visit: (record: AnyRecord, bytes: Buffer) => void): Promise<void> {
  const object = await storage.get(versionKey(version, `${kind}.json`));
  if (object) for (const bytes of arrayElements(object.body)) visit(JSON.parse(bytes.toString("utf8")) as AnyRecord, bytes);
}

/** Every version's files are written by the same serializer: equal records are equal bytes. */
const digestOf = (record: AnyRecord, bytes: Buffer): Digest => ({ id: record.id, digest: createHash("sha1").update(bytes).digest("base64") });

/** The records the page's change lists name: the first of each list, from the version that has them. */
async function listedRecords(storage: Storage, diff: VersionDiff<Digest>, version: string, shown: Record<RecordKind, AnyRecord[]>): Promise<Map<string, AnyRecord>> {
  const listed = new Map<string, AnyRecord>();
  for (const kind of RECORD_KINDS) {
    const firstIds = (...lists: Digest[][]) => new Set(lists.flatMap((list) => list.slice(0, LIST_LIMIT).map((r) => r.id)));
    const collect = async (from: string, ids: Set<string>, held: readonly AnyRecord[]) => {
      const keep = (record: AnyRecord) => {
        if (ids.has(record.id)) listed.set(`${kind}:${record.id}`, record);
      };
      held.forEach(keep);
      // The file is read again only for records the page does not embed.
      if ([...ids].some((id) => !listed.has(`${kind}:${id}`))) await eachRecord(storage, from, kind, keep);
    };
    const { added, changed, removed } = diff.rows[kind];
    await collect(version, firstIds(added, changed), shown[kind]);
    await collect(diff.previous, firstIds(removed), []);
  }
  return listed;
}

/** Texts of the articles that have records; one that is gone or differs from its hash is left out. */
async function readTexts(storage: Storage, articles: readonly ArticleEntry[]): Promise<Map<string, string | null>> {
  const texts = new Map<string, string | null>();
  for (const article of articles) {
    if (recordsOf(article) === 0) continue;
    const object = await storage.get(textKey(article.article_id));
    texts.set(article.article_id, object && sha256Hex(object.body) === article.text_sha256 ? object.body.toString("utf8") : null);
  }
  return texts;
}

async function describeStored(storage: Storage, version: string, names: readonly string[]): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  for (const name of names) {
    const object = await storage.get(versionKey(version, name));
    if (object) entries.push({ path: name, bytes: object.body.length, hash: `sha256:${sha256Hex(object.body)}` });
  }
  return entries;
}
