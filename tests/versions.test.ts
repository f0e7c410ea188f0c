import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LATEST_KEY, versionKey } from "../lambdas/pipeline/keys";
import { listVersions } from "../lambdas/pipeline/versions";
import { LocalStore } from "../lambdas/storage/localStore";
import { putJson } from "../lambdas/storage/storage";

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
