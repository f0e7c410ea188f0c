// Issue 5, faults: a write or read that fails midway never leaves a visible
// partial version or a half-written object, and a retry completes the work.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncArticle } from "../lambdas/pipeline/ingest";
import { extractionKey, LATEST_KEY, PREFIX, textKey } from "../lambdas/pipeline/keys";
import { publishVersion } from "../lambdas/pipeline/publish";
import { FaultyStorage, InjectedFault } from "./helpers/faultyStorage";
import { ingestAll, latestVersionOf, tempLake, upload, type TempLake } from "./helpers/lake";
import { versionFolders } from "./helpers/scenarios";
import { inspectVersion } from "./helpers/versionCheck";

/** A publish writes 6 data files, datapackage.json, manifest.json, then latest.json. */
const PUBLISH_WRITES = 9;
const text = (n: number) => `“Exports to Chile rose ${n} percent,” the Peruvian minister said in Lima on Monday.\n`;

describe("Robustness: faults mid-publish", () => {
  let lake: TempLake;
  let store: FaultyStorage;
  let previous: string;
  let clock: number;
  const now = () => new Date((clock += 60_000));

  beforeEach(async () => {
    lake = await tempLake();
    store = new FaultyStorage(lake.store);
    clock = Date.parse("2024-06-21T10:00:00Z");
    await upload(store, "a.txt", text(1));
    await ingestAll(store);
    previous = (await publishVersion(store, { now })).version;
    await upload(store, "b.txt", text(2));
    await ingestAll(store);
  });
  afterEach(() => lake.cleanup());

  it.each(Array.from({ length: PUBLISH_WRITES }, (_, i) => i + 1))("write %i fails: latest.json stays on the previous complete version; the retry completes", async (n) => {
    store.arm({ failWriteAt: n });
    await expect(publishVersion(store, { now })).rejects.toBeInstanceOf(InjectedFault);
    expect(await latestVersionOf(store)).toBe(previous);
    expect((await inspectVersion(store, previous)).problems).toEqual([]);
    // Whatever the failed publish left is either a complete version or a folder without a manifest, which nothing lists.
    for (const [version, files] of await versionFolders(store)) {
      if (files.includes("manifest.json")) expect((await inspectVersion(store, version)).problems, version).toEqual([]);
    }

    store.arm({});
    const retry = await publishVersion(store, { now });
    expect(retry.status).toBe("published");
    expect(await latestVersionOf(store)).toBe(retry.version);
    const report = await inspectVersion(store, retry.version);
    expect(report.problems).toEqual([]);
    expect(report.manifest!.articles.map((a) => a.source_key).sort()).toEqual(["incoming/a.txt", "incoming/b.txt"]);
  });

  it("a retry within the same second reuses the half-written version's objects", async () => {
    const fixed = () => new Date("2024-06-21T12:00:00Z");
    store.arm({ failWritesTo: /manifest\.json$/ });
    await expect(publishVersion(store, { now: fixed })).rejects.toBeInstanceOf(InjectedFault);
    store.arm({});
    const retry = await publishVersion(store, { now: fixed });
    expect((await inspectVersion(store, retry.version)).problems).toEqual([]);
    expect((await versionFolders(store)).size).toBe(2);
  });

  it.each([
    ["an extraction", /extraction\.json$/],
    ["the latest pointer", /^datasets\/latest\.json$/],
    ["the latest manifest", /manifest\.json$/],
  ])("a failing read of %s fails the publish without writing anything", async (_, keys) => {
    store.arm({ failReadsOf: keys });
    store.clearLog();
    await expect(publishVersion(store, { now })).rejects.toBeInstanceOf(InjectedFault);
    expect(store.puts()).toEqual([]);
    expect(await latestVersionOf(lake.store)).toBe(previous);
    store.arm({});
    expect((await publishVersion(store, { now })).status).toBe("published");
  });
});

describe("Robustness: faults mid-ingest", () => {
  let lake: TempLake;
  let store: FaultyStorage;
  beforeEach(async () => {
    lake = await tempLake();
    store = new FaultyStorage(lake.store);
  });
  afterEach(() => lake.cleanup());

  it.each([
    ["the text", /text\.txt$/],
    ["the extraction", /extraction\.json$/],
    ["the source index", /^sources\/[0-9a-f]+\.json$/],
  ])("writing %s fails: no extraction without its text, and the retry completes", async (_, keys) => {
    const key = await upload(store, "a.txt", text(3));
    store.arm({ failWritesTo: keys });
    await expect(syncArticle(store, key)).rejects.toBeInstanceOf(InjectedFault);
    for (const extraction of store.puts().filter((k) => k.endsWith("extraction.json")))
      expect(await store.get(extraction.replace("extraction.json", "text.txt"))).not.toBeNull();

    store.arm({});
    const outcome = await syncArticle(store, key);
    expect(outcome.status === "extracted" || outcome.status === "unchanged").toBe(true);
    const articleId = (outcome as { articleId: string }).articleId;
    expect(await store.get(extractionKey(articleId))).not.toBeNull();
    expect(await store.get(textKey(articleId))).not.toBeNull();
    const published = await publishVersion(store);
    expect((await inspectVersion(store, published.version)).problems).toEqual([]);
    expect(published.manifest.articles.map((a) => a.source_key)).toEqual([key]);
  });

  it("a failed write never leaves a pointer to a version that is missing files", async () => {
    await upload(store, "a.txt", text(4));
    await ingestAll(store);
    store.arm({ failWritesTo: /trade\.json$/ });
    await expect(publishVersion(store)).rejects.toBeInstanceOf(InjectedFault);
    expect(await store.get(LATEST_KEY)).toBeNull();
    expect(store.puts().some((k) => k.startsWith(PREFIX.versions) && k.endsWith("manifest.json"))).toBe(false);
    expect(await latestVersionOf(store)).toBeNull();
  });
});
