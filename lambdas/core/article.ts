import { createHash } from "node:crypto";

/** An article reduced to the plain text that record offsets index. */
export interface PlainArticle {
  sourceKey: string;
  text: string;
  title: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD from metadata; null when unknown. */
  published: string | null;
}

export const sha256Hex = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** The contract's article id: the first 16 hex chars of sha256 of the plain text. */
export const articleIdOf = (text: string): string => articleIdOfSha256(sha256Hex(text));
/** The same id from the text's sha256, for callers that keep the whole hash too. */
export const articleIdOfSha256 = (textSha256: string): string => textSha256.slice(0, 16);
