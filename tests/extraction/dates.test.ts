import { describe, expect, it } from "vitest";
import { anchorDateOf, findDates, isDateline } from "../../lambdas/extraction/dates";

const ANCHOR = "2024-06-19";
/** The first date in `text` as "from..to". */
const period = (text: string, anchor: string | null = ANCHOR, future = false) => {
  const d = findDates(text, anchor, 0, { future })[0];
  return d ? `${d.from}..${d.to}` : null;
};

describe("Function: findDates()", () => {
  it.each([
    ["The summit took place on June 19, 2024.", "2024-06-19..2024-06-19"],
    ["Leaders met on 3 March 2023 in Geneva.", "2023-03-03..2023-03-03"],
    ["The treaty was signed on June 19.", "2024-06-19..2024-06-19"],
    ["Kim visited Russia in September 2023.", "2023-09..2023-09"],
    ["He went to Beijing in May.", "2024-05..2024-05"],
    ["The minister travelled there in August.", "2023-08..2023-08"],
    ["Trade rose sharply last year.", "2023-01..2023-12"],
    ["Exports should recover this year.", "2024-01..2024-12"],
    ["Shipments doubled in 2023.", "2023-01..2023-12"],
    ["Trade fell in the first five months of 2024.", "2024-01..2024-05"],
    ["Figures declined each month from January to May 2024.", "2024-01..2024-05"],
    ["Sales slowed in H1 2024.", "2024-01..2024-06"],
    ["Imports recovered in Q3.", "2024-07..2024-09"],
    ["Growth was strong in the first half of 2022.", "2022-01..2022-06"],
    ["The deficit was $1bn in 2001-02.", "2001..2002"],
    ["Purchases were made last month.", "2024-05..2024-05"],
    ["The envoy arrived this week.", "2024-06..2024-06"],
    ["He arrived on Thursday.", "2024-06-13..2024-06-13"],
    ["Talks open today in Seoul.", "2024-06-19..2024-06-19"],
    ["The deal was announced Oct. 21 in the capital.", "2023-10-21..2023-10-21"],
    ["The tariff takes effect July 15.", "2024-07-15..2024-07-15"],
    ["Output grew between 2010 and 2015.", "2010..2015"],
    ["Exports grew from mid-2023 onwards.", "2023-01..2023-12"],
    ["The meeting was held last February.", "2024-02..2024-02"],
  ])("%s", (text, expected) => {
    expect(period(text)).toBe(expected);
  });

  it.each([
    ["Theresa May said she agreed.", null],
    ["The firm paid $2023 in fees.", null],
    ["It dates to the 1950's and the 1960s.", null],
    ["May I ask a question?", null],
  ])("finds no date in %s", (text, expected) => {
    expect(period(text)).toBe(expected);
  });

  it("pairs two named years instead of reading a range", () => {
    expect(findDates("a deficit every year except 1972 and 1977", ANCHOR).map((d) => d.from)).toEqual(["1972-01", "1977-01"]);
  });

  it("reads a planned month and weekday as coming", () => {
    expect(period("She will visit in March.", ANCHOR, true)).toBe("2025-03..2025-03");
    expect(period("He will arrive on Friday.", ANCHOR, true)).toBe("2024-06-21..2024-06-21");
  });

  it("needs an anchor for relative dates", () => {
    expect(period("Trade rose last year.", null)).toBeNull();
    expect(period("Trade rose in 2019.", null)).toBe("2019-01..2019-12");
  });

  it("matches across wire-copy line breaks", () => {
    expect(period("projected to top 10 billion this\nyear", "1987-04-27")).toBe("1987-01..1987-12");
  });

  it("stays fast on a megabyte without structure", () => {
    const text = "May ".repeat(250_000) + "9".repeat(500);
    const t0 = Date.now();
    findDates(text, ANCHOR);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe("Function: anchorDateOf()", () => {
  it.each([
    ["metadata wins", "Talks on June 19, 2024.", "2023-01-02", "2023-01-02"],
    ["the latest explicit date", "Signed on March 1, 2022. Ratified on June 5, 2022.", null, "2022-06-05"],
    ["a dateline takes the year after the text's past dates", "SEOUL, April 27 - Exports rose 5 pct in 1986 from 1985.", null, "1987-04-27"],
    ["a dateline year is never before an explicit month", "PARIS, March 3 - It applied in July 1986 for membership.", null, "1987-03-03"],
    ["bare past years point to the following year", "Trade reached $71bn in 2014, up from 2013. This year it may grow.", null, "2015"],
    ["target years do not count", "Trade was $5bn in 2019 and should double by 2030.", null, "2020"],
    ["no dates at all", "Officials met on Thursday.", null, null],
  ])("%s", (_why, text, published, expected) => {
    expect(anchorDateOf(text, published)).toBe(expected);
  });

  it("recognises a dateline date", () => {
    const text = "MOSCOW, May 4 - Trade grew.";
    const d = findDates(text, "2020-05-04")[0]!;
    expect(isDateline(text, d)).toBe(true);
  });
});
