import { describe, expect, it } from "vitest";
import { allMatches, digitRuns, matchesAt } from "../../lambdas/extraction/allMatches";
import { findDates } from "../../lambdas/extraction/dates";

const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);

describe("Function: matchesAt()", () => {
  const text = "from May to June, from\n  July to August; between May and June";
  const scan = /\b(?:from|between)\s+\w+\s+(?:to|and)\s+\w+/g;
  const sticky = new RegExp(scan.source, "gy");

  it("finds what a scan finds when every match start is offered", () => {
    const starts = [...text.matchAll(/\b\w/g)].map((m) => m.index);
    expect(spans(matchesAt(sticky, text, starts))).toEqual(spans(allMatches(scan, text)));
  });

  it("skips places inside a match already taken, and repeats", () => {
    expect(spans(matchesAt(sticky, text, [0, 0, 5, 18, 18, 60]))).toEqual([[0, "from May to June"], [18, "from\n  July to August"]]);
  });
});

describe("Function: digitRuns()", () => {
  it("gives where each run of digits begins", () => {
    expect(digitRuns("7 of 2,500 in 2024-06")).toEqual([0, 5, 7, 14, 19]);
    expect(digitRuns("no digits")).toEqual([]);
  });
});

describe("Function: findDates() month-led patterns", () => {
  it.each([
    ["Trade grew from\n   March 2023 to May 2024.", "from\n   March 2023 to May 2024"],
    ["The firm MarketJan\tFebruary 2024 report.", "February 2024"],
    ["Exports, between April and June 2023, fell.", "between April and June 2023"],
    ["It fell in the March quarter of 2024.", "the March quarter of 2024"],
  ])("%s", (text, surface) => {
    expect(findDates(text, "2024-06-19").map((d) => d.surface)).toContain(surface);
  });
});

describe("Function: findDates() month-range cue", () => {
  it.each([
    ["Output rose in January\n  to\tMarch 2024.", "January\n  to\tMarch 2024"],
    ["Exports fell in April–June 2023.", "April–June 2023"],
  ])("%s", (text, surface) => {
    expect(findDates(text, "2024-06-19").map((d) => d.surface)).toContain(surface);
  });
});
