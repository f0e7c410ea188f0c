import { describe, expect, it } from "vitest";
import { CUE_WORDS, cuesIn } from "../../lambdas/extraction/trade/frameParser";

describe("word cues", () => {
  it("are ASCII letters without a k, which a case-insensitive scan finds whatever the case", () => {
    for (const w of CUE_WORDS) expect(w).toMatch(/^[a-jl-z]+$/);
  });

  it("are found in any case, and a sentence without one keeps only its metrics", () => {
    const text = "Chile SHIPPED copper. The trade deficit widened.";
    expect(cuesIn(text, { start: 0, end: 21 }).map((c) => [c.text, c.kind])).toEqual([["SHIPPED", "sell"]]);
    expect(cuesIn(text, { start: 22, end: text.length }).map((c) => [c.text, c.kind])).toEqual([["trade deficit", "bilateral"]]);
  });
});
