// A version's six data files (CSV and JSON per record kind), built article by
// article. Each article's rows are serialized once, as the article is read, and
// kept as UTF-8 bytes; a file's bytes are put together only when it is stored.
// So publishing holds about the size of its output, never every parsed document.
import { createHash } from "node:crypto";
import { RECORD_KINDS, type RecordKind } from "../core/schemas";
import { csvHeader, csvRows } from "./csv";
import type { DataFile } from "./datapackage";

const FORMATS = ["csv", "json"] as const;
const LAYOUT = RECORD_KINDS.flatMap((kind) => FORMATS.map((format) => ({ kind, format })));

/** One article's rows of every kind, serialized for each file of the layout. */
export interface ArticleRows {
  rows: Record<RecordKind, number>;
  /** The article's part of each file, in layout order. */
  parts: Buffer[];
}

const SLAB_BYTES = 4 << 20;

/** Appends byte strings to large buffers rather than one small buffer each: fewer objects, no fragmented heap. */
class Slabs {
  private slab = Buffer.alloc(0);
  private used = 0;

  store(text: string): Buffer {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes: with that much room, no need to measure first.
    if (text.length * 3 > this.slab.length - this.used) {
      this.slab = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, text.length * 3));
      this.used = 0;
    }
    const bytes = this.slab.write(text, this.used, "utf8");
    const part = this.slab.subarray(this.used, this.used + bytes);
    this.used += bytes;
    return part;
  }
}

/** Serializes articles' rows, each file's parts in buffers of their own, so a stored file's memory can go. */
export class RowSerializer {
  private readonly slabs = LAYOUT.map(() => new Slabs());

  rowsOf(doc: Readonly<Record<RecordKind, readonly object[]>>): ArticleRows {
    const parts = LAYOUT.map(({ kind, format }, i) => this.slabs[i]!.store(format === "csv" ? csvRows(kind, doc[kind]) : jsonItems(doc[kind])));
    return { rows: { trade: doc.trade.length, visits: doc.visits.length, quotes: doc.quotes.length }, parts };
  }
}

/**
 * The elements of `JSON.stringify(rows, null, 2)` without its brackets, so that
 * joining articles' items with ",\n" inside "[\n…\n]" gives that string exactly.
 */
const jsonItems = (rows: readonly object[]) => (rows.length > 0 ? JSON.stringify(rows, null, 2).slice(2, -2) : "");

export interface BuiltFile extends DataFile {
  /** The file's bytes, once: the articles' parts of it are let go, so that only one file is ever held twice. */
  takeBody: () => Buffer;
}

/** The six files over the articles, in order: described (bytes, hash) now, their bytes put together on demand. */
export function dataFiles(articles: readonly ArticleRows[]): BuiltFile[] {
  return LAYOUT.map(({ kind, format }, index) => {
    const pieces = () => piecesOf(format === "csv" ? csvHeader(kind) : null, articles.map((a) => a.parts[index]!));
    const hash = createHash("sha256");
    let bytes = 0;
    for (const piece of pieces()) {
      hash.update(piece);
      bytes += piece.length;
    }
    const takeBody = () => {
      const out = Buffer.allocUnsafe(bytes);
      let offset = 0;
      for (const piece of pieces()) offset += piece.copy(out, offset);
      if (offset !== bytes) throw new Error(`${kind}.${format} was taken already`);
      for (const article of articles) article.parts[index] = EMPTY_PART;
      return out;
    };
    const rows = articles.reduce((n, a) => n + a.rows[kind], 0);
    return { kind, format, path: `${kind}.${format}`, rows, bytes, hash: `sha256:${hash.digest("hex")}`, takeBody };
  });
}

const [OPEN, SEPARATOR, CLOSE, EMPTY_ARRAY, EMPTY_PART] = ["[\n", ",\n", "\n]\n", "[]\n", ""].map((text) => Buffer.from(text)) as [Buffer, Buffer, Buffer, Buffer, Buffer];

/** A CSV file is its header and the articles' blocks; a JSON file the articles' items in one pretty-printed array, then a newline. */
function* piecesOf(csvHeaderLine: string | null, parts: readonly Buffer[]): Generator<Buffer> {
  if (csvHeaderLine !== null) {
    yield Buffer.from(csvHeaderLine, "utf8");
    yield* parts;
    return;
  }
  const items = parts.filter((p) => p.length > 0);
  if (items.length === 0) {
    yield EMPTY_ARRAY;
    return;
  }
  yield OPEN;
  for (const [i, item] of items.entries()) {
    if (i > 0) yield SEPARATOR;
    yield item;
  }
  yield CLOSE;
}
