import { readdir, readFile, rm } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explorerPage } from "../lambdas/cli/commands/explore";
import { diffVersions, type ArticleEntry, type Snapshot } from "../lambdas/explorer/diff";
import { pageArticles, writeVersionPage } from "../lambdas/explorer/explorer";
import { dateBounds, formatBytes, formatDate, formatFigure, formatMoney, formatPeriod, spanOf, type Figure } from "../lambdas/explorer/format";
import { escapeHtml, fileHref, html, jsonForScript } from "../lambdas/explorer/html";
import { syncArticle } from "../lambdas/pipeline/ingest";
import { DATASETS_INDEX_KEY, LATEST_KEY, PREFIX, textKey, versionKey } from "../lambdas/pipeline/keys";
import { publishVersion } from "../lambdas/pipeline/publish";
import { listSourceKeys } from "../lambdas/pipeline/sourceKeys";
import { LocalStore } from "../lambdas/storage/localStore";
import type { Storage } from "../lambdas/storage/storage";
import { explorerLake, PAYLOADS, type ExplorerLake } from "./helpers/explorerLake";

const figure = (value: number | null, unit: string | null, value_type: Figure["value_type"] = "level", change_direction: Figure["change_direction"] = null): Figure => ({
  value,
  unit,
  value_type,
  change_direction,
});

describe("Function: formatFigure()", () => {
  it.each([
    [figure(30_800_000, "USD"), "$30.8 million"],
    [figure(2_000_000_000, "USD"), "$2 billion"],
    [figure(1_250_000_000_000, "USD"), "$1.25 trillion"],
    [figure(14_200_000_000, "EUR"), "€14.2 billion"],
    [figure(4_500_000, "RUB"), "4.5 million RUB"],
    [figure(12_500, "USD"), "$12,500"],
    [figure(5_000_000, "USD", "change", "increase"), "+$5 million"],
    [figure(9, "multiple", "change", "increase"), "×9"],
    [figure(3, "multiple", "change", "decrease"), "÷3"],
    [figure(54, "percent", "change", "increase"), "+54%"],
    [figure(12.5, "percent", "change", "decrease"), "−12.5%"],
    [figure(40, "percent"), "40%"],
    [figure(1_200_000, "tonnes"), "1.2 million tonnes"],
    [figure(500, null), "500"],
    [figure(null, "USD"), ""],
  ])("%j → %s", (input, expected) => expect(formatFigure(input)).toBe(expected));

  it("keeps a currency code it has no symbol for", () => expect(formatMoney(3_000_000_000, "CNY")).toBe("3 billion CNY"));
});

describe("Function: formatPeriod()", () => {
  it.each([
    ["2024-01", "2024-05", "Jan–May 2024"],
    ["2023-09", "2024-05", "Sep 2023–May 2024"],
    ["2024-06-19", "2024-06-21", "19–21 Jun 2024"],
    ["2024-06-28", "2024-07-02", "28 Jun–2 Jul 2024"],
    ["2023", "2024", "2023–2024"],
    ["2023", "2023", "2023"],
    ["2024-06-19", "2024-06-19", "19 Jun 2024"],
    ["2024", "2024-05", "2024–May 2024"],
    ["2024-01", null, "from Jan 2024"],
    [null, "2024-05", "until May 2024"],
    [null, null, ""],
  ])("%s..%s → %s", (start, end, expected) => expect(formatPeriod(start, end)).toBe(expected));
});

describe("Function: formatDate() and dateBounds()", () => {
  it.each([
    ["2024-06-19", "19 Jun 2024", ["2024-06-19", "2024-06-19"]],
    ["2024-02", "Feb 2024", ["2024-02-01", "2024-02-29"]],
    ["2023-02", "Feb 2023", ["2023-02-01", "2023-02-28"]],
    ["2024", "2024", ["2024-01-01", "2024-12-31"]],
  ])("%s → %s, %j", (date, shown, bounds) => {
    expect(formatDate(date)).toBe(shown);
    expect(dateBounds(date)).toEqual(bounds);
  });

  it("spans a record from its first to its last day, or from the one date it has", () => {
    expect(spanOf("2023-09", "2024")).toEqual(["2023-09-01", "2024-12-31"]);
    expect(spanOf(null, "2024-05")).toEqual(["2024-05-01", "2024-05-31"]);
    expect(spanOf(null, null)).toBeNull();
  });

  it.each([
    [512, "512 B"],
    [2048, "2.0 KB"],
    [3 * 1024 * 1024, "3.0 MB"],
  ])("formatBytes(%d) → %s", (bytes, expected) => expect(formatBytes(bytes)).toBe(expected));
});

