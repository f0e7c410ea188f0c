import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncArticle } from "../lambdas/pipeline/ingest";
import { LATEST_KEY, PREFIX, versionKey } from "../lambdas/pipeline/keys";
import { publishVersion } from "../lambdas/pipeline/publish";
import { listVersions, pruneUnpublished } from "../lambdas/pipeline/versions";
import { LocalStore } from "../lambdas/storage/localStore";
import { listAll, putJson, type Storage } from "../lambdas/storage/storage";
import { upload } from "./helpers/lake";

let dir: string;
let store: LocalStore;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "versions-"));
  store = new LocalStore(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A manifest as publish writes it; without `previous`, as manifests were written before versions were chained. */
const manifest = (version: string, previous?: string | null) =>
  putJson(store, versionKey(version, "manifest.json"), { version, articles: [], rows: {}, ...(previous !== undefined && { previous }) });
const listed = async () => (await listVersions(store)).map((m) => m.version);

describe("Function: listVersions()", () => {
  it("lists the versions up to the one latest.json names, oldest first", async () => {
    for (const v of ["20240102T000000Z-bbbbbbbb", "20240101T000000Z-aaaaaaaa"]) await manifest(v);
    await putJson(store, LATEST_KEY, { version: "20240102T000000Z-bbbbbbbb" });
    expect((await listVersions(store)).map((m) => m.version)).toEqual(["20240101T000000Z-aaaaaaaa", "20240102T000000Z-bbbbbbbb"]);
  });

  it("leaves out a complete version newer than latest.json: its publish lost the race and it was never published", async () => {
    await manifest("20240101T000000Z-aaaaaaaa");
    await manifest("20240101T000001Z-aaaaaaaa");
    await putJson(store, LATEST_KEY, { version: "20240101T000000Z-aaaaaaaa" });
    expect((await listVersions(store)).map((m) => m.version)).toEqual(["20240101T000000Z-aaaaaaaa"]);
  });

  it("follows the chain from latest.json: a version that lost the race is left out even once newer ones exist", async () => {
    await manifest("20240101T000000Z-aaaaaaaa", null);
    await manifest("20240101T000001Z-bbbbbbbb", "20240101T000000Z-aaaaaaaa");
    // Lost the compare-and-swap to …01Z: complete, but never pointed at.
    await manifest("20240101T000002Z-cccccccc", "20240101T000000Z-aaaaaaaa");
    await manifest("20240101T000003Z-dddddddd", "20240101T000001Z-bbbbbbbb");
    await putJson(store, LATEST_KEY, { version: "20240101T000003Z-dddddddd" });
    expect(await listed()).toEqual(["20240101T000000Z-aaaaaaaa", "20240101T000001Z-bbbbbbbb", "20240101T000003Z-dddddddd"]);
  });

  it("lists the versions before a manifest without `previous` by id, as before versions were chained", async () => {
    await manifest("20240101T000000Z-aaaaaaaa");
    await manifest("20240101T000001Z-bbbbbbbb");
    await manifest("20240101T000002Z-cccccccc", "20240101T000001Z-bbbbbbbb");
    await putJson(store, LATEST_KEY, { version: "20240101T000002Z-cccccccc" });
    expect(await listed()).toEqual(["20240101T000000Z-aaaaaaaa", "20240101T000001Z-bbbbbbbb", "20240101T000002Z-cccccccc"]);
  });

  it("lists nothing before anything was published", async () => {
    await manifest("20240101T000000Z-aaaaaaaa");
    expect(await listVersions(store)).toEqual([]);
  });
});

describe("Function: publishVersion() racing", () => {
  /** The store, except that writes of version files wait until `release()`. */
  function gatedStore(inner: Storage) {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const waiting = new Promise<void>((resolve) => (reached = resolve));
    const store: Storage = {
      location: inner.location,
      get: (key) => inner.get(key),
      list: (prefix) => inner.list(prefix),
      delete: (key) => inner.delete(key),
      async put(key, body, options) {
        if (key.startsWith(PREFIX.versions)) {
          reached();
          await gate;
        }
        return inner.put(key, body, options);
      },
    };
    return { store, waiting, release };
  }
  const at = (second: number) => () => new Date(Date.UTC(2024, 0, 1, 0, 0, second));

  it("two publishes of the same data in the same second, replacing different versions, never share a version id", async () => {
    await syncArticle(store, await upload(store, "a.txt", "Officials in Lima said trade with Chile grew 5 percent in 2023."));
    const first = await publishVersion(store, { now: at(0) });
    await syncArticle(store, await upload(store, "b.txt", "Peru's exports to Japan rose 8 percent in 2023, the ministry said."));

    // A reads latest (the first version) and the extractions {a, b}, then stalls before writing.
    const gated = gatedStore(store);
    const stalled = publishVersion(gated.store, { now: at(10) });
    await gated.waiting;

    // Meanwhile c comes and goes, each change published: B publishes {a, b} again, in the same second as A.
    const c = await upload(store, "c.txt", "Chile's imports from Korea fell 3 percent last year.");
    await syncArticle(store, c);
    const second = await publishVersion(store, { now: at(5) });
    await store.delete(c);
    await syncArticle(store, c);
    const third = await publishVersion(store, { now: at(10) });

    gated.release();
    const late = await stalled;
    expect([first.status, second.status, third.status]).toEqual(["published", "published", "published"]);
    // A lost the compare-and-swap, started over and found {a, b} already published.
    expect(late).toMatchObject({ status: "unchanged", version: third.version });
    expect(await listed()).toEqual([first.version, second.version, third.version]);
  });
});

describe("Function: pruneUnpublished()", () => {
  it("deletes folders off the chain and older than latest, complete or not; keeps the chain and anything newer", async () => {
    await manifest("20240101T000000Z-aaaaaaaa", null);
    await manifest("20240101T000001Z-bbbbbbbb", "20240101T000000Z-aaaaaaaa");
    await manifest("20240101T000002Z-cccccccc", "20240101T000000Z-aaaaaaaa"); // lost the race to …01Z
    await store.put(versionKey("20240101T000002Z-dddddddd", "trade.csv"), "id\n"); // died before its manifest
    await manifest("20240101T000003Z-eeeeeeee", "20240101T000001Z-bbbbbbbb");
    await manifest("20240101T000004Z-ffffffff", "20240101T000003Z-eeeeeeee"); // may still win its race
    await putJson(store, LATEST_KEY, { version: "20240101T000003Z-eeeeeeee" });

    expect((await pruneUnpublished(store)).sort()).toEqual(["20240101T000002Z-cccccccc", "20240101T000002Z-dddddddd"]);
    const folders = new Set((await listAll(store, "datasets/versions/")).map((key) => key.split("/")[2]));
    expect([...folders].sort()).toEqual(["20240101T000000Z-aaaaaaaa", "20240101T000001Z-bbbbbbbb", "20240101T000003Z-eeeeeeee", "20240101T000004Z-ffffffff"]);
    expect(await listed()).toEqual(["20240101T000000Z-aaaaaaaa", "20240101T000001Z-bbbbbbbb", "20240101T000003Z-eeeeeeee"]);
  });

  it("deletes nothing before anything was published", async () => {
    await manifest("20240101T000000Z-aaaaaaaa", null);
    expect(await pruneUnpublished(store)).toEqual([]);
    expect(await listAll(store, "datasets/versions/")).toHaveLength(1);
  });
});
