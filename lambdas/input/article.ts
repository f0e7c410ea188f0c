// An uploaded file (and its optional sidecar) → a PlainArticle.
import type { PlainArticle } from "../core/article";
import { RejectedInputError } from "../core/errors";
import { ArticleMeta } from "../core/schemas";
import { META_SUFFIX, toPlainText } from "./plainText";

export const metaKeyFor = (articleKey: string) => articleKey + META_SUFFIX;

/** Validates a `<name>.meta.json` sidecar; a bad one rejects the article so nothing is silently dropped. */
export function parseMeta(bytes: Uint8Array, sourceKey: string): ArticleMeta {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (cause) {
    throw new RejectedInputError("invalid-metadata", `${sourceKey}${META_SUFFIX} is not valid JSON`, sourceKey, { cause });
  }
  const parsed = ArticleMeta.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join(".") || "(root)";
    throw new RejectedInputError(
      "invalid-metadata",
      `${sourceKey}${META_SUFFIX}: ${where}: ${first?.message ?? "invalid"}`,
      sourceKey,
    );
  }
  return parsed.data;
}

export function readArticle(bytes: Uint8Array, sourceKey: string, metaBytes: Uint8Array | null): PlainArticle {
  const meta = metaBytes ? parseMeta(metaBytes, sourceKey) : {};
  return {
    sourceKey,
    text: toPlainText(bytes, sourceKey),
    title: meta.title ?? null,
    // A timestamp keeps only its date: records carry dates, not times.
    published: meta.published ? meta.published.slice(0, 10) : null,
  };
}