describe("Function: diffVersions()", () => {
  const article = (id: string, source_key: string, text_sha256: string): ArticleEntry => ({ article_id: id, source_key, text_sha256, title: null });
  const snapshot = (version: string, articles: ArticleEntry[], trade: { id: string; v?: number }[]): Snapshot<{ id: string; v?: number }> => ({
    version,
    articles,
    records: { trade, visits: [], quotes: [] },
  });

  it("counts rows added, removed and changed by record id", () => {
    const diff = diffVersions(snapshot("v1", [], [{ id: "a" }, { id: "b", v: 1 }, { id: "c" }]), snapshot("v2", [], [{ id: "b", v: 2 }, { id: "c" }, { id: "d" }]));
    expect(diff.previous).toBe("v1");
    expect(diff.rows.trade.added.map((r) => r.id)).toEqual(["d"]);
    expect(diff.rows.trade.removed.map((r) => r.id)).toEqual(["a"]);
    expect(diff.rows.trade.changed.map((r) => r.id)).toEqual(["b"]);
    expect(diff.rows.quotes).toEqual({ added: [], removed: [], changed: [] });
  });

  it("tells added, changed and removed articles apart, and ignores a renamed source with the same text", () => {
    const before = [article("1", "incoming/kept.txt", "h1"), article("2", "incoming/edited.txt", "h2"), article("3", "incoming/gone.txt", "h3"), article("4", "incoming/old-name.txt", "h4")];
    const after = [article("1", "incoming/kept.txt", "h1"), article("5", "incoming/edited.txt", "h5"), article("6", "incoming/new.txt", "h6"), article("4", "incoming/new-name.txt", "h4")];
    const { articles } = diffVersions(snapshot("v1", before, []), snapshot("v2", after, []));
    expect(articles.added.map((a) => a.source_key)).toEqual(["incoming/new.txt"]);
    expect(articles.changed.map((a) => a.article_id)).toEqual(["5"]);
    expect(articles.removed.map((a) => a.source_key)).toEqual(["incoming/gone.txt"]);
  });
});

describe("Module: html", () => {
  it("escapes interpolated values, arrays included, but not nested markup", () => {
    const item = (s: string) => html`<li>${s}</li>`;
    expect(html`<ul title="${'"x"'}">${[PAYLOADS.script, "a&b"].map(item)}</ul>`.text).toBe(
      '<ul title="&quot;x&quot;"><li>&lt;script&gt;window.__pwned=1&lt;/script&gt;</li><li>a&amp;b</li></ul>',
    );
    expect(escapeHtml(`'`)).toBe("&#39;");
  });

  it("embeds JSON that cannot close its script element and parses back to the same value", () => {
    const value = { text: `${PAYLOADS.closer} <!-- & \u2028\u2029 >` };
    const embedded = jsonForScript(value).text;
    expect(embedded).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(embedded)).toEqual(value);
  });

  it.each(["javascript:alert(1)", "a/b", "", ".hidden", "x y", "data:text/html,x"])("refuses %j as a link segment", (segment) =>
    expect(() => fileHref("versions", segment)).toThrow(/not a file name/),
  );
  it("builds relative links from checked names", () => expect(fileHref("..", "20250501T100000Z-5d4b968a", "index.html")).toBe("../20250501T100000Z-5d4b968a/index.html"));
});

