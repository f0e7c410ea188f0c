// Date shapes the visits and trade extractors meet in unseen news. Sentences
// are invented; the anchor (publication date) is Wednesday 19 June 2024.
import { describe, expect, it } from "vitest";
import { anchorDateOf, findDates, isDateline } from "../../lambdas/extraction/dates";

const ANCHOR = "2024-06-19";
/** The first date in `text` as "from..to". */
const first = (text: string, anchor: string | null = ANCHOR, future = false) => {
  const d = findDates(text, anchor, 0, { future })[0];
  return d ? `${d.from}..${d.to}` : null;
};

describe("date shapes: days and weeks", () => {
  it.each([
    ["The foreign minister arrived in Hanoi on Monday.", "2024-06-17..2024-06-17"],
    ["The talks ended on Wednesday.", "2024-06-19..2024-06-19"],
    ["Delegates met in Oslo last week.", "2024-06..2024-06"],
    ["The envoy flew to Riga earlier this month.", "2024-06..2024-06"],
    ["Officials travelled to Nairobi on 12 January 2024.", "2024-01-12..2024-01-12"],
    ["The visit began on Jan. 12.", "2024-01-12..2024-01-12"],
    // A bare day of the month is of the anchor's month.
    ["She flew to Beijing on the 3rd.", "2024-06-03..2024-06-03"],
    ["The minister signed the deal on the 3rd floor.", null],
    ["The premier landed in Lima on 2024-03-05.", "2024-03-05..2024-03-05"],
    ["The trip was cut short on May 30th.", "2024-05-30..2024-05-30"],
    ["The president visited Accra on Sept. 4, 2023.", "2023-09-04..2023-09-04"],
    ["The two leaders met on the 3rd of June.", "2024-06-03..2024-06-03"],
    // A weekday before the date it names is that date, not the anchor's week.
    ["The visit takes place on Monday, June 24.", "2024-06-24..2024-06-24"],
    ["The envoy arrived on Monday (June 17).", "2024-06-17..2024-06-17"],
    ["The envoy arrives on Monday 24 June.", "2024-06-24..2024-06-24"],
    ["The treaty was signed on 24th June 2023.", "2023-06-24..2023-06-24"],
    ["The treaty was signed on 2023/06/24.", "2023-06-24..2023-06-24"],
    // "for" cues a bare month as "in" does ("planned for November", "figures for May").
    ["Export figures for May came in above forecasts.", "2024-05..2024-05"],
  ])("%s", (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    ["The minister will visit Seoul next month.", "2024-07..2024-07"],
    ["She will travel to Tokyo on Monday.", "2024-06-24..2024-06-24"],
    ["He is due in Delhi next week.", "2024-06..2024-06"],
  ])("planned: %s", (text, expected) => {
    expect(first(text, ANCHOR, true)).toBe(expected);
  });
});

