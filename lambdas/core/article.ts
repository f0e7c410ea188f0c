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
export const articleIdOf = (text: string): string => sha256Hex(text).slice(0, 16);
