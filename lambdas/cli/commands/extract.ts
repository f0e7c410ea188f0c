import { readFile } from "node:fs/promises";
import { UsageError } from "../../core/errors";
import { extractDocument } from "../../extraction/extract";
import { metaKeyFor, readArticle } from "../../input/article";

export const usage = `npm run extract -- <article file>

Prints the extraction document (JSON) for one article: .txt, .md or .html,
with an optional <file>.meta.json sidecar beside it. Nothing else goes to stdout.`;

export async function run(positionals: string[]): Promise<void> {
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError("give exactly one article file");
  const bytes = await readFile(file).catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  const meta = await readFile(metaKeyFor(file)).catch(() => null);
  const doc = extractDocument(readArticle(bytes, file, meta));
  process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
}
