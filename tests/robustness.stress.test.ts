// Issue 5, text built to break the extractor: it must finish quickly, never
// throw, and return only schema-valid records with offsets inside the text.
// Cases run in a child process that is stopped at the bound, so a hang fails
// its case instead of the whole run.
import { beforeAll, describe, expect, it } from "vitest";
import { runStressIsolated, type IsolatedStressResult } from "./helpers/stressRunner";
import { STRESS_INPUTS } from "./helpers/stressInputs";

/** Generous: linear work on a megabyte takes well under a second; quadratic work takes minutes. */
const BOUND_MS = 10_000;

describe("Function: extractDocument() under stress", () => {
  let results: Map<string, IsolatedStressResult>;
  beforeAll(async () => {
    results = await runStressIsolated(STRESS_INPUTS.map((i) => i.case), BOUND_MS);
  }, 120_000);

  it.each(STRESS_INPUTS.map((input) => input.case))("%s", (name) => {
    const result = results.get(name)!;
    console.info(`stress: ${name}: ${result.timedOut ? "stopped after" : ""} ${result.ms.toFixed(0)} ms, ${result.chars} chars, ${result.records} records`);
    expect(result.timedOut, `still running after ${BOUND_MS} ms`).toBe(false);
    expect(result.error).toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.ms).toBeLessThan(BOUND_MS);
  });
});
