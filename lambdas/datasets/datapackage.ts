// The Frictionless Data Package (v2) descriptor of one dataset version.
import type { RecordKind } from "../core/schemas";
import { jsonSchemaOf, tableSchemaOf } from "./tableSchema";

export interface DataFile {
  kind: RecordKind;
  format: "csv" | "json";
  path: string;
  rows: number;
  /** UTF-8 byte count. */
  bytes: number;
  /** `sha256:<hex>` of the bytes. */
  hash: string;
}

export function dataPackage(version: string, created: string, files: readonly DataFile[]) {
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "news-trade-visits-quotes",
    title: "Trade statements, visits and quotes extracted from news articles",
    version,
    created,
    licenses: [{ name: "ODC-By-1.0", path: "https://opendatacommons.org/licenses/by/1-0/" }],
    resources: files.map((file) => ({
      name: `${file.kind}-${file.format}`,
      path: file.path,
      type: "table",
      format: file.format,
      mediatype: file.format === "csv" ? "text/csv" : "application/json",
      encoding: "utf-8",
      bytes: file.bytes,
      hash: file.hash,
      rows: file.rows,
      schema: tableSchemaOf(file.kind),
      ...(file.format === "csv"
        ? { dialect: { header: true, delimiter: ",", quoteChar: '"', doubleQuote: true } }
        : { jsonSchema: { type: "array", items: jsonSchemaOf(file.kind) } }),
    })),
  };
}
