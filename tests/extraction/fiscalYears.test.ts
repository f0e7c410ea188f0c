// Fiscal years named without their months ("2024-25", "FY25", "fiscal 2025", "the first half of 2025-26"): the
// date finder marks them, and a trade record takes the months of one country's fiscal year (the reporter's, else
// the one party with a non-calendar fiscal year, else the dateline's or the most named party's). Every sentence is
// invented; the anchor is Wednesday 19 June 2024 unless a test says otherwise.
import { describe, expect, it } from "vitest";
import { findDates, fiscalMonths, type FiscalCalendar, type FiscalName } from "../../lambdas/extraction/dates";
import { datelineCountry, fiscalCountry } from "../../lambdas/extraction/trade/fiscalCalendar";
import { expectTrade, type ExpectedTrade } from "../helpers/extractionExpect";

const ANCHOR = "2024-06-19";
const months = (start: string, end: string) => ({ period_start: start, period_end: end });

describe("fiscalMonths(): a named fiscal year under a country's calendar", () => {
  const india: FiscalCalendar = { firstMonth: 4, singleYear: "end" };
  const japan: FiscalCalendar = { firstMonth: 4, singleYear: "start" };
  const us: FiscalCalendar = { firstMonth: 10, singleYear: "end" };
  const australia: FiscalCalendar = { firstMonth: 7, singleYear: "end" };
  it.each<[string, FiscalCalendar, FiscalName, string]>([
    ["India's FY25", india, { year: 2025, twoYear: false, part: [1, 12] }, "2024-04..2025-03"],
    ["India's 2024-25", india, { year: 2024, twoYear: true, part: [1, 12] }, "2024-04..2025-03"],
    ["Japan's fiscal 2025", japan, { year: 2025, twoYear: false, part: [1, 12] }, "2025-04..2026-03"],
    ["Japan's 2025-26", japan, { year: 2025, twoYear: true, part: [1, 12] }, "2025-04..2026-03"],
    ["the US fiscal 2025", us, { year: 2025, twoYear: false, part: [1, 12] }, "2024-10..2025-09"],
    ["Australia's FY25", australia, { year: 2025, twoYear: false, part: [1, 12] }, "2024-07..2025-06"],
    ["the second half of India's 2025-26", india, { year: 2025, twoYear: true, part: [7, 12] }, "2025-10..2026-03"],
    ["the first quarter of the US fiscal 2025", us, { year: 2025, twoYear: false, part: [1, 3] }, "2024-10..2024-12"],
    // "last fiscal year" told in June 2025: the fiscal year holding June 2024.
    ["India's last fiscal year, told in June 2025", india, { year: 2024, twoYear: false, part: [1, 12], holds: 6 }, "2024-04..2025-03"],
    ["the current US fiscal year, told in June 2025", us, { year: 2025, twoYear: false, part: [1, 12], holds: 6 }, "2024-10..2025-09"],
    ["the current US fiscal year, told in November 2025", us, { year: 2025, twoYear: false, part: [1, 12], holds: 11 }, "2025-10..2026-09"],
  ])("%s", (_label, calendar, name, want) => {
    expect(fiscalMonths(name, calendar).join("..")).toBe(want);
  });
});

/** The first date of `text`: its years and, for a fiscal name, the name as "year/twoYear/part". */
const first = (text: string) => {
  const d = findDates(text, ANCHOR)[0];
  if (!d) return null;
  const f = d.fiscal;
  return `${d.from}..${d.to}${f ? ` fiscal ${f.year}${f.twoYear ? "+" : ""} ${f.part.join("-")}` : ""}`;
};