describe("date shapes: day ranges", () => {
  it.each([
    ["The king toured Portugal from March 3 to 5.", "2024-03-03..2024-03-05"],
    ["The summit ran March 3-5 in Vienna.", "2024-03-03..2024-03-05"],
    ["The delegation stayed in Baku 3-5 March.", "2024-03-03..2024-03-05"],
    ["The delegation stayed in Baku from 3 to 5 March 2023.", "2023-03-03..2023-03-05"],
    ["Talks were held on March 3-5, 2023 in Doha.", "2023-03-03..2023-03-05"],
    ["The forum runs from 28 May to 2 June.", "2024-05-28..2024-06-02"],
    ["He visited Paris on June 3 and 4.", "2024-06-03..2024-06-04"],
    ["He visited Paris on 3 and 4 June.", "2024-06-03..2024-06-04"],
    // Weekdays inside a range belong to its days, not to the anchor's week.
    ["The royal couple will visit Norway from Tuesday 10 to Thursday 12 June 2025.", "2025-06-10..2025-06-12"],
    ["Talks run from Monday, July 1 to Wednesday, July 3.", "2024-07-01..2024-07-03"],
    ["The fair ran Friday 7 to Sunday 9 March in Lyon.", "2024-03-07..2024-03-09"],
  ])("%s", (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});

describe("date shapes: parts of months and years", () => {
  it.each([
    ["The envoy is expected in mid-April.", "2024-04..2024-04"],
    // A stretch of months across a year end names both years.
    ["Sales rose from July 2022 to June 2023.", "2022-07..2023-06"],
    ["Imports doubled between October 2022 and March 2023.", "2022-10..2023-03"],
    ["The deal was signed at the end of June.", "2024-06..2024-06"],
    ["The prime minister visited Canberra in late 2023.", "2023-01..2023-12"],
    ["The trip took place in early March 2023.", "2023-03..2023-03"],
    ["Trade grew over the past decade.", "2014..2024"],
    ["Exports have doubled over the past five years.", "2019..2024"],
    ["Exports have risen since 2020.", "2020-01..2024-06-19"],
    ["Imports have fallen since March.", "2024-03..2024-06-19"],
    ["Sales have grown since last year.", "2023-01..2024-06-19"],
    ["From January to May, sales rose.", "2024-01..2024-05"],
    // Two months in a row told together are one stretch; two apart, or "respectively", are two dates.
    ["Border trade in January and February was $410 million.", "2024-01..2024-02"],
    ["Exports fell in October and November last year.", "2023-10..2023-11"],
    ["Exports fell in March and October.", "2024-03..2024-03"],
    ["Exports rose 3% and 5% in January and February, respectively.", "2024-01..2024-01"],
    ["Sales rose in the April-June quarter of 2023.", "2023-04..2023-06"],
    ["Sales rose so far this year.", "2024-01..2024-06"],
    ["Year-to-date sales rose.", "2024-01..2024-06"],
    ["Sales have risen since the start of the year.", "2024-01..2024-06"],
    ["Sales have risen since the beginning of 2023.", "2023-01..2024-06-19"],
    ["Sales rose in 2023's first quarter.", "2023-01..2023-03"],
    ["Sales rose in the final quarter of 2023.", "2023-10..2023-12"],
    ["Sales rose in the September quarter.", "2023-07..2023-09"],
    ["Sales rose in the June quarter of 2023.", "2023-04..2023-06"],
    ["Sales rose in the five months to May.", "2024-01..2024-05"],
    ["Sales rose in the quarter ending in March.", "2024-01..2024-03"],
    ["Sales rose in the first three quarters of 2023.", "2023-01..2023-09"],
    // Told in June, the first ten months or three quarters are last year's.
    ["Sales rose in the first ten months.", "2023-01..2023-10"],
    ["Sales rose between April and June last year.", "2023-04..2023-06"],
    ["Sales peaked in May last year.", "2023-05..2023-05"],
    ["Sales rose in January through May.", "2024-01..2024-05"],
    ["Sales fell the year before.", "2023-01..2023-12"],
    ["Sales have risen since March last year.", "2023-03..2024-06-19"],
  ])("%s", (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it("keeps a year after since as the year when nothing anchors it", () => {
    expect(first("Exports have risen since 2020.", null)).toBe("2020-01..2020-12");
  });

  it("starts a since-period at its date, not at the word since", () => {
    const text = "Exports have risen since 2020.";
    expect(findDates(text, ANCHOR)[0]!.start).toBe(text.indexOf("2020"));
  });
});

describe("date shapes: datelines and anchors", () => {
  it.each([
    ["HANOI, June 18 (Reuters) - Trade with Laos rose 4 percent in 2023.", "2024-06-18"],
    ["NAIROBI, March 2, 2024 - Kenya's tea exports rose.", "2024-03-02"],
    ["The minister arrived on 12 January 2024. Talks ended two days later.", "2024-01-12"],
    // A press release opens with the day it was issued, even when the text looks ahead to later dates.
    ["Nairobi, Tuesday, 4 March 2025 - The Ministry of Trade on Monday received a delegation. The next round is due by June 2026.", "2025-03-04"],
    ["Port Moresby, 9 May 2024 – The Minister will travel to Tokyo. A review follows in March 2025.", "2024-05-09"],
    // Datelines in mixed case, with the agency after the date in the forms agencies use.
    ["Accra, Sept. 18, GNA – Exports rose in 2024.", "2025-09-18"],
    ["BELGRADE, October 8. /TASS/. Trade grew in January-August 2026.", "2026-10-08"],
    ["Ulaanbaatar, September 16 /MONTSAME/. Exports rose in 2024.", "2025-09-16"],
    // A year naming an event ("the 2026 … Dialogue") is no past year the text looks back on.
    ["TOKYO, Feb. 3 (Kyodo) -- The minister came for the 2026 Tokyo Energy Dialogue. Imports fell in 2025.", "2026-02-03"],
    // Header lines: capitals, numeric days, blank lines between the lines of a release.
    ["Ports deal signed\n\nISTANBUL\nNOV 18, 2026 - 11:42 AM GMT+3\n\nExports rose in 2025.", "2026-11-18"],
    ["Ports deal signed\n\nMADRID / LIMA - 20 NOV 2025\n\nExports rose in 2024.", "2025-11-20"],
    ["Ports deal signed\n\n18/02/2025 15:42 GMT\n\nExports rose in 2024.", "2025-02-18"],
    ["Ports deal signed\n\nAna Ruiz | 14.05.2025 - Update : 14.05.2025\n\nExports rose in 2024.", "2025-05-14"],
    ["REPUBLIC OF X\nMINISTRY OF TRADE\n\nPRESS RELEASE\n\nTWO STATES AGREE\n\nCAPITAL NEWS\n\nNairobi, 19th August 2026\n\nThe Secretary today hosted a minister.", "2026-08-19"],
  ])("%s", (text, expected) => {
    expect(anchorDateOf(text, null)).toBe(expected);
  });

  it("reads no day from a numeric header whose order is ambiguous (03/04: March 4 or 3 April)", () => {
    expect(anchorDateOf("Ports deal signed\n\n03/04/2025 15:42 GMT\n\nExports rose in 2024.", null)).toMatch(/^\d{4}$/);
  });

  // A dated header line dates the article, even when the story looks ahead to later years.
  it.each([
    ["Ports brace for a busy 2026\n\nBy A Reporter\nPublished March 4, 2024\n\nShippers expect volumes to rise by 2027 and again in 2028.", "2024-03-04"],
    ["TRADE DESK\n\nMarch 4, 2024 | By A Reporter\n\nThe quota for 2026 will be agreed next year.", "2024-03-04"],
    ["Posted Mon 4 Mar 2024 at 9:10am\n\nThe 2027 harvest is expected to be large.", "2024-03-04"],
    ["Lisbon, 4 March 2024\n\nPress release\n\nThe ministry plans a fair in 2026.", "2024-03-04"],
  ])("header: %s", (text, expected) => {
    expect(anchorDateOf(text, null)).toBe(expected);
  });

  it("ignores a full date in a body sentence of the header lines", () => {
    expect(anchorDateOf("Talks began on 12 January 2024.\nThey ended on 20 March 2024.", null)).toBe("2024-03-20");
  });

  it("prefers the publication date", () => {
    expect(anchorDateOf("HANOI, June 18 (Reuters) - Talks began.", "2024-06-19")).toBe("2024-06-19");
  });

  it("tells a dateline's date from a date in the story", () => {
    const text = "BOGOTA, May 4 - The minister visited Quito on May 2.";
    const [dateline, story] = findDates(text, ANCHOR);
    expect(isDateline(text, dateline!)).toBe(true);
    expect(isDateline(text, story!)).toBe(false);
  });
});
