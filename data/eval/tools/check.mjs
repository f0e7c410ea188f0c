#!/usr/bin/env node
// JSON validity, verbatim quotes, word counts, record counts of a gold set: node data/eval/tools/check.mjs <set dir>
import { readFileSync, readdirSync } from "node:fs";
const dir = process.argv[2];
if (!dir) { console.error("usage: check.mjs <set dir>"); process.exit(2); }
let fails = 0; const tot = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort()) {
  let g;
  try { g = JSON.parse(readFileSync(`${dir}/${f}`, "utf8")); } catch (e) { console.log(`BAD JSON ${f}: ${e.message}`); fails++; continue; }
  const text = readFileSync(`${dir}/${g.article}`, "utf8");
  const words = text.split(/\s+/).filter(Boolean).length;
  for (const q of g.quotes ?? []) if (!text.includes(q.text)) { console.log(`QUOTE NOT VERBATIM ${f}: ${q.text}`); fails++; }
  for (const v of g.visits ?? []) if (!v.host_country || !/^[A-Z]{3}$/.test(v.host_country)) { console.log(`BAD HOST ${f}`); fails++; }
  for (const t of g.trade ?? []) if (t.direction === "a_to_b" && !t.countries.includes(t.exporter)) { console.log(`BAD EXPORTER ${f}`); fails++; }
  const c = (k) => { const r = (g[k] ?? []).filter((x) => !x.optional).length, o = (g[k] ?? []).length - r; (tot[k] ??= [0, 0]); tot[k][0] += r; tot[k][1] += o; return `${r}+${o}`; };
  console.log(`${g.article.padEnd(40)} words=${words} published=${g.published} trade=${c("trade")} visits=${c("visits")} quotes=${c("quotes")}`);
}
console.log(`TOTAL trade=${tot.trade?.join("+")} visits=${tot.visits?.join("+")} quotes=${tot.quotes?.join("+")} failures=${fails}`);