describe("findDates(): fiscal-year names", () => {
  it.each([
    ["Exports rose 4 percent in 2022-23.", "2022..2023 fiscal 2022+ 1-12"],
    ["Exports rose 4 percent in 2022/23.", "2022..2023 fiscal 2022+ 1-12"],
    ["Exports reached a record in FY2023-24.", "2023..2024 fiscal 2023+ 1-12"],
    ["Imports fell in fiscal 2021-22, officials said.", "2021..2022 fiscal 2021+ 1-12"],
    ["Trade grew in the 2022/23 financial year.", "2022..2023 fiscal 2022+ 1-12"],
    ["Trade grew in financial year 2022-2023.", "2022..2023 fiscal 2022+ 1-12"],
    ["Shipments fell in FY24.", "2024..2024 fiscal 2024 1-12"],
    ["Shipments fell in fiscal 2023.", "2023..2023 fiscal 2023 1-12"],
    ["Shipments fell in financial year 2022.", "2022..2022 fiscal 2022 1-12"],
    ["The 2022 fiscal year saw record sales.", "2022..2022 fiscal 2022 1-12"],
    // A part of a fiscal year keeps the years until a calendar gives the months (it is not January-June).
    ["Exports dipped in the first half of 2023-24.", "2023..2024 fiscal 2023+ 1-6"],
    ["Exports dipped in H2 FY24.", "2024..2024 fiscal 2024 7-12"],
    ["Sales rose in the third quarter of fiscal 2023.", "2023..2023 fiscal 2023 7-9"],
    ["Sales rose in Q1 of the 2023-24 fiscal year.", "2023..2024 fiscal 2023+ 1-3"],
    ["Imports totalled 5 million tonnes in the first nine months of fiscal 2023.", "2023..2023 fiscal 2023 1-9"],
    // Months the text writes win.
    ["In the April-September period of FY2023-24, exports fell.", "2023-04..2023-09"],
    ["Exports were flat in the July-December quarter of 2023/24.", "2023-07..2023-12"],
    ["Exports reached $4bn in fiscal year 2022/23, which ended in June.", "2022-07..2023-06"],
    ["Revenue rose in the 2022-23 financial year that ended in March.", "2022-04..2023-03"],
    ["Gold imports doubled in the fiscal year that ended on March 31.", "2023-04..2024-03"],
    // A month range without a year across a year end: the first month is the year before the last one's.
    ["Exports fell from October to March.", "2023-10..2024-03"],
    // A relative fiscal year keeps the calendar year until a calendar applies; it holds the anchor's month.
    ["Exports rose in the last fiscal year.", "2023-01..2023-12 fiscal 2023 1-12"],
    ["Exports rose in the current financial year.", "2024-01..2024-12 fiscal 2024 1-12"],
    ["Exports rose in the first quarter of the current fiscal year.", "2024..2024 fiscal 2024 1-3"],
    ["Exports rose in the second half of last fiscal year.", "2023..2023 fiscal 2023 7-12"],
    ["Wheat sales reached a record in the 2022/23 marketing year (July to June).", "2022-07..2023-06"],
    ["Cocoa exports fell in the 2022/23 season, which runs from October to September.", "2022-10..2023-09"],
    // Calendar years, crop years and seasons are no fiscal years.
    ["Trade doubled between 2015 and 2020.", "2015..2020"],
    ["Trade doubled in 2015-2020.", "2015..2020"],
    ["Trade doubled in 2022-2023.", "2022..2023"],
    ["Wheat sales reached a record in the 2022/23 marketing year.", "2022..2023"],
    ["Sugar output fell in crop year 2022/23.", "2022..2023"],
    ["Growth was strong in the first half of 2022.", "2022-01..2022-06"],
  ])("%s", (text, want) => {
    expect(first(text)).toBe(want);
  });
});

describe("which country's fiscal calendar applies", () => {
  const none = () => 0;
  it("the reporter's country first, even one whose fiscal year is the calendar year", () => {
    expect(fiscalCountry("Australia's foreign affairs department", ["IND", "AUS"], null, none)).toBe("AUS");
    expect(fiscalCountry("Chilean customs data", ["USA", "CHL"], null, none)).toBe("CHL");
  });
  it("else the one party with a non-calendar fiscal year", () => {
    expect(fiscalCountry("the central bank", ["DEU", "PAK"], null, none)).toBe("PAK");
    expect(fiscalCountry(null, ["PER", "CHL"], null, none)).toBeNull();
  });
  it("when both have one: the dateline's country, else the one named most, else the first", () => {
    expect(fiscalCountry(null, ["IND", "KEN"], "KEN", none)).toBe("KEN");
    expect(fiscalCountry(null, ["IND", "KEN"], "FRA", (c) => (c === "KEN" ? 5 : 2))).toBe("KEN");
    expect(fiscalCountry(null, ["KEN", "IND"], null, none)).toBe("KEN");
  });
  it.each([
    ["NAIROBI, May 3 (Reuters) - Kenya's tea exports rose.", "KEN"],
    ["TOKYO -- Japan's exports rose.", "JPN"],
    ["Press release\nNew Delhi, 12 May 2024\n\nExports rose.", "IND"],
    ["WELLINGTON:\nExports rose.", "NZL"],
    ["India, Kenya agree to boost trade\n\nThe two countries agreed on Monday.", null],
  ])("dateline of %j", (text, want) => {
    expect(datelineCountry(text)).toBe(want);
  });
});

