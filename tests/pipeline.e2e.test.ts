// The whole pipeline on a temporary lake: fixtures in, versioned datasets out.
// Extraction changes under this test, so it checks properties of whatever
// records come out, never particular records.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../lambdas/core/article";
import { extractionKey, LATEST_KEY, PREFIX, textKey, versionKey } from "../lambdas/pipeline/keys";
import { publishVersion, type Manifest } from "../lambdas/pipeline/publish";
import { listVersions } from "../lambdas/pipeline/versions";
import { getJson, listAll } from "../lambdas/storage/storage";
import { FaultyStorage } from "./helpers/faultyStorage";
import { byStatus, ingestAll, latestVersionOf, tempLake, upload, uploadFixtures, type TempLake } from "./helpers/lake";
import { extractionProblems } from "./helpers/records";
import { inspectVersion, snapshotVersion } from "./helpers/versionCheck";

const clock = (start: string) => {
  let t = Date.parse(start);
  return () => new Date((t += 60_000));
};

describe("Pipeline: ingest and publish on a temporary lake", () => {
  let lake: TempLake;
  let store: FaultyStorage;
  let articleKeys: string[];
  const now = clock("2024-06-21T10:00:00Z");
  const versions: string[] = [];

  beforeAll(async () => {
    lake = await tempLake();
    store = new FaultyStorage(lake.store);
    articleKeys = await uploadFixtures(store);
  });
  afterAll(() => lake.cleanup());

  it("extracts every fixture article, storing its text and a valid document", async () => {
    const outcomes = await ingestAll(store);
    expect(byStatus(outcomes, "extracted")).toEqual(articleKeys);
    for (const outcome of outcomes) {
      if (outcome.status !== "extracted") continue;
      const text = (await store.get(textKey(outcome.articleId)))!.body.toString("utf8");
      const doc = await getJson(store, extractionKey(outcome.articleId));
      expect(extractionProblems(doc, text)).toEqual([]);
    }
    expect(await listAll(store, PREFIX.errors)).toEqual([]);
  });

  it("publishes a first version, writing latest.json only after every file of it", async () => {
    store.clearLog();
    const outcome = await publishVersion(store, { now });
    expect(outcome.status).toBe("published");
    versions.push(outcome.version);
    const puts = store.puts();
    expect(puts.at(-1)).toBe(LATEST_KEY);
    expect(puts.slice(0, -1).every((key) => key.startsWith(versionKey(outcome.version, "")))).toBe(true);
    expect(puts.slice(0, -1).sort()).toEqual((await listAll(store, versionKey(outcome.version, ""))).sort());
    expect(await latestVersionOf(store)).toBe(outcome.version);
  });

  it("publishes datasets whose CSV, JSON, datapackage.json and manifest agree", async () => {
    const report = await inspectVersion(store, versions[0]!);
    expect(report.problems).toEqual([]);
    expect(report.manifest?.articles.map((a) => a.source_key).sort()).toEqual(articleKeys);
  });

  it("names each input article in the manifest with the hash of its stored text", async () => {
    const manifest = (await getJson<Manifest>(store, versionKey(versions[0]!, "manifest.json")))!;
    for (const article of manifest.articles) {
      const text = (await store.get(textKey(article.article_id)))!.body;
      expect(article.text_sha256).toBe(sha256Hex(text));
      expect(article.article_id).toBe(article.text_sha256.slice(0, 16));
    }
    expect(manifest.articles.find((a) => a.source_key.endsWith("minister-visit.html"))).toMatchObject({
      title: "Norway's foreign minister visits Chile",
      published: "2024-03-12",
    });
  });

  it("lists an article with no records in the manifest with zero rows", async () => {
    const manifest = (await getJson<Manifest>(store, versionKey(versions[0]!, "manifest.json")))!;
    expect(manifest.articles.find((a) => a.source_key === "incoming/quiet-day.md")?.rows).toEqual({ trade: 0, visits: 0, quotes: 0 });
  });

  it("does nothing on a second ingest and publish: no extraction written, no version, no pointer move", async () => {
    store.clearLog();
    const outcomes = await ingestAll(store);
    expect(byStatus(outcomes, "unchanged")).toEqual(articleKeys);
    const outcome = await publishVersion(store, { now });
    expect(outcome).toMatchObject({ status: "unchanged", version: versions[0] });
    expect(store.puts().filter((key) => !key.startsWith(PREFIX.sources))).toEqual([]);
    expect((await listVersions(store)).map((m) => m.version)).toEqual(versions);
  });

  it("publishes a new version for a changed article and leaves the old one byte for byte", async () => {
    const before = await snapshotVersion(store, versions[0]!);
    const oldManifest = (await getJson<Manifest>(store, versionKey(versions[0]!, "manifest.json")))!;
    await upload(store, "harbor-trade.txt", "Brazil and Kenya agreed on Friday to cut coffee tariffs, officials in Brasília said.\n");
    const outcomes = await ingestAll(store);
    expect(byStatus(outcomes, "extracted")).toEqual(["incoming/harbor-trade.txt"]);

    const outcome = await publishVersion(store, { now });
    expect(outcome.status).toBe("published");
    versions.push(outcome.version);
    expect(outcome.version > versions[0]!).toBe(true);
    expect(await latestVersionOf(store)).toBe(outcome.version);
    expect((await inspectVersion(store, outcome.version)).problems).toEqual([]);

    expect(await snapshotVersion(store, versions[0]!)).toEqual(before);
    expect((await inspectVersion(store, versions[0]!)).problems).toEqual([]);
    const changed = (m: Manifest) => m.articles.find((a) => a.source_key === "incoming/harbor-trade.txt")!;
    expect(changed(outcome.manifest).text_sha256).not.toBe(changed(oldManifest).text_sha256);
    // The old extraction is gone: the new version holds only the new text's records.
    expect(await store.get(extractionKey(changed(oldManifest).article_id))).toBeNull();
    const report = await inspectVersion(store, outcome.version);
    const rowsOf = (id: string) => Object.values(report.rows).flat().filter((r) => r.article_id === id);
    expect(rowsOf(changed(oldManifest).article_id)).toEqual([]);
  });

  it("drops a deleted article from the next version while older versions still hold it", async () => {
    await store.delete("incoming/quiet-day.md");
    const outcomes = await ingestAll(store);
    expect(byStatus(outcomes, "removed")).toEqual(["incoming/quiet-day.md"]);

    const outcome = await publishVersion(store, { now });
    expect(outcome.status).toBe("published");
    versions.push(outcome.version);
    expect(outcome.manifest.articles.map((a) => a.source_key)).not.toContain("incoming/quiet-day.md");
    expect((await inspectVersion(store, outcome.version)).problems).toEqual([]);
    for (const old of versions.slice(0, -1)) {
      const manifest = (await inspectVersion(store, old)).manifest!;
      expect(manifest.articles.map((a) => a.source_key)).toContain("incoming/quiet-day.md");
    }
  });

  it("lists every version, oldest first, each complete", async () => {
    expect((await listVersions(store)).map((m) => m.version)).toEqual(versions);
    for (const version of versions) expect((await inspectVersion(store, version)).problems).toEqual([]);
  });
});
