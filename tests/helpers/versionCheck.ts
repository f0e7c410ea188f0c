// Everything a published version promises, checked from the bytes in the lake.
import { sha256Hex } from "../../lambdas/core/article";
import { columnsOf, RECORD_KINDS, RECORD_SCHEMAS, type RecordKind } from "../../lambdas/core/schemas";
import { versionKey } from "../../lambdas/pipeline/keys";
import type { Manifest } from "../../lambdas/pipeline/publish";
import type { Storage } from "../../lambdas/storage/storage";
import { expectedCsvRows, parseCsv } from "./csvRows";

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  rows: number;
}

export interface VersionReport {
  version: string;
  manifest: Manifest | null;
  rows: Record<RecordKind, Record<string, unknown>[]>;
  /** Every broken promise, as a sentence; empty when the version is complete and consistent. */
  problems: string[];
}

const parseJson = <T>(body: Buffer | undefined): T | null => {
  try {
    return body ? (JSON.parse(body.toString("utf8")) as T) : null;
  } catch {
    return null;
  }
};

export async function inspectVersion(storage: Storage, version: string): Promise<VersionReport> {
  const problems: string[] = [];
  const read = async (file: string) => (await storage.get(versionKey(version, file)))?.body;
  const manifest = parseJson<Manifest>(await read("manifest.json"));
  const datapackage = parseJson<{ version: string; resources: Resource[] }>(await read("datapackage.json"));
  const rows = { trade: [], visits: [], quotes: [] } as Record<RecordKind, Record<string, unknown>[]>;
  if (!manifest) problems.push("manifest.json missing or not JSON");
  if (!datapackage) problems.push("datapackage.json missing or not JSON");
  if (!manifest || !datapackage) return { version, manifest, rows, problems };
  if (manifest.version !== version || datapackage.version !== version) problems.push("descriptor names another version");

  for (const resource of datapackage.resources) {
    const body = await read(resource.path);
    if (!body) {
      problems.push(`${resource.path} missing`);
      continue;
    }
    if (body.byteLength !== resource.bytes) problems.push(`${resource.path}: ${body.byteLength} bytes, datapackage says ${resource.bytes}`);
    if (`sha256:${sha256Hex(body)}` !== resource.hash) problems.push(`${resource.path}: hash differs from datapackage`);
    const listed = manifest.files.find((f) => f.path === resource.path);
    if (listed?.hash !== resource.hash) problems.push(`${resource.path}: manifest and datapackage disagree`);
  }

  for (const kind of RECORD_KINDS) {
    const json = parseJson<Record<string, unknown>[]>(await read(`${kind}.json`)) ?? [];
    rows[kind] = json;
    const csv = parseCsv((await read(`${kind}.csv`))?.toString("utf8") ?? "");
    const counts = {
      json: json.length,
      csv: csv.rows.length,
      datapackage: datapackage.resources.filter((r) => r.path.startsWith(`${kind}.`)).map((r) => r.rows),
      manifest: manifest.rows[kind],
      articles: manifest.articles.reduce((n, a) => n + a.rows[kind], 0),
    };
    if (new Set([counts.json, counts.csv, ...counts.datapackage, counts.manifest, counts.articles]).size !== 1)
      problems.push(`${kind}: row counts disagree ${JSON.stringify(counts)}`);
    if (csv.errors.length) problems.push(`${kind}.csv: ${csv.errors.join("; ")}`);
    if (csv.header.join() !== columnsOf(kind).join()) problems.push(`${kind}.csv: header is not the schema's column order`);
    if (JSON.stringify(csv.rows) !== JSON.stringify(expectedCsvRows(columnsOf(kind), json)))
      problems.push(`${kind}.csv: rows differ from ${kind}.json`);
    const articleIds = new Set(manifest.articles.map((a) => a.article_id));
    json.forEach((row, i) => {
      const parsed = RECORD_SCHEMAS[kind].safeParse(row);
      if (!parsed.success) problems.push(`${kind}.json row ${i}: ${parsed.error.issues[0]?.message}`);
      if (!articleIds.has(String(row.article_id))) problems.push(`${kind}.json row ${i}: article not in manifest`);
    });
  }
  return { version, manifest, rows, problems };
}

/** Every object under a version, as bytes: compare two snapshots to prove a version never changed. */
export async function snapshotVersion(storage: Storage, version: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for await (const key of storage.list(versionKey(version, ""))) snapshot[key] = sha256Hex((await storage.get(key))!.body);
  return snapshot;
}
