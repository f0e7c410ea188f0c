// Every quoted span in each article is either a gold quote or a scare quote (listed); each gold quote occurs once; visitor alias overlaps within one host.
import { readFileSync, readdirSync } from "node:fs";
// Usage: node data/eval/tools/audit.mjs <set dir>
const dir=process.argv[2];
if(!dir){console.error("usage: audit.mjs <set dir>");process.exit(2);}
const tok=(s)=>String(s).toLowerCase().replace(/[“”"]/g,"").replace(/'s\b/g,"").replace(/^the /,"").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
for (const f of readdirSync(dir).filter(f=>f.endsWith(".gold.json")).sort()){
  const g=JSON.parse(readFileSync(`${dir}/${f}`,"utf8")); const t=readFileSync(`${dir}/${g.article}`,"utf8");
  const spans=[...t.matchAll(/"([^"\n]+)"|“([^”\n]+)”/g)].map(m=>m[1]??m[2]);
  const gq=g.quotes.map(q=>q.text);
  for(const s of spans) if(!gq.includes(s)) console.log(`${f} UNGOLDED SPAN: ${s}`);
  for(const q of gq){const n=t.split(q).length-1; if(n!==1) console.log(`${f} quote occurs ${n}x: ${q}`);}
  const V=g.visits;
  for(let i=0;i<V.length;i++)for(let j=0;j<V.length;j++){ if(i===j||V[i].host_country!==V[j].host_country) continue;
    const same=V[i].visitor[0]===V[j].visitor[0]; if(same) continue;
    for(const a of V[i].visitor){const ta=tok(a); for(const b of V[j].visitor){const tb=tok(b); if(ta.every(x=>tb.includes(x))) console.log(`${f} alias overlap: "${a}" (rec ${i}) ⊆ "${b}" (rec ${j})`);}}}
}
