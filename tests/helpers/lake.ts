// A throwaway lake on a temp folder, and the few steps tests take on it.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { syncArticle, type EventOptions, type IngestOutcome } from "../../lambdas/pipeline/ingest";
import { LATEST_KEY, PREFIX } from "../../lambdas/pipeline/keys";
import type { LatestPointer } from "../../lambdas/pipeline/publish";
import { listSourceKeys } from "../../lambdas/pipeline/sourceKeys";
import { LocalStore } from "../../lambdas/storage/localStore";
import { getJson, type Storage } from "../../lambdas/storage/storage";

export const FIXTURE_ARTICLES = path.join(__dirname, "..", "fixtures", "articles");

export interface TempLake {
  dir: string;
  store: LocalStore;
  cleanup: () => Promise<void>;
}

export async function tempLake(): Promise<TempLake> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "lake-test-"));
  return { dir, store: new LocalStore(dir), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Puts an article (and, if given, its sidecar) under incoming/<name>. */
export async function upload(storage: Storage, name: string, body: string | Uint8Array, meta?: unknown): Promise<string> {
  const key = PREFIX.incoming + name;
  await storage.put(key, body);
  if (meta !== undefined) await storage.put(`${key}.meta.json`, typeof meta === "string" ? meta : JSON.stringify(meta));
  return key;
}

/** Uploads every file of tests/fixtures/articles (sidecars included); returns the article keys. */
export async function uploadFixtures(storage: Storage): Promise<string[]> {
  const keys: string[] = [];
  for (const name of (await readdir(FIXTURE_ARTICLES)).sort()) {
    const key = await upload(storage, name, await readFile(path.join(FIXTURE_ARTICLES, name)));
    if (!name.endsWith(".meta.json")) keys.push(key);
  }
  return keys;
}

/** What `npm start` does between upload and publish: settle every known source key. */
export async function ingestAll(storage: Storage, options: EventOptions = {}): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const key of await listSourceKeys(storage)) outcomes.push(await syncArticle(storage, key, options));
  return outcomes;
}

export const latestVersionOf = async (storage: Storage): Promise<string | null> =>
  (await getJson<LatestPointer>(storage, LATEST_KEY))?.version ?? null;

export const byStatus = (outcomes: readonly IngestOutcome[], status: IngestOutcome["status"]) =>
  outcomes.filter((o) => o.status === status).map((o) => o.sourceKey);
