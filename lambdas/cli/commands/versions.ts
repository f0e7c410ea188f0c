// versions and download: reading published datasets back out of the lake.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { sha256Hex } from "../../core/article";
import { UsageError } from "../../core/errors";
import { RECORD_KINDS } from "../../core/schemas";
import { versionKey } from "../../pipeline/keys";
import { latestVersion, listVersions, pruneUnpublished, resolveVersion } from "../../pipeline/versions";
import type { Storage } from "../../storage/storage";
import { formatTable } from "../table";

export const versionsUsage = `npm run versions -- [--prune] [--lake <dir>]

Lists the published dataset versions with their created time and row counts.
--prune first deletes version folders that were never published (a publish
that lost a race or died midway) and are older than the latest version.`;

export const downloadUsage = `npm run download -- --out <dir> [--version <id>|latest] [--format csv|json|all] [--lake <dir>]

Copies one dataset version's files (with datapackage.json and manifest.json)
into <dir>, checking each file's sha256 against the manifest.`;

export async function versions(storage: Storage, options: { prune?: boolean } = {}): Promise<void> {
  if (options.prune) {
    const removed = await pruneUnpublished(storage);
    console.log(removed.length ? `removed ${removed.length} unpublished version folder(s): ${removed.join(", ")}` : "no unpublished version folders to remove");
  }
  const manifests = await listVersions(storage);
  if (manifests.length === 0) return console.log("no dataset versions yet: run `npm start` or `npm run publish`");
  const latest = await latestVersion(storage);
  console.log(
    formatTable(
      ["version", "created", "parser", "articles", "trade", "visits", "quotes", "latest"],
      manifests.map((m) => [m.version, m.created, m.parser.version, m.articles.length, m.rows.trade, m.rows.visits, m.rows.quotes, m.version === latest ? "*" : ""]),
    ),
  );
}

export async function download(storage: Storage, options: { version?: string; format?: string; out?: string }): Promise<void> {
  if (!options.out) throw new UsageError("--out <dir> is required");
  const format = options.format ?? "all";
  if (!["csv", "json", "all"].includes(format)) throw new UsageError(`--format must be csv, json or all, not ${format}`);
  const version = await resolveVersion(storage, options.version ?? "latest");
  const formats = format === "all" ? ["csv", "json"] : [format];
  const names = [...RECORD_KINDS.flatMap((kind) => formats.map((f) => `${kind}.${f}`)), "datapackage.json", "manifest.json"];
  const manifest = JSON.parse((await storage.get(versionKey(version, "manifest.json")))!.body.toString("utf8")) as {
    files: { path: string; hash: string }[];
  };
  await mkdir(options.out, { recursive: true });
  for (const name of names) {
    const object = await storage.get(versionKey(version, name));
    if (!object) throw new Error(`version ${version} is missing ${name}`);
    const expected = manifest.files.find((f) => f.path === name)?.hash;
    if (expected && expected !== `sha256:${sha256Hex(object.body)}`) {
      throw new Error(`${name} of version ${version} does not match its manifest hash`);
    }
    await writeFile(path.join(options.out, name), object.body);
  }
  console.log(`downloaded version ${version} (${names.length} files) to ${options.out}`);
}
