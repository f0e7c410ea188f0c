// A Storage that records every call and fails the ones a test picks, as a
// crashed Lambda or a flaky network would: the failed write never lands.
import type { PutOptions, Storage, StoredObject } from "../../lambdas/storage/storage";

export class InjectedFault extends Error {
  override name = "InjectedFault";
}

export interface Faults {
  /** Fail the Nth put (1-based, counted from when the fault was armed). */
  failWriteAt?: number;
  /** Fail every put whose key matches. */
  failWritesTo?: RegExp;
  /** Fail every get whose key matches. */
  failReadsOf?: RegExp;
}

export type Call = { op: "get" | "put" | "delete" | "list"; key: string; options?: PutOptions };

export class FaultyStorage implements Storage {
  readonly calls: Call[] = [];
  private writes = 0;
  private faults: Faults = {};

  constructor(private readonly inner: Storage) {}

  get location() {
    return this.inner.location;
  }

  /** Arms new faults (and restarts the write count); `arm({})` heals. */
  arm(faults: Faults): this {
    this.faults = faults;
    this.writes = 0;
    return this;
  }

  /** Keys written since the log was last cleared, in order. */
  puts(): string[] {
    return this.calls.filter((c) => c.op === "put").map((c) => c.key);
  }

  clearLog(): void {
    this.calls.length = 0;
  }

  async get(key: string): Promise<StoredObject | null> {
    this.calls.push({ op: "get", key });
    if (this.faults.failReadsOf?.test(key)) throw new InjectedFault(`injected read failure: ${key}`);
    return this.inner.get(key);
  }

  async put(key: string, body: string | Uint8Array, options?: PutOptions): Promise<{ etag: string }> {
    this.writes++;
    if (this.writes === this.faults.failWriteAt || this.faults.failWritesTo?.test(key))
      throw new InjectedFault(`injected write failure #${this.writes}: ${key}`);
    this.calls.push({ op: "put", key, ...(options ? { options } : {}) });
    return this.inner.put(key, body, options);
  }

  list(prefix: string): AsyncIterable<string> {
    this.calls.push({ op: "list", key: prefix });
    return this.inner.list(prefix);
  }

  async delete(key: string): Promise<void> {
    this.calls.push({ op: "delete", key });
    return this.inner.delete(key);
  }
}
