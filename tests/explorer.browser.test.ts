// The explorer pages in a real browser: Debian's chromium driven by playwright-core
// (never `npx playwright install`: it downloads a browser, and CI is offline).
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATASETS_INDEX_KEY, versionKey } from "../lambdas/pipeline/keys";
import { explorerLake, PAYLOADS, type ExplorerLake } from "./helpers/explorerLake";

const CHROMIUM = "/usr/bin/chromium";
// From ../shared/TOOLCHAIN.md: these work as root, and keep Chromium off the network.
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ARTIFACTS = path.join(__dirname, "..", "test-artifacts");

describe("Explorer pages in Chromium", () => {
  let lake: ExplorerLake;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  const fileUrl = (key: string) => pathToFileURL(path.join(lake.dir, key)).href;
  const count = (kind: string) => page.locator(`#count-${kind}`).textContent();
  const shot = (name: string, fullPage = true) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage });
  const articleId = (name: keyof ExplorerLake["documents"]) => lake.documents[name].article.article_id;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium package (apt-get update && apt-get install -y chromium)`);
    }
    lake = await explorerLake();
    profile = await mkdtemp(path.join(os.tmpdir(), "chromium-profile-"));
    await mkdir(ARTIFACTS, { recursive: true });
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS, headless: true, viewport: { width: 1400, height: 1000 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(5000);
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(fileUrl(versionKey(lake.versions[1], "index.html")));
  });

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    if (lake) await rm(lake.dir, { recursive: true, force: true });
  });

  it("shows every record with counts, and what changed since the previous version", async () => {
    expect(await page.title()).toBe(`Dataset version ${lake.versions[1]}`);
    expect([await count("trade"), await count("visits"), await count("quotes")]).toEqual(["5 of 5", "4 of 4", "2 of 2"]);
    const changes = page.locator("#changes");
    await expect.poll(() => changes.locator("tbody tr").allInnerTexts()).toEqual(["Trade\t5\t+2\t−1\t1", "Visits\t4\t+3\t−0\t0", "Quotes\t2\t+1\t−1\t0"]);
    expect(await changes.innerText()).toMatch(/Articles added \(1\)[^]*Articles changed \(1\)\s+Grain corridor/);
    await shot("explorer-version.png");
  });

  it("filters the tables by country, speaker, date range and article", async () => {
    await page.selectOption("#f-country", "CHN");
    expect([await count("trade"), await count("visits"), await count("quotes")]).toEqual(["1 of 5", "0 of 4", "0 of 2"]);
    expect(await page.locator("#table-trade tbody").innerText()).toContain("$30.8 million");

    await page.click("#f-reset");
    await page.selectOption("#f-person", "Vladimir Putin");
    expect([await count("trade"), await count("visits"), await count("quotes")]).toEqual(["2 of 5", "1 of 4", "1 of 2"]);

    await page.click("#f-reset");
    await page.fill("#f-from", "2025-01-01");
    expect([await count("trade"), await count("visits"), await count("quotes")]).toEqual(["1 of 5", "2 of 4", "0 of 2"]);
    await page.fill("#f-to", "2025-03-31");
    expect(await count("visits")).toBe("1 of 4");
    expect(await page.locator("#table-visits tbody").innerText()).toContain("Ukraine's foreign minister");
    await shot("explorer-filtered.png", false);

    await page.click("#f-reset");
    await page.selectOption("#f-article", articleId("grain"));
    expect([await count("trade"), await count("visits"), await count("quotes")]).toEqual(["1 of 5", "2 of 4", "0 of 2"]);
    await page.click("#f-reset");
    expect(await page.locator("#f-count").textContent()).toBe("Showing 11 of 11 records");
  });

  it("sorts a table by a column, both ways", async () => {
    const header = page.locator("#table-trade thead th", { hasText: "Confidence" });
    const firstConfidence = () => page.locator("#table-trade tbody tr").first().locator("td").nth(6).textContent();
    await header.click();
    expect(await firstConfidence()).toBe("0.35 ⚠ low");
    await header.click();
    expect(await firstConfidence()).toBe("0.90");
    expect(await header.getAttribute("aria-sort")).toBe("descending");
  });

  it("highlights a clicked record's span in its article and shows its fields", async () => {
    await page.locator("#table-trade tbody tr", { hasText: "$30.8 million" }).click();
    expect(await page.inputValue("#article-select")).toBe(articleId("summit"));
    expect((await page.locator("#article-text mark.sel").allTextContents()).join("")).toBe("$30.8 million");
    expect(await page.locator("#details").innerText()).toMatch(/value\s+30800000[^]*reported_by\s+NK News/);

    // A low-confidence record is marked in the text and in its fields.
    await page.locator("#table-trade tbody tr", { hasText: "×9" }).click();
    expect((await page.locator("#article-text mark.sel").allTextContents()).join("")).toBe("grew 9-fold");
    expect(await page.locator("#article-text mark.sel").getAttribute("class")).toContain("low");
    expect(await page.locator("#details .badge.low").textContent()).toBe("low confidence");

    // And the other way: a highlight in the text selects its record in the table.
    await page.locator("#article-text mark", { hasText: "We will not rest on our laurels," }).click();
    expect(await page.locator("#details h3").first().innerText()).toBe("Quote record");
    expect(await page.locator("#table-quotes tr.selected").innerText()).toContain("Vladimir Putin");
    await page.locator("#article").screenshot({ path: path.join(ARTIFACTS, "explorer-article.png") });
  });

  it("selects a record from a chart mark", async () => {
    await page.locator('#charts [data-rid^="visits:"]', { hasText: "Vladimir Putin" }).click();
    expect((await page.locator("#article-text mark.sel").allTextContents()).join("")).toBe("Vladimir Putin's visit to Pyongyang on June 19, 2024");
    expect(await page.locator("#details").innerText()).toMatch(/place\s+Pyongyang/);
  });

  it("shows hostile strings as text: nothing runs, nothing becomes a link", async () => {
    await page.selectOption("#article-select", articleId("hostile"));
    for (const table of ["trade", "visits", "quotes"]) {
      await page.locator(`#table-${table} tbody tr`).filter({ hasText: "window.__pwned" }).first().click();
    }
    await page.locator("#article-text mark").first().hover();
    const text = await page.locator("#article-text").textContent();
    for (const payload of [PAYLOADS.script, PAYLOADS.img, PAYLOADS.js, PAYLOADS.closer, PAYLOADS.svg]) expect(text).toContain(payload);
    expect(await page.locator("#details").innerText()).toContain(PAYLOADS.img);

    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(2);
    expect(await page.evaluate("[...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length")).toBe(0);
    const hrefs = (await page.evaluate("[...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))")) as string[];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(#[\w-]+|(\.\.\/)*[\w.-]+(\/[\w.-]+)*)$/);
    await shot("explorer-hostile.png");
  });

  it("lists every version on the landing page, with working links to each file", async () => {
    await page.goto(fileUrl(DATASETS_INDEX_KEY));
    expect(await page.locator("section[id^=v-]").count()).toBe(2);
    const hrefs = await page.locator("a[href^='versions/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(new Set(hrefs).size).toBe(2 * 9); // per version: its page and 8 files
    for (const href of hrefs) expect(existsSync(path.join(lake.dir, "datasets", href)), href).toBe(true);
    expect(await page.locator(`#v-${lake.versions[1]}`).innerText()).toMatch(/datapackage\.json\s+[\d.]+ KB\s+[0-9a-f]{64}/);
    await shot("explorer-landing.png");
    await page.getByRole("link", { name: lake.versions[0] }).click();
    expect(await page.title()).toBe(`Dataset version ${lake.versions[0]}`);
    expect(await page.locator("#changes").innerText()).toContain("This is the first version");
  });

  it("ran without script errors or dialogs, and fetched nothing but the lake's own files", () => {
    expect(problems).toEqual([]);
    for (const url of requests) expect(url.startsWith(pathToFileURL(lake.dir).href), url).toBe(true);
  });
});
