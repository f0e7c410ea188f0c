// Input → the plain text that every offset indexes (docs/records.md, "Offsets").
import { posix } from "node:path";
import { RejectedInputError } from "../core/errors";
import { htmlToText } from "./htmlToText";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
export const META_SUFFIX = ".meta.json";
/** Largest accepted file: a saved news page carries scripts and markup several times the size of its text. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * Largest accepted text (UTF-8 bytes, after HTML is stripped): ten times the
 * longest news features (~100 KB), and small enough that extracting it stays
 * within 200 MB of memory (npm run bench).
 */
export const MAX_TEXT_BYTES = 1024 * 1024;

export const isMetaKey = (key: string) => key.endsWith(META_SUFFIX);
export const extensionOf = (key: string) => posix.extname(key).toLowerCase();
export const isArticleKey = (key: string) =>
  !isMetaKey(key) && (ARTICLE_EXTENSIONS as readonly string[]).includes(extensionOf(key));

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true });
const UTF16BE = new TextDecoder("utf-16be", { fatal: true });

/** Bytes → string: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is rejected. */
export function decodeText(bytes: Uint8Array, sourceKey: string): string {
  const reject = (reason: "invalid-encoding" | "binary", detail: string) => {
    throw new RejectedInputError(reason, detail, sourceKey);
  };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // NUL bytes mean an image, archive or other binary file, whatever else is in it.
  if (!utf16 && bytes.includes(0)) reject("binary", "contains NUL bytes: looks like a binary file");
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = UTF16LE.decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = UTF16BE.decode(bytes.subarray(2));
    else text = UTF8.decode(bytes); // TextDecoder drops a UTF-8 BOM itself
  } catch {
    return reject("invalid-encoding", "not valid UTF-8 (or UTF-16 with a byte order mark)");
  }
  // NUL and other C0 controls (bar tab/newlines/form feed) do not occur in prose.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) reject("binary", "contains control bytes: looks like a binary file");
  return text;
}

/** CRLF and CR → LF; nothing else changes, so offsets match the file a reader opens. */
export const normaliseNewlines = (text: string): string => text.replace(/\r\n?/g, "\n");

/** Article bytes → plain text, by the key's extension. */
export function toPlainText(bytes: Uint8Array, sourceKey: string): string {
  if (!isArticleKey(sourceKey)) {
    throw new RejectedInputError(
      "unsupported-type",
      `unsupported file type "${extensionOf(sourceKey) || "(none)"}": use ${ARTICLE_EXTENSIONS.join(", ")}`,
      sourceKey,
    );
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new RejectedInputError("too-large", `the file is ${bytes.byteLength} bytes, over the ${MAX_FILE_BYTES}-byte limit`, sourceKey);
  }
  const decoded = decodeText(bytes, sourceKey);
  const ext = extensionOf(sourceKey);
  const text = normaliseNewlines(ext === ".html" || ext === ".htm" ? htmlToText(decoded) : decoded);
  if (text.trim().length === 0) {
    throw new RejectedInputError("empty", bytes.byteLength === 0 ? "the file is empty" : "the file holds no text", sourceKey);
  }
  const textBytes = Buffer.byteLength(text, "utf8");
  if (textBytes > MAX_TEXT_BYTES) {
    throw new RejectedInputError("too-large", `the text is ${textBytes} bytes, over the ${MAX_TEXT_BYTES}-byte limit for an article's text`, sourceKey);
  }
  return text;
}
