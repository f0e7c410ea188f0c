// Shared shapes of the extraction pipeline: text → sentences → mentions → records.
/** A half-open range of UTF-16 offsets into the article's plain text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph (blocks separated by a blank line) holding the sentence. */
  paragraph: number;
  text: string;
}

/** What every parser sees: the plain text, its sentences and the article's dates. */
export interface ArticleContext {
  articleId: string;
  text: string;
  sentences: Sentence[];
  /** Publication date if known, else the latest explicit date in the text; anchors "last year". */
  anchorDate: string | null;
}

/**
 * A record id that stays the same for the same article and parser: the kind,
 * the article, where the record sits and what distinguishes it there.
 */
export function recordId(kind: "trade" | "visit" | "quote", articleId: string, span: Span, discriminator = ""): string {
  const key = `${span.start}-${span.end}-${discriminator}`;
  let hash = 0x811c9dc5; // FNV-1a: short, deterministic, no crypto needed for an id suffix
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${articleId}-${kind[0]}${hash.toString(16).padStart(8, "0")}`;
}
