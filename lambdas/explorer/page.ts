// The version page: static parts (downloads, changes, charts, table heads,
// filter choices) rendered here; rows and the article view by the inlined
// script from the embedded JSON.
import { createHash } from "node:crypto";
import { RECORD_KINDS, type QuoteRecord, type RecordKind, type TradeRecord, type VisitRecord } from "../core/schemas";
import type { Manifest } from "../pipeline/publish";
import { timelineChart, type TimelineMark } from "./charts";
import { CLIENT_SCRIPT } from "./client";
import type { VersionDiff } from "./diff";
import { formatBytes, formatFigure, spanOf } from "./format";
import { fileHref, html, jsonForScript, trusted, type Html } from "./html";
import { articleLabel, COLUMNS, pairOf, viewOf, type AnyRecord, type ArticleLabel, type RecordView } from "./records";
import { STYLES } from "./styles";

export interface FileEntry {
  path: string;
  bytes: number;
  /** `sha256:<hex>`, as in the manifest. */
  hash: string;
}

export interface VersionContent {
  manifest: Manifest;
  /** The records the page embeds: all of the version's, or those of the articles within the page's budget. */
  records: { trade: TradeRecord[]; visits: VisitRecord[]; quotes: QuoteRecord[] };
  /** Plain text per article id, null when it is missing from the lake or does not match its hash. */
  texts: ReadonlyMap<string, string | null>;
  files: readonly FileEntry[];
  diff: VersionDiff<{ id: string }> | null;
  /** The records the change lists show (the first LIST_LIMIT of each), by `kind:id`. */
  listed: ReadonlyMap<string, AnyRecord>;
  /** Labels for articles of the previous version, for summaries of removed rows. */
  previousArticles?: ReadonlyMap<string, ArticleLabel>;
}

const KIND_TITLES: Record<RecordKind, string> = { trade: "Trade", visits: "Visits", quotes: "Quotes" };
export const LIST_LIMIT = 50;

export function versionPage(content: VersionContent): string {
  const { manifest } = content;
  const labels = new Map(manifest.articles.map((a) => [a.article_id, articleLabel(a)]));
  const labelOf = (id: string) => labels.get(id) ?? { label: id, published: null };
  const views = RECORD_KINDS.flatMap((kind) => (content.records[kind] as AnyRecord[]).map((r) => viewOf(kind, r, labelOf(r.article_id))));

  const perArticle = tally(views.map((v) => v.article));
  const total = RECORD_KINDS.reduce((n, k) => n + manifest.rows[k], 0);
  // Over budget, the page lists only the articles whose records it embeds.
  const partial = views.length < total;
  const articlesWithRecords = manifest.articles.filter((a) => RECORD_KINDS.some((k) => a.rows[k] > 0)).length;
  const listedArticles = partial ? manifest.articles.filter((a) => perArticle.has(a.article_id)) : manifest.articles;
  // The page needs the text of articles with records only: that is where highlights are.
  const data = {
    articles: listedArticles.map((a) => ({
      id: a.article_id,
      label: labelOf(a.article_id).label,
      published: a.published,
      source: a.source_key,
      records: perArticle.get(a.article_id) ?? 0,
      text: perArticle.has(a.article_id) ? (content.texts.get(a.article_id) ?? null) : null,
    })),
    records: views,
  };

  const title = `Dataset version ${manifest.version}`;
  return pageFrame(
    title,
    html`<header>
<p><a href="../../index.html">All versions</a></p>
<h1>${title}</h1>
<p class="meta">Created ${manifest.created} · parser ${manifest.parser.name} ${manifest.parser.version} · ${manifest.articles.length} articles ·
${RECORD_KINDS.map((k, i) => html`${i ? " · " : ""}${manifest.rows[k]} ${k}`)}</p>${
  partial &&
  html`
<p class="note" id="partial">Showing ${views.length} of ${total} records: those of the ${listedArticles.length} most recently published of the ${articlesWithRecords} articles with records. <a href="#downloads">Download the CSV files</a> for all of them.</p>`
}
<nav><a href="#downloads">Downloads</a><a href="#changes">What changed</a><a href="#charts">Charts</a><a href="#records">Records</a><a href="#article">Article</a></nav>
</header>
${downloads(content.files)}
${changes(content, new Set(views.map((v) => `${v.kind}:${v.id}`)))}
${charts(content.records, views)}
<div class="workspace">
${recordTables(views, data.articles)}
<aside class="article" id="article">
<h2>Article</h2>
<label>Article <select id="article-select">${data.articles.map((a) => html`<option value="${a.id}">${a.label} (${a.records})</option>`)}</select></label>
<p class="meta" id="article-meta"></p>
<p class="note">${RECORD_KINDS.map((k) => html`<span class="swatch k-${k}"></span>${k}`)}<span class="swatch low"></span>low confidence</p>
<div class="text" id="article-text"></div>
<div class="details" id="details"><p class="note">Click a highlight, a table row or a chart mark to see the record's fields.</p></div>
</aside>
</div>
<script type="application/json" id="explorer-data">${jsonForScript(data)}</script>
<script>${trusted(CLIENT_SCRIPT)}</script>`,
    CLIENT_SCRIPT,
  );
}

