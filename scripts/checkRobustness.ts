// `npm run check:robustness`: the issue-5 cases on a temporary lake, as a table
// (case | expected | observed | ok). Exits 1 if any case fails.
import { syncArticle } from "../lambdas/pipeline/ingest";
import { PREFIX } from "../lambdas/pipeline/keys";
import { publishVersion } from "../lambdas/pipeline/publish";
import { listVersions } from "../lambdas/pipeline/versions";
import { BAD_INPUTS, GOOD_ARTICLES } from "../tests/helpers/badInputs";
import { FaultyStorage } from "../tests/helpers/faultyStorage";
import { ingestAll, latestVersionOf, tempLake, upload, type TempLake } from "../tests/helpers/lake";
import { checkBadInput, describeOutcome, ingestBadInput, keyOf, uploadBadInput } from "../tests/helpers/scenarios";
import { STRESS_INPUTS } from "../tests/helpers/stressInputs";
import { runStressIsolated } from "../tests/helpers/stressRunner";
import { inspectVersion } from "../tests/helpers/versionCheck";

const STRESS_BOUND_MS = 10_000;

interface Row {
  case: string;
  expected: string;
  observed: string;
  ok: boolean;
}
const rows: Row[] = [];
const record = (row: Row) => rows.push(row);

async function withLake<T>(run: (lake: TempLake) => Promise<T>): Promise<T> {
  const lake = await tempLake();
  try {
    return await run(lake);
  } finally {
    await lake.cleanup();
  }
}

const article = (n: number) => `“We agreed on ${n} points,” the Peruvian trade minister said in Lima. Trade with Chile rose ${n} percent in 2023.\n`;

async function badInputs(): Promise<void> {
  await withLake(async ({ store }) => {
    for (const input of BAD_INPUTS) {
      const result = await ingestBadInput(store, input);
      const expected = input.expect.status === "rejected" ? `rejected: ${input.expect.reason}` : "extracted";
      const observed = describeOutcome(result.outcome) + (result.problems.length ? ` (${result.problems.join("; ")})` : "");
      record({ case: `bad input: ${input.case}`, expected, observed, ok: result.problems.length === 0 });
    }
  });
  await withLake(async ({ store }) => {
    for (const good of GOOD_ARTICLES) await upload(store, good.name, good.body);
    for (const input of BAD_INPUTS) await uploadBadInput(store, input);
    const outcomes = await ingestAll(store);
    for (const input of BAD_INPUTS.filter((i) => i.body === null)) outcomes.push(await syncArticle(store, keyOf(input)));
    const problems: string[] = [];
    for (const input of BAD_INPUTS) {
      const outcome = outcomes.find((o) => o.sourceKey === keyOf(input));
      if (!outcome) problems.push(`${input.case}: no outcome`);
      else problems.push(...(await checkBadInput(store, input, outcome)).problems.map((p) => `${input.case}: ${p}`));
    }
    const published = await publishVersion(store);
    const report = await inspectVersion(store, published.version);
    problems.push(...report.problems);
    const sources = report.manifest?.articles.map((a) => a.source_key) ?? [];
    const goodIn = GOOD_ARTICLES.filter((g) => sources.includes(PREFIX.incoming + g.name)).length;
    record({
      case: `bad inputs mixed with ${GOOD_ARTICLES.length} good articles`,
      expected: `each as alone; ${GOOD_ARTICLES.length} good published`,
      observed: `${goodIn} good published, ${sources.length} articles in version` + (problems.length ? `; ${problems.join("; ")}` : ""),
      ok: problems.length === 0 && goodIn === GOOD_ARTICLES.length,
    });
  });
}

