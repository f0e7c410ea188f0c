import { describe, expect, it } from "vitest";
import { findFigures } from "../../lambdas/extraction/trade/figureParser";

// The word gate before the figure patterns must pass whatever they match: under /iu, "ſ" is an s and the Kelvin sign a k.
describe("Function: findFigures() word gate", () => {
  it.each([
    ["Sales rose three timeſ over.", { kind: "multiple", value: 3 }],
    ["It was 5 la\u212Ah tonnes.", { kind: "tonnes", value: 500000 }],
    ["Imports were HALVED.", { kind: "percent", value: 50 }],
    ["Trade hit two BILLION dollars.", { kind: "money", value: 2e9 }],
  ])("%s", (text, figure) => {
    expect(findFigures(text)[0]).toMatchObject(figure);
  });
});

// The symbol and digit patterns are tried only where a run of digits begins, or where a symbol ends right before one
// (or one space before it): they must find what a scan of the sentence finds.
describe("Function: findFigures() at runs of digits", () => {
  it.each([
    ["Trade hit US$5.2 billion, then HK$ 3 billion.", [["money", 5.2e9, "USD", 10], ["money", 3e9, "HKD", 31]]],
    ["It sold € 3 million and Rs.5,000 crore.", [["money", 3e6, "EUR", 8], ["money", 5e10, "INR", 24]]],
    ["The code X$5 is not money; 12$3 neither.", []],
    ["Exports of 2,500 tonnes rose 7%.", [["tonnes", 2500, "tonnes", 11], ["percent", 7, "percent", 29]]],
  ])("%s", (text, figures) => {
    expect(findFigures(text).map((f) => [f.kind, f.value, f.unit, f.start])).toEqual(figures);
  });
});
