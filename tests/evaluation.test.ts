import { describe, expect, it } from "vitest";
import type { QuoteRecord } from "../lambdas/core/schemas";
import { sameDate, sameName, sameText } from "../lambdas/evaluation/match";
import { scoreKind, summarise } from "../lambdas/evaluation/score";
import { quoteMatcher } from "../lambdas/evaluation/match";
import { GoldFile } from "../lambdas/evaluation/gold";

const quote = (text: string, speaker: string | null): QuoteRecord => ({
  id: "q",
  article_id: "0123456789abcdef",
  text,
  speaker,
  speaker_type: "person",
  speaker_role: null,
  speaker_country: null,
  via: null,
  sentence: text,
  char_start: 0,
  char_end: text.length,
  confidence: 1,
});

describe("Function: sameText()", () => {
  it.each([
    ["We will win.", "we will win", true],
    ["“We will win,”", "We will win.", true],
    ["We will win the war this year", "We will win", false],
    ["entirely different words", "We will win", false],
  ])("%j vs %j → %s", (a, b, expected) => expect(sameText(a, b)).toBe(expected));
});

describe("Function: sameName()", () => {
  it.each([
    ["Angela Merkel", ["Angela Merkel"], true],
    ["Merkel", ["Angela Merkel"], true],
    ["the Foreign Ministry", ["Foreign Ministry"], true],
    ["Emmanuel Macron", ["Angela Merkel"], false],
    [null, ["Angela Merkel"], false],
    [null, [], true],
  ])("%j vs %j → %s", (name, aliases, expected) => expect(sameName(name, aliases)).toBe(expected));
});

describe("Function: sameDate()", () => {
  it.each([
    ["2024-06-19", "2024-06", true],
    ["2024-05", "2024-06", false],
    [null, "2024", false],
    [null, null, true],
  ])("%j vs %j → %s", (p, g, expected) => expect(sameDate(p, g)).toBe(expected));
});

describe("Function: scoreKind()", () => {
  it("counts a match with the wrong speaker as loose but not strict", () => {
    const score = scoreKind(quoteMatcher, [quote("We will win.", "Someone Else"), quote("Spurious words here", null)], [
      { text: "We will win.", speaker: ["Angela Merkel"] },
      { text: "Never said by anyone in the text", speaker: ["Angela Merkel"] },
    ]);
    expect([score.tp, score.fp, score.fn, score.strictTp]).toEqual([1, 1, 1, 0]);
    expect(summarise(score).f1).toBeCloseTo(0.5);
    expect(summarise(score).strictF1).toBe(0);
  });

  it("lets optional gold records absorb a prediction without counting", () => {
    const score = scoreKind(quoteMatcher, [quote("axis", null)], [{ text: "axis", speaker: [], optional: true }]);
    expect([score.tp, score.fp, score.fn]).toEqual([0, 0, 0]);
  });
});

describe("Schema: GoldFile", () => {
  it("reads a null speaker as not judged: any speaker counts as strict", () => {
    const gold = GoldFile.parse({ article: "a.txt", quotes: [{ text: "We will see.", speaker: null }] });
    const score = scoreKind(quoteMatcher, [quote("We will see.", "Anyone")], gold.quotes);
    expect([score.tp, score.strictTp]).toEqual([1, 1]);
  });
});
