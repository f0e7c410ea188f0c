// Rows → RFC 4180 CSV with the schema's column order.
import Papa from "papaparse";
import { columnsOf, type RecordKind } from "../core/schemas";

export function toCsv(kind: RecordKind, rows: readonly object[]): string {
  return Papa.unparse(
    { fields: columnsOf(kind), data: rows.map((row) => columnsOf(kind).map((c) => (row as Record<string, unknown>)[c] ?? "")) },
    {
      // Off by default in papaparse: cells starting with = + - @ tab CR are
      // prefixed with ' so spreadsheets never run them as formulas.
      escapeFormulae: true,
      newline: "\r\n",
      header: true,
    },
  ) + "\r\n";
}
