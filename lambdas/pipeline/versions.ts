// Reading published versions back: the CLI, the download endpoint and tests share this.
import { UsageError } from "../core/errors";
import { getJson, type Storage } from "../storage/storage";
import { LATEST_KEY, PREFIX, versionKey } from "./keys";
import type { LatestPointer, Manifest } from "./publish";

/**
 * Every published version's manifest, oldest first (version ids sort by time).
 * A version newer than latest.json is not published: its publish lost the
 * compare-and-swap to another (or died before it), and it never will be.
 */
export async function listVersions(storage: Storage): Promise<Manifest[]> {
  const latest = await latestVersion(storage);
  if (!latest) return [];
  const manifests: Manifest[] = [];
  for await (const key of storage.list(PREFIX.versions)) {
    if (!key.endsWith("/manifest.json")) continue;
    const manifest = await getJson<Manifest>(storage, key);
    if (manifest && manifest.version <= latest) manifests.push(manifest);
  }
  return manifests.sort((a, b) => a.version.localeCompare(b.version));
}

export async function latestVersion(storage: Storage): Promise<string | null> {
  return (await getJson<LatestPointer>(storage, LATEST_KEY))?.version ?? null;
}

/** `latest` or an id → the id of a complete version (its manifest exists). */
export async function resolveVersion(storage: Storage, requested: string): Promise<string> {
  const version = requested === "latest" ? await latestVersion(storage) : requested;
  if (!version) throw new UsageError("no dataset version has been published yet: run `npm run publish`");
  if (!/^[0-9TZ]+-[0-9a-f]{8}$/.test(version)) throw new UsageError(`not a version id: ${requested}`);
  if (!(await storage.get(versionKey(version, "manifest.json")))) throw new UsageError(`no such version: ${version}`);
  return version;
}
