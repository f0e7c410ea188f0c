// Reading a published CSV back, and what each JSON value must look like in it.
import Papa from "papaparse";
import { FORMULA_START } from "../../lambdas/datasets/csv";

/** The cell a JSON value becomes: null is empty, numbers as JS prints them, formula starts escaped with '. */
export function expectedCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return FORMULA_START.test(value) ? `'${value}` : value;
  return String(value);
}

/** RFC 4180 text → header and rows of strings (papaparse, no type guessing). */
export function parseCsv(text: string): { header: string[]; rows: string[][]; errors: string[] } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true, dynamicTyping: false });
  const [header = [], ...rows] = parsed.data;
  return { header, rows, errors: parsed.errors.map((e) => `${e.code}: ${e.message} (row ${e.row})`) };
}

/** JSON rows → the string rows their CSV must parse back to, in the given column order. */
export const expectedCsvRows = (columns: readonly string[], rows: readonly Record<string, unknown>[]): string[][] =>
  rows.map((row) => columns.map((column) => expectedCell(row[column])));

/** A CSV cell back to its JSON value, given the field's Table Schema type. */
export function cellToValue(cell: string, type: "string" | "number" | "integer"): string | number | null {
  if (cell === "") return null;
  if (type !== "string") return Number(cell);
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
