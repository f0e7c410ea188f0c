// datasets/index.html: every version, newest first, with its downloads.
import { RECORD_KINDS } from "../core/schemas";
import type { Manifest } from "../pipeline/publish";
import { fileHref, html } from "./html";
import { fileTable, pageFrame, type FileEntry } from "./page";

export interface VersionEntry {
  /** The manifest without its article list, which can be long: only the count is shown. */
  manifest: Pick<Manifest, "version" | "created" | "parser" | "rows">;
  articles: number;
  files: readonly FileEntry[];
  /** Versions published before the explorer existed have no page. */
  hasPage: boolean;
  latest: boolean;
}

export function landingPage(entries: readonly VersionEntry[]): string {
  const newestFirst = [...entries].sort((a, b) => b.manifest.version.localeCompare(a.manifest.version));
  return pageFrame(
    "Dataset versions",
    html`<header><h1>Dataset versions</h1>
<p class="meta">${entries.length} version${entries.length === 1 ? "" : "s"}, newest first. Each version is immutable; open one to explore its records in their articles.</p></header>
<section><table><thead><tr><th>Version</th><th>Created</th><th>Parser</th><th class="num">Articles</th>${RECORD_KINDS.map((k) => html`<th class="num">${k}</th>`)}<th>Files</th></tr></thead><tbody>
${newestFirst.map(({ manifest: m, articles, hasPage, latest }) => {
  const name = hasPage ? html`<a href="${fileHref("versions", m.version, "index.html")}">${m.version}</a>` : m.version;
  return html`<tr><td><code>${name}</code>${latest && html` <span class="badge latest">latest</span>`}</td><td>${m.created}</td><td>${m.parser.name} ${m.parser.version}</td><td class="num">${articles}</td>${RECORD_KINDS.map((k) => html`<td class="num">${m.rows[k]}</td>`)}<td><a href="#v-${fileHref(m.version)}">downloads</a></td></tr>\n`;
})}</tbody></table></section>
${newestFirst.map(
  ({ manifest: m, files, hasPage }) =>
    html`<section id="v-${m.version}"><h2>${m.version}${hasPage && html` · <a href="${fileHref("versions", m.version, "index.html")}">explore</a>`}</h2>${fileTable(files, ["versions", m.version])}</section>\n`,
)}`,
  );
}
