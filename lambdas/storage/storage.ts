// The one storage interface: the local lake folder and S3 both implement it,
// with the same keys (docs/records.md, "Bucket layout").

export interface StoredObject {
  key: string;
  body: Buffer;
  /** Opaque version tag, passed back as `ifMatch` for compare-and-swap. */
  etag: string;
}

export interface PutOptions {
  /** Create-only: fail with PreconditionFailedError if the key exists. */
  ifNoneMatch?: "*";
  /** Compare-and-swap: fail with PreconditionFailedError unless the current etag is this one. */
  ifMatch?: string;
  contentType?: string;
}

export interface Storage {
  /** Human-readable location, e.g. `.lake` or `s3://bucket`. */
  readonly location: string;
  get(key: string): Promise<StoredObject | null>;
  put(key: string, body: string | Uint8Array, options?: PutOptions): Promise<{ etag: string }>;
  /** Every key under the prefix, in lexicographic order. */
  list(prefix: string): AsyncIterable<string>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export async function listAll(storage: Storage, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of storage.list(prefix)) keys.push(key);
  return keys;
}

export async function getJson<T>(storage: Storage, key: string): Promise<T | null> {
  const object = await storage.get(key);
  return object ? (JSON.parse(object.body.toString("utf8")) as T) : null;
}

export const putJson = (storage: Storage, key: string, value: unknown, options: PutOptions = {}) =>
  storage.put(key, JSON.stringify(value, null, 2) + "\n", { contentType: "application/json", ...options });
