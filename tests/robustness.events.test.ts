// Issue 5, events: delivered twice, out of order, concurrently; articles
// deleted and updated in place. Every version stays complete.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncArticle } from "../lambdas/pipeline/ingest";
import { extractionKey, LATEST_KEY, PREFIX } from "../lambdas/pipeline/keys";
import { publishVersion, type Manifest } from "../lambdas/pipeline/publish";
import { listVersions } from "../lambdas/pipeline/versions";
import { getJson, listAll } from "../lambdas/storage/storage";
import { FaultyStorage } from "./helpers/faultyStorage";
import { ingestAll, latestVersionOf, tempLake, upload, type TempLake } from "./helpers/lake";
import { inspectVersion, snapshotVersion } from "./helpers/versionCheck";

const article = (n: number) =>
  `Talks number ${n} in Lima.\n\n“We agreed on ${n} points,” the Peruvian trade minister said. Trade between Peru and Chile rose ${n} percent in 2023.\n`;
const sourcesOf = (manifest: Manifest) => manifest.articles.map((a) => a.source_key).sort();

describe("Robustness: events", () => {
  let lake: TempLake;
  let store: FaultyStorage;
  beforeEach(async () => {
    lake = await tempLake();
    store = new FaultyStorage(lake.store);
  });
  afterEach(() => lake.cleanup());

  it("the same event delivered twice: one extraction, no new version", async () => {
    const key = await upload(store, "a.txt", article(1));
    expect((await syncArticle(store, key, { sequencer: "0A" })).status).toBe("extracted");
    const first = await publishVersion(store);
    store.clearLog();
    expect((await syncArticle(store, key, { sequencer: "0A" })).status).toBe("unchanged");
    expect(store.puts().filter((k) => k.startsWith(PREFIX.extractions))).toEqual([]);
    expect(await publishVersion(store)).toMatchObject({ status: "unchanged", version: first.version });
  });

  it("the same article uploaded again under the same and under another name: one extraction, no new version", async () => {
    await upload(store, "a.txt", article(1));
    await ingestAll(store);
    const first = await publishVersion(store);
    await upload(store, "a.txt", article(1));
    await upload(store, "copy-of-a.txt", article(1));
    await ingestAll(store);
    expect((await listAll(store, PREFIX.extractions)).filter((k) => k.endsWith("extraction.json"))).toHaveLength(1);
    expect(await publishVersion(store)).toMatchObject({ status: "unchanged", version: first.version });
  });

  it("deleting one of two names for the same text keeps the article under the other", async () => {
    await upload(store, "a.txt", article(1));
    await upload(store, "b.txt", article(1));
    await ingestAll(store);
    await store.delete("incoming/a.txt");
    expect((await syncArticle(store, "incoming/a.txt")).status).toBe("removed");
    const published = await publishVersion(store);
    expect(sourcesOf(published.manifest)).toEqual(["incoming/b.txt"]);
    expect((await inspectVersion(store, published.version)).problems).toEqual([]);
  });

  it("an event older than the last one applied is ignored (stale)", async () => {
    const key = await upload(store, "a.txt", article(1));
    const applied = await syncArticle(store, key, { sequencer: "00B2" });
    await upload(store, "a.txt", article(2));
    expect((await syncArticle(store, key, { sequencer: "00B1" })).status).toBe("stale");
    expect(await store.get(extractionKey((applied as { articleId: string }).articleId))).not.toBeNull();
    // Sequencers of different lengths compare as numbers: 0B10 is newer than B2.
    expect((await syncArticle(store, key, { sequencer: "0B10" })).status).toBe("extracted");
  });

  it("a sidecar's event is ordered against the sidecar's own earlier events, not the article's", async () => {
    const key = await upload(store, "a.txt", article(1));
    await syncArticle(store, key, { sequencer: "00FF" });
    await store.put(`${key}.meta.json`, JSON.stringify({ title: "New title" }));
    expect((await syncArticle(store, `${key}.meta.json`, { sequencer: "0010" })).status).toBe("extracted");
    const published = await publishVersion(store);
    expect(published.manifest.articles[0]?.title).toBe("New title");
  });

  it("an article deleted: gone from the next version with its extraction, old versions still hold it", async () => {
    await upload(store, "a.txt", article(1));
    await upload(store, "b.txt", article(2));
    await ingestAll(store);
    const v1 = await publishVersion(store, { now: () => new Date("2024-06-21T10:00:00Z") });
    const before = await snapshotVersion(store, v1.version);
    const gone = v1.manifest.articles.find((a) => a.source_key === "incoming/a.txt")!;

    await store.delete("incoming/a.txt");
    await ingestAll(store);
    const v2 = await publishVersion(store, { now: () => new Date("2024-06-21T11:00:00Z") });
    expect(sourcesOf(v2.manifest)).toEqual(["incoming/b.txt"]);
    expect(await listAll(store, `${PREFIX.extractions}${gone.article_id}/`)).toEqual([]);
    const rows = Object.values((await inspectVersion(store, v2.version)).rows).flat();
    expect(rows.filter((r) => r.article_id === gone.article_id)).toEqual([]);
    expect(await snapshotVersion(store, v1.version)).toEqual(before);
    expect(sourcesOf((await inspectVersion(store, v1.version)).manifest!)).toEqual(["incoming/a.txt", "incoming/b.txt"]);
  });

  it("an article updated in place: the next version has only its new records", async () => {
    await upload(store, "a.txt", article(1));
    await ingestAll(store);
    const v1 = await publishVersion(store, { now: () => new Date("2024-06-21T10:00:00Z") });
    await upload(store, "a.txt", article(7));
    await ingestAll(store);
    const v2 = await publishVersion(store, { now: () => new Date("2024-06-21T11:00:00Z") });
    const [oldId, newId] = [v1.manifest.articles[0]!.article_id, v2.manifest.articles[0]!.article_id];
    expect(newId).not.toBe(oldId);
    const report = await inspectVersion(store, v2.version);
    expect(report.problems).toEqual([]);
    const ids = new Set(Object.values(report.rows).flat().map((r) => r.article_id));
    expect(ids.has(oldId)).toBe(false);
    expect([...ids].every((id) => id === newId)).toBe(true);
    expect(v2.manifest.rows).toEqual(v2.manifest.articles[0]!.rows);
  });

  it("50 articles ingested concurrently while 20 publishes race: latest never moves back, every version complete, all 50 in the last", async () => {
    const keys = await Promise.all(Array.from({ length: 50 }, (_, i) => upload(lake.store, `batch-${String(i).padStart(2, "0")}.txt`, article(i))));
    const seen: string[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const version = await latestVersionOf(lake.store);
        if (version && version !== seen.at(-1)) seen.push(version);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const publishes: Promise<unknown>[] = [];
    const ingests = keys.map(async (key, i) => {
      // Staggered, so publishes start while other articles are still arriving.
      await new Promise((r) => setTimeout(r, (i % 10) * 20));
      const outcome = await syncArticle(lake.store, key);
      if (i % 3 === 0 && publishes.length < 20) publishes.push(publishVersion(lake.store));
      return outcome;
    });
    const outcomes = await Promise.all(ingests);
    while (publishes.length < 20) publishes.push(publishVersion(lake.store));
    const settled = await Promise.allSettled(publishes);
    const final = await publishVersion(lake.store);
    polling = false;
    await poller;

    expect(outcomes.every((o) => o.status === "extracted")).toBe(true);
    expect(settled.filter((s) => s.status === "rejected").map((s) => String((s as PromiseRejectedResult).reason))).toEqual([]);
    expect(sourcesOf(final.manifest)).toEqual(keys);
    expect(final.manifest.articles).toHaveLength(50);
    expect(await latestVersionOf(lake.store)).toBe(final.version);
    expect([...seen].sort()).toEqual(seen);
    const versions = (await listVersions(lake.store)).map((m) => m.version);
    for (const version of versions) expect((await inspectVersion(lake.store, version)).problems, version).toEqual([]);
    expect((await getJson<{ version: string }>(lake.store, LATEST_KEY))?.version).toBe(versions.at(-1));
  });
});
