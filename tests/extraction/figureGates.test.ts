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
