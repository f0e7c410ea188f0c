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
    ["Ms Tanaka visited Russia in September 2023.", "2023-09..2023-09"],
    ["He went to Beijing in May.", "2024-05..2024-05"],
    ["The minister travelled there in August.", "2023-08..2023-08"],
    ["Trade rose sharply last year.", "2023-01..2023-12"],
    ["Exports should recover this year.", "2024-01..2024-12"],
    ["Shipments doubled in 2023.", "2023-01..2023-12"],
    ["Trade fell in the first five months of 2024.", "2024-01..2024-05"],
    ["Figures declined each month from January to May 2024.", "2024-01..2024-05"],
    ["Sales slowed in H1 2024.", "2024-01..2024-06"],
    // A quarter that has not begun by the anchor (June) is last year's.
    ["Imports recovered in Q3.", "2023-07..2023-09"],
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
    // Quarters, halves and months of a year
    ["Exports fell in the first quarter of 2025.", "2025-01..2025-03"],
    ["First-quarter exports were weak.", "2024-01..2024-03"],
    ["Trade grew in 1H 2024.", "2024-01..2024-06"],
    ["Sales fell in 3Q 2023.", "2023-07..2023-09"],
    ["The fourth quarter was weak.", "2023-10..2023-12"],
    ["Trade rose in the first two months of the year.", "2024-01..2024-02"],
    ["Trade fell in January-March.", "2024-01..2024-03"],
    ["Output rose in January and February 2024.", "2024-01..2024-02"],
    ["Exports rose in the January–June period.", "2024-01..2024-06"],
    // Rolling and fiscal periods
    ["Imports rose in the 12 months to June.", "2023-07..2024-06"],
    ["Imports rose in the 12 months to June 2023.", "2022-07..2023-06"],
    ["Trade rose in the year to March.", "2023-04..2024-03"],
    ["Profits fell in the six months ended September 30.", "2023-04..2023-09"],
    ["Trade was £17bn in the four quarters to the end of Q2 2024.", "2023-07..2024-06"],
    ["Exports rose in fiscal 2023-24.", "2023..2024"],
    ["Exports rose in FY2024.", "2024..2024"],
    ["Exports rose in FY24.", "2024..2024"],
    ["Exports rose in fiscal year 2022.", "2022..2022"],
    ["Exports fell during April-February 2023-24.", "2023-04..2024-02"],
    ["Exports fell in April-February of 2025-26.", "2025-04..2026-02"],
    ["Trade reached a record in 2025-26 (April-March).", "2025-04..2026-03"],
    ["Exports fell in April-June FY2024-25.", "2024-04..2024-06"],
    ["Trade fell in the previous fiscal year.", "2023-01..2023-12"],
    ["Exports rose 5 percent last quarter.", "2024-01..2024-03"],
    ["Exports rose 5 percent this quarter.", "2024-04..2024-06"],
    ["Imports doubled over the past 12 months.", "2023-07..2024-06"],
  ])("%s", (text, expected) => {
    expect(period(text)).toBe(expected);
  });

  it.each([
    ["Theresa May said she agreed.", null],
    ["The firm paid $2023 in fees.", null],
    ["It dates to the 1950's and the 1960s.", null],
    ["May I ask a question?", null],
    ["The FY team met Q5 analysts.", null],
    ["He has 12 months to prove himself.", null],
    ["The H-1B visa holders and the Q-ship crew.", null],
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

  it("reads a month-day of something that has happened as past, however near it is ahead", () => {
    const at = (text: string, past: boolean) => findDates(text, "2024-12-30", 0, { past })[0]?.from;
    expect(at("She spent two days in Doha from January 22.", true)).toBe("2024-01-22");
    expect(at("Trade fairs open on January 22.", false)).toBe("2025-01-22");
  });

  it("reads part of a named month as the month, not the year's half", () => {
    expect(period("The visit is set for the second half of April.", ANCHOR, true)).toBe("2025-04..2025-04");
    expect(period("Exports rose in the second half of 2023.")).toBe("2023-07..2023-12");
  });

  it("reads a bare ordinal day in the anchor's month, and the weekend as its month", () => {
    const at = (text: string, o: { future?: boolean; past?: boolean }) => findDates(text, "2026-07-16", 0, o).map((d) => d.from);
    expect(at("He flies to Davao on the 21st.", { future: true })).toEqual(["2026-07-21"]);
    expect(at("She arrived on the 28th.", { past: true })).toEqual(["2026-06-28"]);
    expect(at("He flies to Davao on the 21st.", { past: true })).toEqual(["2026-07-21"]);
    expect(at("Talks resume on the 2nd floor of the ministry.", {})).toEqual([]);
    expect(at("The minister toured the base over the weekend.", { past: true })).toEqual(["2026-07"]);
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
    ["an agency credit in the dateline", "LIMA, May 4 (Andean Wire) - Exports rose in the first four months of 2023.", null, "2023-05-04"],
    ["an agency dateline after a past year", "HANOI, Oct 2 (AP) - Exports grew 4 percent in 2022.", null, "2023-10-02"],
    ["the last month of an explicit period", "Exports rose 5% in the first half of 2023. Last year they fell 2% from 2021.", null, "2023-06"],
    ["a rolling period's end", "Trade reached a record in the 12 months to June 2024, up from 2022.", null, "2024-06"],
    ["a target month does not count", "Trade was $5bn in 2019 and should double by June 2030.", null, "2020"],
  ])("%s", (_why, text, published, expected) => {
    expect(anchorDateOf(text, published)).toBe(expected);
  });

  it("recognises a dateline date with an agency credit", () => {
    const text = "LIMA, May 4 (Andean Wire) - Trade grew.";
    const d = findDates(text, "2023-05-04")[0]!;
    expect(isDateline(text, d)).toBe(true);
  });

  it("stays fast looking for datelines in a megabyte without newlines", () => {
    const text = "Trade rose in May 2023 and ".repeat(40_000);
    const t0 = Date.now();
    for (const d of findDates(text, "2024-01-01")) isDateline(text, d);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it("recognises a dateline date", () => {
    const text = "MOSCOW, May 4 - Trade grew.";
    const d = findDates(text, "2020-05-04")[0]!;
    expect(isDateline(text, d)).toBe(true);
  });
});