describe("trade records: fiscal years in a country's months", () => {
  it.each<[string, ExpectedTrade[]]>([
    // One party with a non-calendar fiscal year: its calendar.
    ["Pakistan's exports to Germany rose 8 percent to $3 billion in 2022-23.", [
      { country_a: "PAK", country_b: "DEU", value: 8, ...months("2022-07", "2023-06") },
      { country_a: "PAK", country_b: "DEU", value: 3e9, ...months("2022-07", "2023-06") }]],
    ["Goods worth $2 billion were shipped from Egypt to Italy in fiscal 2023.", [
      { country_a: "EGY", country_b: "ITA", value: 2e9, ...months("2022-07", "2023-06") }]],
    ["In FY2022/23, Brazil bought $900 million of rice from Thailand.", [
      { country_a: "THA", country_b: "BRA", value: 900e6, ...months("2022-10", "2023-09") }]],
    ["India's exports to Germany rose 10 percent in the last fiscal year.", [
      { country_a: "IND", country_b: "DEU", value: 10, ...months("2023-04", "2024-03") }]],
    ["Exports from the United States to Peru reached $9 billion in the current fiscal year.", [
      { country_a: "USA", country_b: "PER", value: 9e9, ...months("2023-10", "2024-09") }]],
    ["Germany's imports from Japan climbed 6% in the first half of fiscal 2023.", [
      { country_a: "JPN", country_b: "DEU", value: 6, ...months("2023-04", "2023-09") }]],
    // The reporter's country decides, whichever party it is.
    ["Two-way trade between India and Australia reached $30 billion in 2022-23, Australia's foreign affairs department said.", [
      { country_a: "IND", country_b: "AUS", value: 30e9, ...months("2022-07", "2023-06") }]],
    ["According to India's commerce ministry, bilateral trade with Australia stood at $30 billion in 2022-23.", [
      { country_a: "IND", country_b: "AUS", value: 30e9, ...months("2022-04", "2023-03") }]],
    ["Trade between the United States and Chile rose 4 percent in 2022-23, Chilean customs data showed.", [
      { country_a: "USA", country_b: "CHL", value: 4, period_start: "2022", period_end: "2023" }]],
    // Both parties have one: the dateline's country.
    ["NAIROBI, May 3 (Reuters) - Kenya's exports to India rose 12 percent to $400 million in 2022-23.", [
      { country_a: "KEN", country_b: "IND", value: 12, ...months("2022-07", "2023-06") },
      { country_a: "KEN", country_b: "IND", value: 400e6, ...months("2022-07", "2023-06") }]],
    // "a year earlier" is the fiscal year before; a later sentence's figure inherits the months.
    ["India's exports to Germany were $8 billion in FY23, up from $7 billion a year earlier. Imports from Germany rose 5 percent.", [
      { country_a: "IND", country_b: "DEU", value: 8e9, ...months("2022-04", "2023-03") },
      { country_a: "IND", country_b: "DEU", value: 7e9, ...months("2021-04", "2022-03") },
      { country_a: "DEU", country_b: "IND", value: 5, ...months("2022-04", "2023-03") }]],
    // Both parties have one and no dateline: the one the article names most.
    ["Kenya and India held talks. India's exports to Kenya rose 9 percent in 2022-23, and India's imports grew too.", [
      { country_a: "IND", country_b: "KEN", value: 9, ...months("2022-04", "2023-03") }]],
    // "the fiscal year" with no year is the one holding the anchor's month (June 2024); months set off after it win.
    ["Trade between Pakistan and China reached $9 billion in the first half of the fiscal year.", [
      { country_a: "PAK", country_b: "CHN", value: 9e9, ...months("2023-07", "2023-12") }]],
    ["Chile's exports to Peru rose 3 percent in the first half of the fiscal year, July to December 2023.", [
      { country_a: "CHL", country_b: "PER", value: 3, ...months("2023-07", "2023-12") }]],
    // A summary bullet and the body name the same fiscal year in other words: the body's record, with its source, stands.
    ["Key points:\n- India-Kenya trade hit $2 billion in the last fiscal year\n\nTrade between India and Kenya reached $2 billion in 2023-24, India's commerce ministry said.", [
      { country_a: "IND", country_b: "KEN", value: 2e9, ...months("2023-04", "2024-03"), reported_by: "India's commerce ministry" }]],
    // No country with a non-calendar fiscal year, a span of calendar years, a crop year: the years stay.
    ["Trade between Chile and Peru was $4 billion in 2022-23.", [
      { country_a: "CHL", country_b: "PER", value: 4e9, period_start: "2022", period_end: "2023" }]],
    ["Trade between India and Nepal grew 40 percent between 2015 and 2020.", [
      { country_a: "IND", country_b: "NPL", value: 40, period_start: "2015", period_end: "2020" }]],
    ["Australia's wheat exports to Indonesia reached 3 million tonnes in the 2022/23 marketing year.", [
      { country_a: "AUS", country_b: "IDN", value: 3e6, period_start: "2022", period_end: "2023" }]],
  ])("%s", (text, expected) => {
    expectTrade(text, expected);
  });
});
