import { describe, expect, it } from "vitest";
import { oneLine } from "../../lambdas/extraction/tokens";

// oneLine skips its regex when a scan finds the text already on one line: the result must be the regex's either way.
const byRegex = (s: string) => s.replace(/\s+/g, " ").trim();

describe("oneLine", () => {
  it.each([
    ["Foreign Minister Ana Ruiz", "Foreign Minister Ana Ruiz"],
    ["Foreign\nMinister  Ana\tRuiz", "Foreign Minister Ana Ruiz"],
    [" leading space", "leading space"],
    ["trailing space ", "trailing space"],
    ["no\u00a0break space", "no break space"],
    ["line\u2028separator", "line separator"],
    ["", ""],
    ["single", "single"],
  ])("%j → %j, as the regex gives", (input, expected) => {
    expect(oneLine(input)).toBe(expected);
    expect(oneLine(input)).toBe(byRegex(input));
  });
});
