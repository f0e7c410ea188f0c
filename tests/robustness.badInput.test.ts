// Issue 5, bad input: each rejected with a one-line stored reason, alone and
// mixed into a batch of good articles that still get published.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncArticle } from "../lambdas/pipeline/ingest";
import { errorKey, PREFIX } from "../lambdas/pipeline/keys";
import { publishVersion } from "../lambdas/pipeline/publish";
import { BAD_INPUTS, GOOD_ARTICLES } from "./helpers/badInputs";
import { ingestAll, tempLake, upload, type TempLake } from "./helpers/lake";
import { checkBadInput, ingestBadInput, keyOf, uploadBadInput } from "./helpers/scenarios";
import { inspectVersion } from "./helpers/versionCheck";
import { listAll } from "../lambdas/storage/storage";

describe("Robustness: one bad input alone", () => {
  let lake: TempLake;
  beforeAll(async () => {
    lake = await tempLake();
  });
  afterAll(() => lake.cleanup());

  it.each(BAD_INPUTS.map((input) => [input.case, input] as const))("%s", async (_, input) => {
    const result = await ingestBadInput(lake.store, input);
    expect(result.outcome.status).toBe(input.expect.status);
    if (input.expect.status === "rejected") expect(result.rejection).toMatchObject({ reason: input.expect.reason, source_key: keyOf(input) });
    expect(result.problems).toEqual([]);
  });

  it("stores every rejection under errors/ with a name that stays inside the folder", async () => {
    const keys = await listAll(lake.store, PREFIX.errors);
    const rejected = BAD_INPUTS.filter((i) => i.expect.status === "rejected");
    expect(keys.sort()).toEqual(rejected.map((i) => errorKey(keyOf(i))).sort());
    for (const key of keys) expect(key.split("/").every((part) => part !== ".." && part.length <= 255)).toBe(true);
  });

  it("clears the stored reason once the input is fixed", async () => {
    const key = await upload(lake.store, "fixed-later.txt", "");
    expect((await syncArticle(lake.store, key)).status).toBe("rejected");
    await upload(lake.store, "fixed-later.txt", "Now there is text about Chile.");
    expect((await syncArticle(lake.store, key)).status).toBe("extracted");
    expect(await lake.store.get(errorKey(key))).toBeNull();
  });
});

describe("Robustness: bad inputs mixed into a batch of good articles", () => {
  let lake: TempLake;
  beforeAll(async () => {
    lake = await tempLake();
    for (const article of GOOD_ARTICLES) await upload(lake.store, article.name, article.body);
    for (const input of BAD_INPUTS) await uploadBadInput(lake.store, input);
  });
  afterAll(() => lake.cleanup());

  it("handles each input as it would alone, and publishes a complete version of the good ones", async () => {
    const outcomes = await ingestAll(lake.store);
    // Keys a folder cannot hold only ever arrive as S3 events: deliver those directly.
    for (const input of BAD_INPUTS.filter((i) => i.body === null)) outcomes.push(await syncArticle(lake.store, keyOf(input)));
    for (const input of BAD_INPUTS) {
      const outcome = outcomes.find((o) => o.sourceKey === keyOf(input))!;
      expect((await checkBadInput(lake.store, input, outcome)).problems, input.case).toEqual([]);
    }

    const published = await publishVersion(lake.store);
    expect(published.status).toBe("published");
    const report = await inspectVersion(lake.store, published.version);
    expect(report.problems).toEqual([]);
    const inManifest = report.manifest!.articles.map((a) => a.source_key).sort();
    const accepted = [
      ...GOOD_ARTICLES.map((a) => PREFIX.incoming + a.name),
      ...BAD_INPUTS.filter((i) => i.expect.status === "extracted").map(keyOf),
    ];
    // Two inputs with the same text are one article: compare as sets of distinct texts.
    expect(new Set(inManifest).size).toBe(inManifest.length);
    for (const key of inManifest) expect(accepted).toContain(key);
    for (const article of GOOD_ARTICLES) expect(inManifest).toContain(PREFIX.incoming + article.name);
  });
});
