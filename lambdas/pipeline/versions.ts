// Reading published versions back: the CLI, the download endpoint and tests share this.
import { UsageError } from "../core/errors";
import { byCodeUnit } from "../core/order";
import { getJson, type Storage } from "../storage/storage";
import { LATEST_KEY, PREFIX, versionKey } from "./keys";
import type { LatestPointer, Manifest } from "./publish";

/**
 * Every published version's manifest, oldest first: the chain from
 * latest.json back through each manifest's `previous`. A version whose
 * publish lost the compare-and-swap (or died before it) is on no chain, so it
 * is never listed, whatever its id.
 */
export async function listVersions(storage: Storage): Promise<Manifest[]> {
  const chain: Manifest[] = [];
  for (let version = await latestVersion(storage); version; ) {
    const manifest = await getJson<Manifest>(storage, versionKey(version, "manifest.json"));
    if (!manifest) break;
    chain.push(manifest);
    // Manifests written before the chain existed have no `previous`: the versions before them are found by id.
    if (manifest.previous === undefined) chain.push(...(await versionsBefore(storage, version)).reverse());
    version = manifest.previous ?? null;
  }
  return chain.reverse();
}

async function versionsBefore(storage: Storage, version: string): Promise<Manifest[]> {
  const manifests: Manifest[] = [];
  for await (const key of storage.list(PREFIX.versions)) {
    if (!key.endsWith("/manifest.json")) continue;
    const manifest = await getJson<Manifest>(storage, key);
    if (manifest && manifest.version < version) manifests.push(manifest);
  }
  return manifests.sort((a, b) => byCodeUnit(a.version, b.version));
}

/**
 * Deletes the version folders no published version chain reaches and older
 * than latest.json: their publish lost the compare-and-swap or died, and can
 * never win now (latest moved past them). Newer ones may still be racing, so
 * they stay. Returns the ids removed.
 */
export async function pruneUnpublished(storage: Storage): Promise<string[]> {
  const latest = await latestVersion(storage);
  if (!latest) return [];
  const published = new Set((await listVersions(storage)).map((m) => m.version));
  const byVersion = new Map<string, string[]>();
  for await (const key of storage.list(PREFIX.versions)) {
    const version = key.slice(PREFIX.versions.length).split("/")[0]!;
    if (version >= latest || published.has(version)) continue;
    const keys = byVersion.get(version) ?? [];
    keys.push(key);
    byVersion.set(version, keys);
  }
  for (const keys of byVersion.values()) for (const key of keys) await storage.delete(key);
  return [...byVersion.keys()];
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
