// Writing the pages: read versions' own files through Storage, render, store.
// publish writes a version's page before latest.json moves (the page is part of
// the version); the landing page, over all versions, is rewritten after publishing.
import { sha256Hex } from "../core/article";
import { PreconditionFailedError } from "../core/errors";
import { RECORD_KINDS, type RecordKind } from "../core/schemas";
import { DATASETS_INDEX_KEY, PREFIX, textKey, versionKey } from "../pipeline/keys";
import type { Manifest } from "../pipeline/publish";
import { latestVersion } from "../pipeline/versions";
import { getJson, listAll, type Storage } from "../storage/storage";
import { diffVersions, type Snapshot } from "./diff";
import { landingPage } from "./landing";
import { versionPage, type FileEntry, type VersionContent } from "./page";
import { articleLabel, type AnyRecord } from "./records";

export const PAGE_FILE = "index.html";
const DESCRIPTORS = ["datapackage.json", "manifest.json"];
const HTML = "text/html; charset=utf-8";

/** `datasets/versions/<version>/index.html`, compared with the version before it. */
export async function writeVersionPage(storage: Storage, version: string): Promise<void> {
  const keys = await listAll(storage, PREFIX.versions);
  const current = await readSnapshot(storage, version);
  const previousId = versionsIn(keys).filter((v) => v < version).pop();
  const previous = previousId ? await readSnapshot(storage, previousId) : null;
  const content: VersionContent = {
    manifest: current.manifest,
    records: current.records as VersionContent["records"],
    texts: await readTexts(storage, current.manifest),
    files: [...current.manifest.files, ...(await describeStored(storage, version, DESCRIPTORS))],
    diff: previous ? diffVersions(previous, current) : null,
    previousArticles: new Map(previous?.manifest.articles.map((a) => [a.article_id, articleLabel(a)])),
  };
  try {
    // Part of the immutable version: written once; a retried publish finds it already there.
    await storage.put(versionKey(version, PAGE_FILE), versionPage(content), { ifNoneMatch: "*", contentType: HTML });
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
  }
}

/** `datasets/index.html`: every complete version with its files. */
export async function writeLandingPage(storage: Storage): Promise<void> {
  const keys = new Set(await listAll(storage, PREFIX.versions));
  const latest = await latestVersion(storage);
  const entries = [];
  for (const version of versionsIn([...keys])) {
    const manifest = await getJson<Manifest>(storage, versionKey(version, "manifest.json"));
    if (!manifest) continue;
    const files = [...manifest.files, ...(await describeStored(storage, version, DESCRIPTORS))];
    entries.push({ manifest, files, hasPage: keys.has(versionKey(version, PAGE_FILE)), latest: version === latest });
  }
  await storage.put(DATASETS_INDEX_KEY, landingPage(entries), { contentType: HTML });
}

/** Complete versions (their manifest exists), oldest first. */
function versionsIn(keys: readonly string[]): string[] {
  const ids = keys.map((key) => /^datasets\/versions\/([^/]+)\/manifest\.json$/.exec(key)?.[1]).filter((id): id is string => !!id);
  return [...new Set(ids)].sort();
}

async function readSnapshot(storage: Storage, version: string): Promise<Snapshot<AnyRecord> & { manifest: Manifest }> {
  const manifest = await getJson<Manifest>(storage, versionKey(version, "manifest.json"));
  if (!manifest) throw new Error(`version ${version} has no manifest`);
  const records = {} as Record<RecordKind, AnyRecord[]>;
  for (const kind of RECORD_KINDS) records[kind] = (await getJson<AnyRecord[]>(storage, versionKey(version, `${kind}.json`))) ?? [];
  return { version, articles: manifest.articles, records, manifest };
}

/** Texts of the articles that have records; one that is gone or differs from its hash is left out. */
async function readTexts(storage: Storage, manifest: Manifest): Promise<Map<string, string | null>> {
  const texts = new Map<string, string | null>();
  for (const article of manifest.articles) {
    if (RECORD_KINDS.every((kind) => article.rows[kind] === 0)) continue;
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