describe("Function: publishVersion() with the explorer", () => {
  let lake: ExplorerLake;
  beforeAll(async () => {
    lake = await explorerLake();
  });
  afterAll(() => rm(lake.dir, { recursive: true, force: true }));
  const read = (key: string) => readFile(path.join(lake.dir, key), "utf8");

  it("writes a page into every version and a landing page listing them all with their files", async () => {
    for (const version of lake.versions) expect(await read(versionKey(version, "index.html"))).toContain(`Dataset version ${version}`);
    const landing = await read(DATASETS_INDEX_KEY);
    for (const version of lake.versions) {
      expect(landing).toContain(`href="versions/${version}/index.html"`);
      for (const file of ["trade.csv", "visits.json", "quotes.csv", "datapackage.json", "manifest.json"]) expect(landing).toContain(`href="versions/${version}/${file}"`);
    }
  });

  it("writes the version page before latest.json points at the version", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "explorer-order-"));
    const store = new LocalStore(dir);
    const puts: string[] = [];
    const spy: Storage = { location: store.location, get: (k) => store.get(k), list: (p) => store.list(p), delete: (k) => store.delete(k), put: (k, b, o) => (puts.push(k), store.put(k, b, o)) };
    const extraction = await readFile(path.join(lake.dir, "extractions", lake.documents.summit.article.article_id, "extraction.json"));
    await store.put(`${PREFIX.extractions}${lake.documents.summit.article.article_id}/extraction.json`, extraction);
    const outcome = await publishVersion(spy);
    const page = puts.indexOf(versionKey(outcome.version, "index.html"));
    expect(page).toBeGreaterThan(puts.indexOf(versionKey(outcome.version, "manifest.json")));
    expect(page).toBeLessThan(puts.indexOf(LATEST_KEY));
    await rm(dir, { recursive: true, force: true });
  });

  it("never lets an article's string reach the markup unescaped", async () => {
    const page = await read(versionKey(lake.versions[1], "index.html"));
    const data = /<script type="application\/json" id="explorer-data">([^]*?)<\/script>/.exec(page)![1]!;
    expect(data).not.toMatch(/[<>]/);
    expect(JSON.stringify(JSON.parse(data))).toContain(PAYLOADS.script);
    const markup = page.replace(data, "");
    for (const raw of ["<script>window", "<img", "<svg onload", 'href="javascript:', "onerror=\"window"]) expect(markup).not.toContain(raw);
    expect(markup.match(/<script\b/g)).toHaveLength(2);
    expect(markup).toContain(escapeHtml(PAYLOADS.img));
  });

  it("leaves out an article text that is gone from the lake, keeping its records", async () => {
    const key = versionKey(lake.versions[1], "index.html");
    const summit = lake.documents.summit.article.article_id;
    await lake.storage.delete(key);
    await lake.storage.delete(textKey(summit));
    await explorerPage(lake.storage, lake.versions[1]);
    const data = JSON.parse(/id="explorer-data">([^]*?)<\/script>/.exec(await read(key))![1]!) as { articles: { id: string; text: string | null }[]; records: { article: string }[] };
    expect(data.articles.find((a) => a.id === summit)?.text).toBeNull();
    expect(data.records.filter((r) => r.article === summit)).toHaveLength(5);
  });

  it("regenerates a missing page when asked for it (`npm run explore`)", async () => {
    const key = versionKey(lake.versions[0], "index.html");
    await lake.storage.delete(key);
    expect(await explorerPage(lake.storage, lake.versions[0])).toBe(path.join(lake.dir, key));
    expect(await read(key)).toContain("This is the first version");
  });

  it("embeds only the most recent articles that fit its budget, and says so, for a large version", async () => {
    const key = versionKey(lake.versions[1], "index.html");
    const { summit, grain } = lake.documents;
    await lake.storage.delete(key);
    await writeVersionPage(lake.storage, lake.versions[1], { articles: 1, records: 4 });
    const page = await read(key);
    const data = JSON.parse(/id="explorer-data">([^]*?)<\/script>/.exec(page)![1]!) as { articles: { id: string; text: string | null }[]; records: { article: string }[] };
    // grain (2025, 3 records) is the newest; summit (5 records) would not fit.
    expect(data.articles.map((a) => a.id)).toEqual([grain.article.article_id]);
    expect(data.articles[0]?.text).toContain("grain transit");
    expect(new Set(data.records.map((r) => r.article))).toEqual(new Set([grain.article.article_id]));
    expect(page).toContain("Showing 3 of 11 records");
    // What changed still covers every record; a change not on the page is named, not linked.
    expect(page).toMatch(/<td>Trade<\/td><td class="num">5<\/td>/);
    expect(page).toContain("Changed trade rows (1)");
    expect(page).not.toContain(`data-rid="trade:${summit.trade[0]!.id}"`);
    await lake.storage.delete(key);
    await writeVersionPage(lake.storage, lake.versions[1]);
    const full = await read(key);
    expect(full).not.toContain('id="partial"');
    expect(full).toContain(`data-rid="trade:${summit.trade[0]!.id}"`);
  });
});

describe("Function: pageArticles()", () => {
  const entry = (article_id: string, published: string | null, trade: number) => ({
    article_id,
    source_key: `incoming/${article_id}.txt`,
    text_sha256: article_id,
    title: null,
    published,
    parser_version: "1",
    rows: { trade, visits: 0, quotes: 0 },
  });
  const articles = [entry("a", "2024-01-01", 2), entry("b", "2025-01-01", 3), entry("c", null, 1), entry("d", "2025-01-01", 2), entry("e", "2025-06-01", 0)];

  it("keeps every article, those without records too, when the version fits", () =>
    expect([...pageArticles(articles, { articles: 4, records: 8 })]).toEqual(["a", "b", "c", "d", "e"]));

  it("otherwise takes the most recently published articles with records that fit, by id on equal dates", () => {
    expect([...pageArticles(articles, { articles: 2, records: 100 })]).toEqual(["b", "d"]);
    // b and d make 5; a (2) would exceed 6, c (1, undated, last) still fits.
    expect([...pageArticles(articles, { articles: 10, records: 6 })]).toEqual(["b", "d", "c"]);
  });
});

describe("The sample version's page", () => {
  it("weighs under 300 KB", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "explorer-sample-"));
    const store = new LocalStore(dir);
    const articles = path.join(__dirname, "..", "data", "articles");
    for (const name of await readdir(articles)) await store.put(PREFIX.incoming + name, await readFile(path.join(articles, name)));
    for (const key of await listSourceKeys(store)) await syncArticle(store, key);
    const { version } = await publishVersion(store);
    const bytes = (await store.get(versionKey(version, "index.html")))!.body.length;
    expect(bytes).toBeLessThan(300 * 1024);
    await rm(dir, { recursive: true, force: true });
  });
});
