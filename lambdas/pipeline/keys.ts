// The bucket layout (docs/records.md), in one place.
import { sha256Hex } from "../core/article";
import { RejectedInputError } from "../core/errors";

export const PREFIX = {
  incoming: "incoming/",
  extractions: "extractions/",
  errors: "errors/",
  sources: "sources/",
  versions: "datasets/versions/",
} as const;

export const LATEST_KEY = "datasets/latest.json";
export const DATASETS_INDEX_KEY = "datasets/index.html";

export const extractionKey = (articleId: string) => `${PREFIX.extractions}${articleId}/extraction.json`;
export const textKey = (articleId: string) => `${PREFIX.extractions}${articleId}/text.txt`;
/** `incoming/a/b.txt` → `errors/a/b.txt.json`, made safe for any folder if the name is not. */
export const errorKey = (key: string) => `${PREFIX.errors}${safeName(nameOf(key))}.json`;
/** Which article a source key currently holds, keyed by a hash so any key name is safe. */
export const sourceIndexKey = (key: string) => `${PREFIX.sources}${sha256Hex(key).slice(0, 32)}.json`;
export const isSourceIndexKey = (key: string) => /^sources\/[0-9a-f]{32}\.json$/.test(key);
/** The source keys whose text is this article: one marker each, so a shared extraction outlives one of them. */
export const holdersPrefix = (articleId: string) => `${PREFIX.sources}holders/${articleId}/`;
export const holderKey = (articleId: string, key: string) => `${holdersPrefix(articleId)}${sha256Hex(key).slice(0, 32)}.json`;
export const versionKey = (version: string, file: string) => `${PREFIX.versions}${version}/${file}`;

/** The part of a key after `incoming/`. */
export const nameOf = (key: string) => (key.startsWith(PREFIX.incoming) ? key.slice(PREFIX.incoming.length) : key);

const MAX_NAME = 200;
/** Dot segments and control characters out, long names cut and made unique by a hash. */
export function safeName(name: string): string {
  const cleaned = name
    .split("/")
    .map((part) => (part === "" || part === "." || part === ".." ? "_" : part.replace(/[\u0000-\u001f\\]/g, "_")))
    .join("/");
  return cleaned.length <= MAX_NAME ? cleaned : `${cleaned.slice(0, MAX_NAME)}~${sha256Hex(name).slice(0, 12)}`;
}

/**
 * S3 accepts keys no folder can hold and no tool should follow (`incoming/../x`,
 * backslashes, control characters): such an upload is rejected, never read.
 */
export function assertIngestibleKey(key: string): void {
  const bad = key
    .split("/")
    .find((part) => part === "" || part === "." || part === ".." || /[\u0000-\u001f\u007f\\]/.test(part));
  if (bad !== undefined) {
    const what = bad === "" ? "an empty path segment" : /^\.\.?$/.test(bad) ? `a "${bad}" path segment` : "a control character or backslash";
    throw new RejectedInputError("invalid-key", `the key contains ${what}: rename the file`, key);
  }
}