/** The shared frame: inline style, and a policy that allows no network and no script but ours. */
export function pageFrame(title: string, body: Html, script?: string): string {
  const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
  const policy = `default-src 'none'; style-src ${hash(STYLES)}; script-src ${script ? hash(script) : "'none'"}; base-uri 'none'; form-action 'none'`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
${body}
</body>
</html>
`.text;
}

export function fileTable(files: readonly FileEntry[], folder: string[] = []): Html {
  return html`<table class="files"><thead><tr><th>File</th><th class="num">Size</th><th>sha256</th></tr></thead><tbody>
${files.map(
  (f) =>
    html`<tr><td><a href="${fileHref(...folder, f.path)}">${f.path}</a></td><td class="num" title="${f.bytes} bytes">${formatBytes(f.bytes)}</td><td class="hash">${f.hash.replace(/^sha256:/, "")}</td></tr>\n`,
)}</tbody></table>`;
}

const downloads = (files: readonly FileEntry[]) => html`<section id="downloads"><h2>Downloads</h2>${fileTable(files)}</section>`;

/** `embedded`: the `kind:id` of the records on the page, which the lists link to. */
function changes({ diff, listed, manifest, previousArticles }: VersionContent, embedded: ReadonlySet<string>): Html {
  if (!diff) return html`<section id="changes"><h2>What changed</h2><p class="note">This is the first version: nothing to compare with.</p></section>`;
  const labelOf = (id: string) => previousArticles?.get(id) ?? { label: id, published: null };
  const currentLabel = new Map(manifest.articles.map((a) => [a.article_id, articleLabel(a)]));
  const { articles } = diff;
  const articleList = (name: string, list: typeof articles.added) =>
    list.length > 0 && html`<h3>${name} (${list.length})</h3><ul class="compact">${list.map((a) => html`<li>${articleLabel({ ...a, published: null }).label} <span class="hash">${a.source_key}</span></li>`)}</ul>`;
  const recordList = (name: string, kind: RecordKind, list: readonly { id: string }[], current: boolean) =>
    list.length > 0 &&
    html`<details><summary>${name} ${kind} rows (${list.length})</summary><ul class="compact">${list.slice(0, LIST_LIMIT).map(({ id }) => {
      const r = listed.get(`${kind}:${id}`)!;
      const summary = viewOf(kind, r, (current ? currentLabel.get(r.article_id) : undefined) ?? labelOf(r.article_id)).summary;
      return html`<li>${embedded.has(`${kind}:${r.id}`) ? html`<button type="button" class="link" data-rid="${kind}:${r.id}">${summary}</button>` : summary}</li>`;
    })}${list.length > LIST_LIMIT && html`<li class="note">and ${list.length - LIST_LIMIT} more</li>`}</ul></details>`;

  return html`<section id="changes"><h2>What changed since <a href="${fileHref("..", diff.previous, "index.html")}">${diff.previous}</a></h2>
<table><thead><tr><th>Records</th><th class="num">Rows</th><th class="num">Added</th><th class="num">Removed</th><th class="num">Changed</th></tr></thead><tbody>
${RECORD_KINDS.map(
  (k) =>
    html`<tr><td>${KIND_TITLES[k]}</td><td class="num">${manifest.rows[k]}</td><td class="num">+${diff.rows[k].added.length}</td><td class="num">−${diff.rows[k].removed.length}</td><td class="num">${diff.rows[k].changed.length}</td></tr>\n`,
)}</tbody></table>
${RECORD_KINDS.map((k) => [recordList("Added", k, diff.rows[k].added, true), recordList("Changed", k, diff.rows[k].changed, true), recordList("Removed", k, diff.rows[k].removed, false)])}
${articles.added.length + articles.changed.length + articles.removed.length === 0 ? html`<p class="note">The same articles as before.</p>` : [articleList("Articles added", articles.added), articleList("Articles changed", articles.changed), articleList("Articles removed", articles.removed)]}
</section>`;
}

function charts(records: VersionContent["records"], views: readonly RecordView[]): Html {
  const low = new Set(views.filter((v) => v.low).map((v) => `${v.kind}:${v.id}`));
  const tradeMarks: TimelineMark[] = [];
  for (const r of records.trade) {
    const days = spanOf(r.period_start, r.period_end);
    const label = formatFigure(r) || r.goods || "no figure";
    if (days) tradeMarks.push({ id: `trade:${r.id}`, lane: pairOf(r), from: days[0], to: days[1], label, title: `${pairOf(r)} · ${label}`, low: low.has(`trade:${r.id}`) });
  }
  const visitMarks: TimelineMark[] = [];
  for (const r of records.visits) {
    const days = spanOf(r.start_date, r.end_date);
    const lane = `${r.visitor_country ?? "?"} → ${r.host_country}`;
    const label = r.count > 1 ? `${r.visitor} (${r.count})` : r.visitor;
    if (days) visitMarks.push({ id: `visits:${r.id}`, lane, from: days[0], to: days[1], label, title: `${label} → ${r.place ?? r.host_country} (${r.status})`, hollow: r.status === "planned", low: low.has(`visits:${r.id}`) });
  }
  return html`<section id="charts"><h2>Charts</h2><div class="charts">
${timelineChart("trade", "Trade figures over time, per country pair", tradeMarks, records.trade.length - tradeMarks.length)}
${timelineChart("visits", "Who visited whom, when (hollow: planned)", visitMarks, records.visits.length - visitMarks.length)}
</div></section>`;
}

function recordTables(views: readonly RecordView[], articles: readonly { id: string; label: string }[]): Html {
  // Filter choices with how many records each would keep.
  const counted = (values: string[]) => [...tally(values)].sort(([a], [b]) => a.localeCompare(b));
  const options = (all: string, list: [string, number][], label: (v: string) => string = (v) => v) =>
    html`<option value="">${all}</option>${list.map(([v, n]) => html`<option value="${v}">${label(v)} (${n})</option>`)}`;
  const articleNames = new Map(articles.map((a) => [a.id, a.label]));
  return html`<section class="records" id="records">
<h2>Records</h2>
<div class="filters">
<label>Country <select id="f-country">${options("All countries", counted(views.flatMap((v) => v.countries)))}</select></label>
<label>Speaker / person <select id="f-person">${options("Anyone", counted(views.flatMap((v) => v.people)))}</select></label>
<label>Article <select id="f-article">${options("All articles", counted(views.map((v) => v.article)), (id) => articleNames.get(id) ?? id)}</select></label>
<label>From <input type="date" id="f-from"></label>
<label>To <input type="date" id="f-to"></label>
<button type="button" id="f-reset">Clear filters</button>
<span class="note" id="f-count"></span>
</div>
${RECORD_KINDS.map(
  (kind) => html`<h3><span class="swatch k-${kind}"></span>${KIND_TITLES[kind]} <span class="note" id="count-${kind}"></span></h3>
<div class="scroll"><table id="table-${kind}"><thead><tr>${COLUMNS[kind].map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody></tbody></table></div>
`,
)}
</section>`;
}

function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