async function stress(): Promise<void> {
  const results = await runStressIsolated(STRESS_INPUTS.map((i) => i.case), STRESS_BOUND_MS);
  for (const input of STRESS_INPUTS) {
    const r = results.get(input.case)!;
    const observed = r.timedOut
      ? `still running after ${r.ms} ms: stopped`
      : r.error
        ? `threw ${r.error}`
        : `${r.ms.toFixed(0)} ms, ${r.records} records` + (r.problems.length ? `; ${r.problems.slice(0, 2).join("; ")}` : ", all valid");
    const ok = !r.timedOut && !r.error && r.problems.length === 0 && r.ms < STRESS_BOUND_MS;
    record({ case: `extractor: ${input.case}`, expected: `< ${STRESS_BOUND_MS / 1000} s, no throw, valid records`, observed, ok });
  }
}

async function events(): Promise<void> {
  await withLake(async ({ store }) => {
    const key = await upload(store, "a.txt", article(1));
    await syncArticle(store, key, { sequencer: "0A" });
    const first = await publishVersion(store);
    const spy = new FaultyStorage(store);
    const again = await syncArticle(spy, key, { sequencer: "0A" });
    const writes = spy.puts().filter((k) => k.startsWith(PREFIX.extractions)).length;
    const second = await publishVersion(store);
    record({
      case: "event: same event delivered twice",
      expected: "unchanged, 0 extraction writes, no new version",
      observed: `${again.status}, ${writes} extraction writes, ${second.status === "unchanged" && second.version === first.version ? "no new version" : "new version"}`,
      ok: again.status === "unchanged" && writes === 0 && second.status === "unchanged",
    });
    await upload(store, "copy.txt", article(1));
    await ingestAll(store);
    const third = await publishVersion(store);
    record({
      case: "event: same article under a second name",
      expected: "no new version",
      observed: third.status === "unchanged" ? "no new version" : `new version ${third.version}`,
      ok: third.status === "unchanged",
    });
  });

  await withLake(async ({ store }) => {
    const key = await upload(store, "a.txt", article(1));
    await syncArticle(store, key, { sequencer: "00B2" });
    await upload(store, "a.txt", article(2));
    const stale = await syncArticle(store, key, { sequencer: "00B1" });
    record({ case: "event: older sequencer than the stored one", expected: "stale", observed: stale.status, ok: stale.status === "stale" });
  });

  await withLake(async ({ store }) => {
    await upload(store, "a.txt", article(1));
    await upload(store, "b.txt", article(2));
    await ingestAll(store);
    const v1 = await publishVersion(store, { now: () => new Date("2024-06-21T10:00:00Z") });
    await store.delete("incoming/a.txt");
    await ingestAll(store);
    const v2 = await publishVersion(store, { now: () => new Date("2024-06-21T11:00:00Z") });
    const inNew = v2.manifest.articles.some((a) => a.source_key === "incoming/a.txt");
    const inOld = (await inspectVersion(store, v1.version)).manifest?.articles.some((a) => a.source_key === "incoming/a.txt");
    record({
      case: "event: article deleted",
      expected: "gone from next version, still in old",
      observed: `${inNew ? "still in" : "gone from"} next version, ${inOld ? "still in" : "gone from"} old`,
      ok: !inNew && !!inOld,
    });
    await upload(store, "b.txt", article(9));
    await ingestAll(store);
    const v3 = await publishVersion(store, { now: () => new Date("2024-06-21T12:00:00Z") });
    const oldId = v2.manifest.articles[0]!.article_id;
    const rows = Object.values((await inspectVersion(store, v3.version)).rows).flat();
    const stale = rows.filter((r) => r.article_id === oldId).length;
    record({
      case: "event: article updated in place",
      expected: "0 rows from the old text",
      observed: `${stale} rows from the old text, ${rows.length} rows in all`,
      ok: stale === 0 && v3.manifest.articles[0]!.article_id !== oldId,
    });
  });

  await withLake(async ({ store }) => {
    const keys = await Promise.all(Array.from({ length: 50 }, (_, i) => upload(store, `batch-${String(i).padStart(2, "0")}.txt`, article(i))));
    const seen: string[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const v = await latestVersionOf(store);
        if (v && v !== seen.at(-1)) seen.push(v);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const publishes: Promise<unknown>[] = [];
    await Promise.all(
      keys.map(async (key, i) => {
        await new Promise((r) => setTimeout(r, (i % 10) * 20));
        await syncArticle(store, key);
        if (i % 3 === 0) publishes.push(publishVersion(store));
      }),
    );
    while (publishes.length < 20) publishes.push(publishVersion(store));
    const failed = (await Promise.allSettled(publishes)).filter((s) => s.status === "rejected").length;
    const final = await publishVersion(store);
    polling = false;
    await poller;
    const versions = await listVersions(store);
    let incomplete = 0;
    for (const m of versions) if ((await inspectVersion(store, m.version)).problems.length) incomplete++;
    const backwards = seen.some((v, i) => i > 0 && v < seen[i - 1]!);
    record({
      case: "event: 50 concurrent ingests, 20 racing publishes",
      expected: "50 in last, 0 failed, 0 incomplete, never backwards",
      observed: `${final.manifest.articles.length} in last, ${failed} failed, ${incomplete} incomplete of ${versions.length}, ${backwards ? "moved backwards" : "never backwards"}`,
      ok: final.manifest.articles.length === 50 && failed === 0 && incomplete === 0 && !backwards,
    });
  });

  await withLake(async (lake) => {
    const store = new FaultyStorage(lake.store);
    let clock = Date.parse("2024-06-21T10:00:00Z");
    const now = () => new Date((clock += 60_000));
    await upload(store, "a.txt", article(1));
    await ingestAll(store);
    const previous = (await publishVersion(store, { now })).version;
    await upload(store, "b.txt", article(2));
    await ingestAll(store);
    const observations: string[] = [];
    let ok = true;
    for (let n = 1; n <= 9; n++) {
      store.arm({ failWriteAt: n });
      const died = await publishVersion(store, { now }).then(() => false, () => true);
      const pointer = await latestVersionOf(store);
      store.arm({});
      const retry = await publishVersion(store, { now });
      const complete = (await inspectVersion(store, retry.version)).problems.length === 0;
      const good = died && pointer === previous && complete && (await latestVersionOf(store)) === retry.version;
      if (!good) observations.push(`write ${n}: died=${died} pointer=${pointer} retry complete=${complete}`);
      ok &&= good;
      // Back to the state before the publish, for the next write to fail.
      await lake.store.put("datasets/latest.json", JSON.stringify({ version: previous }));
    }
    record({
      case: "fault: write N of a publish fails (N = 1..9)",
      expected: "latest stays previous; retry completes",
      observed: observations.length ? observations.join("; ") : "latest stayed previous 9/9; retry completed 9/9",
      ok,
    });
    store.arm({ failReadsOf: /extraction\.json$/ });
    const readDied = await publishVersion(store, { now }).then(() => false, () => true);
    const pointerAfterRead = await latestVersionOf(lake.store);
    store.arm({});
    record({
      case: "fault: reads of extractions fail",
      expected: "publish fails, latest unchanged",
      observed: `${readDied ? "publish failed" : "publish succeeded"}, latest ${pointerAfterRead === previous ? "unchanged" : "moved"}`,
      ok: readDied && pointerAfterRead === previous,
    });
  });
}

/** A Markdown table, padded so it also reads well in a terminal. */
function markdownTable(header: string[], body: string[][]): string {
  const cells = [header, ...body].map((row) => row.map((c) => c.replace(/\|/g, "\\|").replace(/\s+/g, " ")));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(cells[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.slice(1).map(line)].join("\n");
}

async function main(): Promise<void> {
  await badInputs();
  await stress();
  await events();
  console.log(markdownTable(["case", "expected", "observed", "ok"], rows.map((r) => [r.case, r.expected, r.observed, r.ok ? "yes" : "NO"])));
  const failed = rows.filter((r) => !r.ok);
  console.log(`\n${rows.length - failed.length}/${rows.length} cases as expected`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
