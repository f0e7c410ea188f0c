// npm run eval: the extractor against gold files, per article and in total.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../../core/errors";
import { GoldFile } from "../../evaluation/gold";
import { addScores, emptyScore, KINDS, scoreArticle, summarise, type Kind, type KindScore } from "../../evaluation/score";
import { extractDocument } from "../../extraction/extract";
import { metaKeyFor, readArticle } from "../../input/article";
import { formatTable } from "../table";

export const usage = `npm run eval -- <gold dir> <articles dir> [--verbose]

Extracts every article named by a <name>.gold.json file in <gold dir> (looked
up in <articles dir>) and prints precision, recall and F1 per record type,
per article and in total, then a last line of key=value figures.`;

export async function run(positionals: string[], verbose: boolean): Promise<void> {
  const [goldDir, articlesDir] = positionals;
  if (!goldDir || !articlesDir) throw new UsageError("give a gold folder and an articles folder");
  const goldFiles = (await readdir(goldDir).catch(() => {
    throw new UsageError(`cannot read ${goldDir}`);
  }))
    .filter((f) => f.endsWith(".gold.json"))
    .sort();
  if (goldFiles.length === 0) throw new UsageError(`no *.gold.json files in ${goldDir}`);

  const totals: Record<Kind, KindScore> = { trade: emptyScore(), visits: emptyScore(), quotes: emptyScore() };
  const perArticle: (string | number)[][] = [];
  for (const file of goldFiles) {
    const gold = GoldFile.parse(JSON.parse(await readFile(path.join(goldDir, file), "utf8")));
    const articlePath = path.join(articlesDir, gold.article);
    const meta = await readFile(metaKeyFor(articlePath)).catch(() => null);
    const doc = extractDocument(readArticle(await readFile(articlePath), articlePath, meta));
    const scores = scoreArticle(doc, gold);
    perArticle.push([gold.article, ...KINDS.flatMap((k) => [scores[k].tp, scores[k].fp, scores[k].fn])]);
    for (const kind of KINDS) {
      totals[kind] = addScores(totals[kind], scores[kind]);
      if (verbose) {
        for (const g of scores[kind].missed) console.log(`  ${gold.article} missed ${kind}: ${JSON.stringify(g).slice(0, 200)}`);
        for (const p of scores[kind].extra) console.log(`  ${gold.article} extra  ${kind}: ${JSON.stringify(p).slice(0, 200)}`);
      }
    }
  }

  console.log(formatTable(["article", ...KINDS.flatMap((k) => [`${k} tp`, "fp", "fn"])], perArticle));
  console.log("");
  const fixed = (x: number) => x.toFixed(3);
  const summaries = KINDS.map((kind) => [kind, summarise(totals[kind])] as const);
  console.log(
    formatTable(
      ["kind", "precision", "recall", "f1", "strict_f1", "field accuracy on matches"],
      summaries.map(([kind, s]) => [
        kind,
        fixed(s.precision),
        fixed(s.recall),
        fixed(s.f1),
        fixed(s.strictF1),
        Object.entries(s.fieldAccuracy).map(([f, a]) => `${f}=${fixed(a)}`).join(" "),
      ]),
    ),
  );
  console.log(summaries.map(([kind, s]) => `${kind}_f1=${fixed(s.f1)} ${kind}_strict_f1=${fixed(s.strictF1)}`).join(" "));
}
