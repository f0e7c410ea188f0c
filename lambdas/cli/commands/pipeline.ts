// ingest, publish and start: the local run of the same stages the Lambdas run.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../../core/errors";
import { RECORD_KINDS } from "../../core/schemas";
import { syncArticle, type IngestOutcome } from "../../pipeline/ingest";
import { PREFIX, versionKey } from "../../pipeline/keys";
import { publishVersion, type PublishOutcome } from "../../pipeline/publish";
import { listSourceKeys } from "../../pipeline/sourceKeys";
import type { Storage } from "../../storage/storage";
import { PROJECT_ROOT } from "../lake";
import { progress } from "../progress";
import { formatTable } from "../table";
import { explorerPage } from "./explore";

export const ingestUsage = `npm run ingest -- <files…> [--lake <dir>]

Copies article files (and their .meta.json sidecars) into the lake's incoming/
and extracts them. Rejected files are listed with their reason.`;

export const publishUsage = `npm run publish -- [--lake <dir>]

Publishes a dataset version from all current extractions (nothing new if the
content equals the latest version).`;

export const startUsage = `npm start -- [--lake <dir>]

Copies data/articles/* into the lake's incoming/, processes every article,
publishes a dataset version and prints what it holds.`;

/** Uploads files to incoming/ under their base names; sidecars travel with them. */
async function upload(storage: Storage, files: string[]): Promise<string[]> {
  const keys: string[] = [];
  for (const file of files) {
    const body = await readFile(file).catch(() => {
      throw new UsageError(`cannot read ${file}`);
    });
    const key = PREFIX.incoming + path.basename(file);
    const current = await storage.get(key);
    if (!current || !current.body.equals(body)) await storage.put(key, body);
    if (!key.endsWith(".meta.json")) keys.push(key);
  }
  return keys;
}

async function ingestKeys(storage: Storage, keys: string[]): Promise<IngestOutcome[]> {
  const bar = progress("ingest", keys.length);
  const outcomes: IngestOutcome[] = [];
  for (const key of keys) {
    outcomes.push(await syncArticle(storage, key));
    bar.tick();
  }
  return outcomes;
}

function ingestReport(outcomes: IngestOutcome[]): string {
  const rows = outcomes.map((o) => {
    const name = o.sourceKey.slice(PREFIX.incoming.length);
    if (o.status === "extracted") return [name, o.status, o.records.trade, o.records.visits, o.records.quotes, ""];
    if (o.status === "rejected") return [name, o.status, "", "", "", `${o.reason}: ${o.detail}`];
    return [name, o.status, "", "", "", ""];
  });
  return formatTable(["article", "status", "trade", "visits", "quotes", "reason"], rows);
}

function publishReport(storage: Storage, outcome: PublishOutcome): string {
  const { manifest } = outcome;
  const said =
    outcome.status === "published"
      ? `published dataset version ${outcome.version}`
      : `nothing changed: latest dataset version is still ${outcome.version}`;
  const files = RECORD_KINDS.flatMap((kind) =>
    ["csv", "json"].map((format) => [kind, format, manifest.rows[kind], path.join(storage.location, versionKey(manifest.version, `${kind}.${format}`))]),
  );
  return [
    said,
    `${manifest.articles.length} articles, parser ${manifest.parser.name} ${manifest.parser.version}`,
    "",
    formatTable(["records", "format", "rows", "file"], files),
  ].join("\n");
}

export async function ingest(storage: Storage, files: string[]): Promise<void> {
  if (files.length === 0) throw new UsageError("give one or more article files");
  const outcomes = await ingestKeys(storage, await upload(storage, files));
  console.log(ingestReport(outcomes));
}

export async function publish(storage: Storage): Promise<void> {
  await publishAndReport(storage);
}

export async function start(storage: Storage): Promise<void> {
  const dir = path.join(PROJECT_ROOT, "data", "articles");
  const files = (await readdir(dir)).sort().map((name) => path.join(dir, name));
  await upload(storage, files);
  const outcomes = await ingestKeys(storage, await listSourceKeys(storage));
  console.log(`lake: ${storage.location}\n`);
  console.log(ingestReport(outcomes));
  console.log("");
  await publishAndReport(storage);
}

/** Publishes, then names the version's explorer page (which also refreshes datasets/index.html). */
async function publishAndReport(storage: Storage): Promise<void> {
  const outcome = await publishVersion(storage);
  console.log(publishReport(storage, outcome));
  console.log(`\nexplore it in a browser: ${await explorerPage(storage, outcome.version)}`);
}
