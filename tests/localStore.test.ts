// What only the folder implementation has to get right; the shared Storage
// contract is tested against every implementation in storage.contract.test.ts.
import { promises as fs } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PreconditionFailedError } from "../lambdas/core/errors";
import { assertSafeKey, LocalStore } from "../lambdas/storage/localStore";
import { listAll } from "../lambdas/storage/storage";
import { tempLake, type TempLake } from "./helpers/lake";

/** Every file under the folder, as paths relative to it. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe("Class: LocalStore", () => {
  let lake: TempLake;
  let store: LocalStore;
  beforeEach(async () => {
    lake = await tempLake();
    store = lake.store;
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await lake.cleanup();
  });

  describe("atomic writes", () => {
    it.each([
      ["a plain put", async () => void (await store.put("a/b.txt", "x"))],
      ["a create-only put that wins", async () => void (await store.put("a/b.txt", "x", { ifNoneMatch: "*" }))],
      ["a create-only put that loses", async () => {
        await store.put("a/b.txt", "x");
        await expect(store.put("a/b.txt", "y", { ifNoneMatch: "*" })).rejects.toBeInstanceOf(PreconditionFailedError);
      }],
      ["a compare-and-swap that wins", async () => {
        const { etag } = await store.put("a/b.txt", "x");
        await store.put("a/b.txt", "y", { ifMatch: etag });
      }],
      ["a compare-and-swap that loses", async () => {
        await store.put("a/b.txt", "x");
        await expect(store.put("a/b.txt", "y", { ifMatch: "stale" })).rejects.toBeInstanceOf(PreconditionFailedError);
      }],
    ])("%s leaves no temp or lock file behind", async (_, run) => {
      await run();
      expect(await filesIn(lake.dir)).toEqual(["a/b.txt"]);
    });

    it("keeps the old object whole when the rename into place fails", async () => {
      await store.put("k.json", "old");
      vi.spyOn(fs, "rename").mockRejectedValueOnce(Object.assign(new Error("disk gone"), { code: "EIO" }));
      await expect(store.put("k.json", "new")).rejects.toThrow("disk gone");
      expect((await store.get("k.json"))?.body.toString()).toBe("old");
      expect(await filesIn(lake.dir)).toEqual(["k.json"]);
    });

    it("leaves no object at all when writing the temp file fails", async () => {
      vi.spyOn(fs, "writeFile").mockRejectedValueOnce(Object.assign(new Error("no space"), { code: "ENOSPC" }));
      await expect(store.put("k.json", "new")).rejects.toThrow("no space");
      expect(await store.get("k.json")).toBeNull();
      expect(await listAll(store, "")).toEqual([]);
    });

    it("never lists a temp file a crash left behind", async () => {
      await store.put("d/real.txt", "x");
      await fs.writeFile(path.join(lake.dir, "d", ".tmp-0123456789ab"), "half");
      await fs.writeFile(path.join(lake.dir, "d", "real.txt.tmp-0123456789ab"), "half (older layout)");
      expect(await listAll(store, "d/")).toEqual(["d/real.txt"]);
    });

    it("lists keys that merely contain .tmp- in their name", async () => {
      await store.put("d/report.tmp-final.txt", "x");
      expect(await listAll(store, "d/")).toEqual(["d/report.tmp-final.txt"]);
    });

    it("writes a key whose name is as long as the filesystem allows", async () => {
      const key = `incoming/${"n".repeat(251)}.txt`;
      await store.put(key, "long");
      expect((await store.get(key))?.body.toString()).toBe("long");
    });

    it("lets exactly one of many racing create-only writes win", async () => {
      const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => store.put("once.txt", `w${i}`, { ifNoneMatch: "*" })));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason instanceof PreconditionFailedError)).toBe(true);
      expect(await filesIn(lake.dir)).toEqual(["once.txt"]);
    });

    it("lets exactly one of many racing compare-and-swaps on one etag win", async () => {
      const { etag } = await store.put("cas.txt", "v0");
      const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => store.put("cas.txt", `v${i + 1}`, { ifMatch: etag })));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await filesIn(lake.dir)).toEqual(["cas.txt"]);
    });
  });

  describe("unsafe keys", () => {
    it.each([
      ["empty", ""],
      ["absolute", "/etc/passwd"],
      ["parent segment", "../outside.txt"],
      ["parent segment inside", "incoming/../../outside.txt"],
      ["dot segment", "incoming/./a.txt"],
      ["empty segment", "incoming//a.txt"],
      ["trailing slash", "incoming/"],
      ["backslash", "incoming\\..\\a.txt"],
      ["NUL", "incoming/a\u0000.txt"],
    ])("refuses a %s key for get, put and delete", async (_, key) => {
      expect(() => assertSafeKey(key)).toThrow(/unsafe storage key/);
      await expect(store.get(key)).rejects.toThrow(/unsafe storage key/);
      await expect(store.put(key, "x")).rejects.toThrow(/unsafe storage key/);
      await expect(store.delete(key)).rejects.toThrow(/unsafe storage key/);
      expect(await filesIn(lake.dir)).toEqual([]);
      await expect(fs.access(path.join(path.dirname(lake.dir), "outside.txt"))).rejects.toThrow();
    });

    it.each(["incoming/Zürich – 北京 «1» #2 %20 (final)? it's.txt", "incoming/ spaced .txt", "a/b/c/d.json", "..hidden/x..y"])(
      "accepts the unusual but safe key %j",
      async (key) => {
        await store.put(key, "x");
        expect(await listAll(store, "")).toEqual([key]);
      },
    );
  });

  describe("locks", () => {
    const lockOf = (key: string) => path.join(lake.dir, `${key}.lock`);

    it("treats a fresh lock as another writer: the swap fails and the lock stays", async () => {
      const { etag } = await store.put("latest.json", "v1");
      await fs.writeFile(lockOf("latest.json"), "");
      await expect(store.put("latest.json", "v2", { ifMatch: etag })).rejects.toBeInstanceOf(PreconditionFailedError);
      expect((await store.get("latest.json"))?.body.toString()).toBe("v1");
      await expect(fs.stat(lockOf("latest.json"))).resolves.toBeDefined();
    });

    it("clears a stale lock left by a crashed process, so the retry wins", async () => {
      const { etag } = await store.put("latest.json", "v1");
      await fs.writeFile(lockOf("latest.json"), "");
      const minuteAgo = new Date(Date.now() - 60_000);
      await fs.utimes(lockOf("latest.json"), minuteAgo, minuteAgo);
      await expect(store.put("latest.json", "v2", { ifMatch: etag })).rejects.toBeInstanceOf(PreconditionFailedError);
      await store.put("latest.json", "v2", { ifMatch: etag });
      expect((await store.get("latest.json"))?.body.toString()).toBe("v2");
      expect(await filesIn(lake.dir)).toEqual(["latest.json"]);
    });

    it("never lists lock files", async () => {
      await store.put("latest.json", "v1");
      await fs.writeFile(lockOf("latest.json"), "");
      expect(await listAll(store, "")).toEqual(["latest.json"]);
    });
  });
});
