// The embedded default: a folder with the bucket's key layout (`.lake/`).
import { createHash, randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { PreconditionFailedError } from "../core/errors";
import type { PutOptions, Storage, StoredObject } from "./storage";

const etagOf = (body: Uint8Array) => createHash("md5").update(body).digest("hex");
/** A name too long for the filesystem cannot exist either (e.g. the sidecar of a 250-char name). */
const isMissing = (error: unknown) => ["ENOENT", "ENAMETOOLONG"].includes((error as NodeJS.ErrnoException).code ?? "");
/** Temp files are `.tmp-<hex>` beside the target: short, so any key the filesystem can hold can be written. */
const TEMP_PREFIX = ".tmp-";
const isTempName = (name: string) => /\.tmp-[0-9a-f]{12}$/.test(name);
const STALE_LOCK_MS = 30_000;

/** Keys are relative POSIX paths; anything that could leave the root is refused. */
export function assertSafeKey(key: string): void {
  const parts = key.split("/");
  if (!key || key.startsWith("/") || key.includes("\\") || key.includes("\0") || parts.some((p) => p === "" || p === "." || p === "..")) {
    throw new Error(`unsafe storage key: ${JSON.stringify(key)}`);
  }
}

export class LocalStore implements Storage {
  readonly location: string;

  constructor(private readonly root: string) {
    this.location = path.relative(process.cwd(), root) || ".";
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const body = await fs.readFile(this.pathOf(key));
      return { key, body, etag: etagOf(body) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async put(key: string, body: string | Uint8Array, options: PutOptions = {}): Promise<{ etag: string }> {
    const target = this.pathOf(key);
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Write aside, then link or rename into place: a crash never leaves half an object.
    const temp = path.join(path.dirname(target), `${TEMP_PREFIX}${randomBytes(6).toString("hex")}`);
    try {
      await fs.writeFile(temp, bytes);
      if (options.ifNoneMatch === "*") {
        // link() fails if the target exists: an atomic create-only write.
        await fs.link(temp, target).catch((error: NodeJS.ErrnoException) => {
          throw error.code === "EEXIST" ? new PreconditionFailedError(key) : error;
        });
      } else if (options.ifMatch !== undefined) {
        await this.withLock(target, key, async () => {
          const current = await this.get(key);
          if (!current || current.etag !== options.ifMatch) throw new PreconditionFailedError(key);
          await fs.rename(temp, target);
        });
      } else {
        await fs.rename(temp, target);
      }
    } finally {
      await fs.rm(temp, { force: true });
    }
    return { etag: etagOf(bytes) };
  }

  /** Serialises compare-and-swap between processes sharing the folder. */
  private async withLock(target: string, key: string, critical: () => Promise<void>): Promise<void> {
    const lock = `${target}.lock`;
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(lock, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock left by a crashed process is cleared; the caller's retry then wins it.
      const age = Date.now() - (await fs.stat(lock).then((s) => s.mtimeMs, () => Date.now()));
      if (age > STALE_LOCK_MS) await fs.rm(lock, { force: true });
      // Someone else is swapping this key: our view is already stale.
      throw new PreconditionFailedError(key);
    }
    try {
      await critical();
    } finally {
      await handle.close();
      await fs.rm(lock, { force: true });
    }
  }

  async *list(prefix: string): AsyncIterable<string> {
    const keys: string[] = [];
    const walk = async (dir: string, keyPrefix: string): Promise<void> => {
      let entries: import("node:fs").Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      for (const entry of entries) {
        const key = keyPrefix + entry.name;
        if (entry.isDirectory()) await walk(path.join(dir, entry.name), key + "/");
        else if (!isTempName(entry.name) && !entry.name.endsWith(".lock") && key.startsWith(prefix)) keys.push(key);
      }
    };
    // Start from the deepest folder the prefix names, so listing `extractions/` skips `datasets/`.
    const folder = prefix.includes("/") ? prefix.slice(0, prefix.lastIndexOf("/") + 1) : "";
    await walk(folder ? path.join(this.root, ...folder.split("/").filter(Boolean)) : this.root, folder);
    yield* keys.sort();
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true }).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
  }
}
