// Rows → RFC 4180 CSV with the schema's column order.
import Papa from "papaparse";
import { columnsOf, type RecordKind } from "../core/schemas";

/** A cell a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(kind: RecordKind, rows: readonly object[]): string {
  const csv = Papa.unparse(
    { fields: columnsOf(kind), data: rows.map((row) => columnsOf(kind).map((c) => (row as Record<string, unknown>)[c] ?? "")) },
    {
      // Off by default in papaparse: cells starting with = + - @ tab CR are
      // prefixed with ' so spreadsheets never run them as formulas. Our own
      // pattern, because papaparse's (/^[=+\-@\t\r].*$/) misses cells with a newline.
      escapeFormulae: FORMULA_START,
      newline: "\r\n",
      header: true,
    },
  );
  // Every record ends with CRLF; with no rows papaparse already ends the header with one.
  return csv.endsWith("\r\n") ? csv : csv + "\r\n";
}
