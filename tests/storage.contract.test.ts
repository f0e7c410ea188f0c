// One contract, two implementations: the local folder and S3 over HTTP (s3rver
// with S3's conditional writes added, see helpers/s3ServerProcess.ts).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PreconditionFailedError } from "../lambdas/core/errors";
import { LocalStore } from "../lambdas/storage/localStore";
import { listAll, type Storage } from "../lambdas/storage/storage";
import { startS3Server, type TestS3Server } from "./helpers/s3Server";

let server: TestS3Server;
let folder: string;
beforeAll(async () => {
  server = await startS3Server();
  folder = await mkdtemp(path.join(tmpdir(), "lake-"));
});
afterAll(async () => {
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

// Each test gets its own prefix, so the two stores need no emptying between tests.
let run = 0;
const PAGE_SIZE = 2;
const implementations: [string, () => Storage][] = [
  ["LocalStore", () => new LocalStore(folder)],
  ["S3Store", () => server.store({ pageSize: PAGE_SIZE })],
];

describe.each(implementations)("Storage contract: %s", (_name, open) => {
  let storage: Storage;
  let p: string;
  beforeEach(() => {
    storage = open();
    p = `t${++run}/`;
  });

  it("get of a missing key is null", async () => {
    expect(await storage.get(`${p}missing.txt`)).toBeNull();
  });

  it("round-trips bytes and returns the etag it stored", async () => {
    const body = Buffer.from([0, 1, 2, 255, 10]);
    const { etag } = await storage.put(`${p}bytes.bin`, body);
    const object = await storage.get(`${p}bytes.bin`);
    expect(object).toEqual({ key: `${p}bytes.bin`, body, etag });
  });

  it.each(["with space.txt", "plus+sign.txt", "percent%20literal.txt", "Zürich – 北京.txt", "a/b/nested name.html"])(
    "keeps the key %j exactly",
    async (name) => {
      await storage.put(`${p}${name}`, `body of ${name}`);
      expect((await storage.get(`${p}${name}`))?.body.toString("utf8")).toBe(`body of ${name}`);
      expect(await listAll(storage, p)).toEqual([`${p}${name}`]);
    },
  );

  it("create-only put fails when the key exists, and leaves it alone", async () => {
    await storage.put(`${p}once.json`, "first", { ifNoneMatch: "*" });
    await expect(storage.put(`${p}once.json`, "second", { ifNoneMatch: "*" })).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await storage.get(`${p}once.json`))?.body.toString()).toBe("first");
  });

  it("compare-and-swap succeeds with the current etag and fails with a stale one", async () => {
    const first = await storage.put(`${p}latest.json`, "v1");
    const second = await storage.put(`${p}latest.json`, "v2", { ifMatch: first.etag });
    await expect(storage.put(`${p}latest.json`, "v3", { ifMatch: first.etag })).rejects.toBeInstanceOf(PreconditionFailedError);
    const current = await storage.get(`${p}latest.json`);
    expect(current?.body.toString()).toBe("v2");
    expect(current?.etag).toBe(second.etag);
  });

  it("compare-and-swap on a missing key fails", async () => {
    await expect(storage.put(`${p}absent.json`, "x", { ifMatch: '"0123"' })).rejects.toBeInstanceOf(PreconditionFailedError);
  });

  it("of two concurrent swaps from the same etag, exactly one wins", async () => {
    const { etag } = await storage.put(`${p}race.json`, "v0");
    const results = await Promise.allSettled(["a", "b"].map((v) => storage.put(`${p}race.json`, v, { ifMatch: etag })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(PreconditionFailedError);
  });

  it("lists only the prefix, in order, across several pages", async () => {
    const keys = ["b.txt", "a/2.txt", "a/1.txt", "c d.txt", "a/10.txt"].map((k) => `${p}in/${k}`);
    for (const key of keys) await storage.put(key, "x");
    await storage.put(`${p}out/a.txt`, "x");
    await storage.put(`${p}inside.txt`, "x");
    // 5 keys at PAGE_SIZE 2: three pages on S3.
    expect(await listAll(storage, `${p}in/`)).toEqual([...keys].sort());
    expect(await listAll(storage, `${p}nothing/`)).toEqual([]);
  });

  it("delete removes the key and is idempotent", async () => {
    await storage.put(`${p}gone.txt`, "x");
    await storage.delete(`${p}gone.txt`);
    await storage.delete(`${p}gone.txt`);
    expect(await storage.get(`${p}gone.txt`)).toBeNull();
    expect(await listAll(storage, p)).toEqual([]);
  });
});

describe("S3Store over HTTP: retries", () => {
  // One failure each: the SDK's throttling backoff starts at ~0.5 s.
  it.each([
    [503, "SlowDown"],
    [500, "InternalError"],
  ])("retries %i %s with backoff", async (status, code) => {
    const storage = server.store();
    await server.failNext(status, code);
    await storage.put("retry/throttled.txt", "x");
    expect((await storage.get("retry/throttled.txt"))?.body.toString()).toBe("x");
  });

  it("retries a 409 ConditionalRequestConflict on a conditional write", async () => {
    const storage = server.store();
    await server.failNext(409, "ConditionalRequestConflict");
    await storage.put("retry/conflict.json", "x", { ifNoneMatch: "*" });
    await expect(storage.put("retry/conflict.json", "y", { ifNoneMatch: "*" })).rejects.toBeInstanceOf(PreconditionFailedError);
  });

  it("reads an object again when its body breaks off midway", async () => {
    const storage = server.store();
    await storage.put("retry/cut.txt", "the whole body");
    await server.cutNextBody();
    expect((await storage.get("retry/cut.txt"))?.body.toString()).toBe("the whole body");
  });

  it("gives up when every read's body breaks off", async () => {
    const storage = server.store();
    await storage.put("retry/cut-always.txt", "the whole body");
    await server.cutNextBody(3);
    await expect(storage.get("retry/cut-always.txt")).rejects.toThrow();
  });

  it("gives up on a persistent conflict", async () => {
    const storage = server.store();
    await server.failNext(409, "ConditionalRequestConflict", 5);
    await expect(storage.put("retry/stuck.json", "x", { ifNoneMatch: "*" })).rejects.toMatchObject({ name: "ConditionalRequestConflict" });
  });
});
