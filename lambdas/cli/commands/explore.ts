// npm run explore: where to look at a published version in a browser.
import path from "node:path";
import { PAGE_FILE, writeLandingPage, writeVersionPage } from "../../explorer/explorer";
import { DATASETS_INDEX_KEY, versionKey } from "../../pipeline/keys";
import { resolveVersion } from "../../pipeline/versions";
import type { Storage } from "../../storage/storage";

export const usage = `npm run explore -- [--version <id>|latest] [--lake <dir>]

Prints the path of a version's explorer page (the latest by default) and of
datasets/index.html, the list of all versions. Open either in a browser.`;

export async function run(storage: Storage, options: { version?: string }): Promise<void> {
  const version = await resolveVersion(storage, options.version ?? "latest");
  console.log(await explorerPage(storage, version));
  console.log(path.resolve(storage.location, DATASETS_INDEX_KEY));
}

/**
 * Brings the pages up to date and returns the local file of the version's page:
 * a version published before the explorer existed gets its page now, and the
 * landing page is rewritten to list every version.
 */
export async function explorerPage(storage: Storage, version: string): Promise<string> {
  if (!(await storage.get(versionKey(version, PAGE_FILE)))) await writeVersionPage(storage, version);
  await writeLandingPage(storage);
  return path.resolve(storage.location, versionKey(version, PAGE_FILE));
}
