// Snapshot of what the extractor outputs, for changes that must not change it
// (speed work, refactors): run before and after, then `diff -r` the folders.
//   npm run snapshot -- <out dir> [more article dirs, e.g. ../shared/eval]
// Covers the repository's articles and fixtures, the stress inputs, the
// largest allowed article and (as one hash) the 2,000-article bench corpus.
// Held-out sets are written as hashes only, so nobody reads their records.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../lambdas/extraction/extract";
import { readArticle } from "../lambdas/input/article";
import { MAX_TEXT_BYTES } from "../lambdas/input/plainText";
import { STRESS_INPUTS } from "../tests/helpers/stressInputs";
import { buildCorpus, sampleArticles } from "./bench/corpus";

const [out, ...extraDirs] = process.argv.slice(2);
if (!out) throw new Error("usage: npm run snapshot -- <out dir> [article dirs...]");

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
// Whole-sentence fields of megabyte inputs are stored as length and hash, so files stay small.
const shrink = (_key: string, v: unknown) => (typeof v === "string" && v.length > 2000 ? `<${v.length} chars ${sha256(v)}>` : v);
const outcome = (extract: () => unknown) => {
  try {
    return JSON.stringify(extract(), shrink, 1);
  } catch (error) {
    return JSON.stringify({ error: String(error) });
  }
};
const write = (name: string, content: string) => writeFileSync(path.join(out, name.replace(/[^A-Za-z0-9._-]+/g, "_")), content);

mkdirSync(out, { recursive: true });
const files = ["data/articles", "data/eval", "tests/fixtures", ...extraDirs].flatMap(walk).filter((f) => /\.(txt|md|html)$/.test(f));
for (const file of files) {
  const meta = existsSync(`${file}.meta.json`) ? readFileSync(`${file}.meta.json`) : null;
  const result = outcome(() => extractDocument(readArticle(readFileSync(file), path.basename(file), meta)));
  if (/holdout/.test(file)) write(`${file}.sha256`, `${sha256(result)}\n`);
  else write(`${file}.json`, result);
}
const sample = readFileSync("data/articles/seed-article.txt", "utf8");
const largest = () => Array.from({ length: Math.floor(MAX_TEXT_BYTES / Buffer.byteLength(`${sample}\n\n`)) }, () => sample).join("\n\n");
for (const { case: name, build } of [...STRESS_INPUTS, { case: "largest allowed text", build: largest }]) {
  write(`stress-${name}.json`, outcome(() => extractDocument({ sourceKey: "stress.txt", text: build(), title: null, published: null })));
}
const corpus = createHash("sha256");
for (const article of buildCorpus(sampleArticles("data/articles"), 2000)) corpus.update(JSON.stringify(extractDocument(article)));
write("bench-corpus-2000.sha256", `${corpus.digest("hex")}\n`);
console.log(`${files.length + STRESS_INPUTS.length + 2} outputs in ${out}`);
