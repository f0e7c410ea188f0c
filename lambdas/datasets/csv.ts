// Rows → RFC 4180 CSV with the schema's column order.
import Papa from "papaparse";
import { columnsOf, type RecordKind } from "../core/schemas";

/** A cell a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

const unparse = (kind: RecordKind, rows: readonly object[], header: boolean) =>
  Papa.unparse(
    { fields: columnsOf(kind), data: rows.map((row) => columnsOf(kind).map((c) => (row as Record<string, unknown>)[c] ?? "")) },
    {
      // Off by default in papaparse: cells starting with = + - @ tab CR are
      // prefixed with ' so spreadsheets never run them as formulas. Our own
      // pattern, because papaparse's (/^[=+\-@\t\r].*$/) misses cells with a newline.
      escapeFormulae: FORMULA_START,
      newline: "\r\n",
      header,
    },
  );

/** The header line: with no rows papaparse ends it with CRLF. */
export const csvHeader = (kind: RecordKind) => unparse(kind, [], true);

/**
 * Records without a header, each ending with CRLF ("" for none): papaparse
 * writes every row on its own, so a file is its header followed by any split
 * of its rows into such blocks, byte for byte.
 */
export const csvRows = (kind: RecordKind, rows: readonly object[]) => (rows.length > 0 ? unparse(kind, rows, false) + "\r\n" : "");

export const toCsv = (kind: RecordKind, rows: readonly object[]): string => csvHeader(kind) + csvRows(kind, rows);
