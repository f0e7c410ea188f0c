// Shapes of trade statements in unseen news: periods, figures, country pairs
// and look-alikes that are not trade. Every sentence is invented; the anchor
// (publication date) is Wednesday 19 June 2024.
import { describe, expect, it } from "vitest";
import { expectTrade, tradeOf as trade, type ExpectedTrade } from "../helpers/extractionExpect";

const year = (y: number) => ({ period_start: `${y}-01`, period_end: `${y}-12` });
const months = (start: string, end: string) => ({ period_start: start, period_end: end });
const up = { value_type: "change", change_direction: "increase" } as const;
const down = { value_type: "change", change_direction: "decrease" } as const;
const level = { value_type: "level", change_direction: null } as const;

describe("trade shapes: periods", () => {
  it.each<[string, ExpectedTrade[]]>([
    ["Trade between Peru and Ecuador rose 7 percent in 2023.", [
      { country_a: "PER", country_b: "ECU", value: 7, unit: "percent", ...up, ...year(2023) }]],
    ["Mongolia's exports to China climbed to $12.4 billion last year.", [
      { country_a: "MNG", country_b: "CHN", direction: "a_to_b", value: 12.4e9, unit: "USD", ...level, ...year(2023) }]],
    ["Bilateral trade between Kenya and Tanzania grew 10 percent this year, officials said.", [
      { country_a: "KEN", country_b: "TZA", value: 10, ...up, ...year(2024) }]],
    ["Two-way trade between Chile and China reached $58 billion in 2022, up from $50 billion the previous year.", [
      { country_a: "CHL", country_b: "CHN", value: 58e9, ...level, ...year(2022) },
      { country_a: "CHL", country_b: "CHN", value: 50e9, ...year(2021) }]],
    ["Exports from Vietnam to South Korea totalled $9.8 billion in the first five months of 2024.", [
      { country_a: "VNM", country_b: "KOR", value: 9.8e9, ...level, ...months("2024-01", "2024-05") }]],
    ["From January to May, trade between Turkey and Iraq rose 14 percent.", [
      { country_a: "TUR", country_b: "IRQ", value: 14, ...up, ...months("2024-01", "2024-05") }]],
    ["Trade between Egypt and Saudi Arabia reached $3.1 billion between January and April.", [
      { country_a: "EGY", country_b: "SAU", value: 3.1e9, ...months("2024-01", "2024-04") }]],
    ["India-Oman trade grew 9 percent in the January-March quarter.", [
      { country_a: "IND", country_b: "OMN", value: 9, ...up, ...months("2024-01", "2024-03") }]],
    ["Bangladesh's garment exports to Germany fell 6 percent in H1 2024.", [
      { country_a: "BGD", country_b: "DEU", value: 6, ...down, ...months("2024-01", "2024-06") }]],
    ["Trade between Nigeria and Ghana rose 11 percent in the first half of the year.", [
      { country_a: "NGA", country_b: "GHA", value: 11, ...months("2024-01", "2024-06") }]],
    ["Japan's imports from Australia jumped 20 percent in Q3.", [
      { country_a: "AUS", country_b: "JPN", value: 20, ...up, ...months("2023-07", "2023-09") }]],
    ["Thailand's exports to China rose 4 percent in the third quarter.", [
      { country_a: "THA", country_b: "CHN", value: 4, ...months("2023-07", "2023-09") }]],
    // "on the year before" is the baseline of the change, not its period.
    ["Chile's trade with Peru grew 9 per cent on the year before to $4 billion in 2023.", [
      { country_a: "CHL", country_b: "PER", value: 9, ...up, ...year(2023), compared_to: "the year before" },
      { country_a: "CHL", country_b: "PER", value: 4e9, ...level, ...year(2023) }]],
    // A bracketed date spells out the one before it.
    ["In fiscal 2023 (April 2023 to March 2024), India's exports to Japan grew 4 percent to $6 billion.", [
      { country_a: "IND", country_b: "JPN", value: 4, ...up, ...months("2023-04", "2024-03") },
      { country_a: "IND", country_b: "JPN", value: 6e9, ...level, ...months("2023-04", "2024-03") }]],
    // A counted baseline ("the same nine months of 2023") dates the comparison, not the figures.
    ["Peru's copper exports to China climbed 12% between January and May over the same five months of 2023.", [
      { country_a: "PER", country_b: "CHN", value: 12, unit: "percent", ...up, ...months("2024-01", "2024-05") }]],
    ["Trade between Morocco and Spain rose 12% in the second half of 2023.", [
      { country_a: "MAR", country_b: "ESP", value: 12, ...months("2023-07", "2023-12") }]],
    ["India's exports to Bangladesh stood at $11 billion in fiscal 2023.", [
      { country_a: "IND", country_b: "BGD", value: 11e9, ...months("2022-04", "2023-03") }]],
    ["Pakistan's imports from China were $15 billion in FY2022/23.", [
      { country_a: "CHN", country_b: "PAK", value: 15e9, ...months("2022-07", "2023-06") }]],
    ["Trade between India and Nepal was $8.8 billion in 2022-23.", [
      { country_a: "IND", country_b: "NPL", value: 8.8e9, ...months("2022-04", "2023-03") }]],
    ["Canada's exports to Britain rose to C$9 billion in the year to March.", [
      { country_a: "CAN", country_b: "GBR", value: 9e9, unit: "CAD", ...level, ...months("2023-04", "2024-03") }]],
    ["Trade between Colombia and Ecuador totalled $2.1 billion in the 12 months to April.", [
      { country_a: "COL", country_b: "ECU", value: 2.1e9, ...months("2023-05", "2024-04") }]],
    // "over the past decade": the ten years up to the anchor's year.
    ["Trade between China and Brazil has grown fivefold over the past decade.", [
      { country_a: "CHN", country_b: "BRA", value: 5, unit: "multiple", ...up, period_start: "2014", period_end: "2024" }]],
    ["Trade between Ireland and Portugal doubled over the past five years.", [
      { country_a: "IRL", country_b: "PRT", value: 2, unit: "multiple", ...up, period_start: "2019", period_end: "2024" }]],
    // "since 2020": from that year's start up to the anchor (the publication date).
    ["Exports from Mexico to Canada have risen 25 percent since 2020.", [
      { country_a: "MEX", country_b: "CAN", value: 25, ...up, ...months("2020-01", "2024-06-19") }]],
    ["Trade between India and Russia has tripled since 2021.", [
      { country_a: "IND", country_b: "RUS", value: 3, unit: "multiple", ...up, ...months("2021-01", "2024-06-19") }]],
    ["Kenya's tea exports to Pakistan have fallen 8 percent since January.", [
      { country_a: "KEN", country_b: "PAK", value: 8, ...down, ...months("2024-01", "2024-06-19") }]],
    // A target keeps the year it aims at.
    ["Indonesia and Australia aim to raise bilateral trade to $20 billion by 2030.", [
      { country_a: "IDN", country_b: "AUS", value: 20e9, ...level, ...year(2030) }]],
    ["Vietnam's rice exports to the Philippines reached 1.2 million tonnes in May.", [
      { country_a: "VNM", country_b: "PHL", value: 1.2e6, unit: "tonnes", ...months("2024-05", "2024-05") }]],
    ["Argentina's beef exports to China dropped 9 percent last month.", [
      { country_a: "ARG", country_b: "CHN", value: 9, ...down, ...months("2024-05", "2024-05") }]],
    ["Trade between Poland and Ukraine fell 15 percent year on year.", [
      { country_a: "POL", country_b: "UKR", value: 15, ...down, compared_to: "year on year", period_start: null }]],
    ["Exports from Kenya to Uganda rose 8 percent in the first quarter compared with the same period last year.", [
      { country_a: "KEN", country_b: "UGA", value: 8, ...up, compared_to: "the same period last year", ...months("2024-01", "2024-03") }]],
    ["In 2023, Malaysia's palm oil exports to India were worth $4.5 billion.", [
      { country_a: "MYS", country_b: "IND", value: 4.5e9, ...year(2023) }]],
    ["Trade between Greece and Cyprus rose 6 percent in the previous year.", [
      { country_a: "GRC", country_b: "CYP", value: 6, ...year(2023) }]],
    ["Russia's exports to India rose 30 percent in March-May.", [
      { country_a: "RUS", country_b: "IND", value: 30, ...months("2024-03", "2024-05") }]],
    ["Trade between Chile and Peru reached $6 billion in the first four months.", [
      { country_a: "CHL", country_b: "PER", value: 6e9, ...months("2024-01", "2024-04") }]],
    ["Exports from Uruguay to Brazil rose 3 percent in April from a year earlier.", [
      { country_a: "URY", country_b: "BRA", value: 3, ...up, compared_to: "a year earlier", ...months("2024-04", "2024-04") }]],
    ["Trade between Japan and India rose 5 percent in the April-June quarter of 2023.", [
      { country_a: "JPN", country_b: "IND", value: 5, ...months("2023-04", "2023-06") }]],
    ["Trade between Italy and Albania rose 9 percent in the fourth quarter of last year.", [
      { country_a: "ITA", country_b: "ALB", value: 9, ...months("2023-10", "2023-12") }]],
    ["Exports from Jordan to Iraq fell 4 percent in the first quarter of 2024 from the previous quarter.", [
      { country_a: "JOR", country_b: "IRQ", value: 4, ...down, ...months("2024-01", "2024-03") }]],
    ["Exports from Nepal to India have risen 18 percent so far this year.", [
      { country_a: "NPL", country_b: "IND", value: 18, ...up, ...months("2024-01", "2024-06") }]],
    ["Trade between Chile and Korea reached $4 billion in the final quarter of 2023.", [
      { country_a: "CHL", country_b: "KOR", value: 4e9, ...months("2023-10", "2023-12") }]],
    ["Australia's exports to India rose 9 percent in the June quarter.", [
      { country_a: "AUS", country_b: "IND", value: 9, ...months("2024-04", "2024-06") }]],
    ["Trade between Israel and Egypt rose 15 percent between April and June last year.", [
      { country_a: "ISR", country_b: "EGY", value: 15, ...months("2023-04", "2023-06") }]],
    ["Exports from Belgium to the Netherlands reached €4bn in the five months to May.", [
      { country_a: "BEL", country_b: "NLD", value: 4e9, unit: "EUR", ...months("2024-01", "2024-05") }]],
    ["Exports from Peru to Japan rose 6 percent in the first three quarters of 2023.", [
      { country_a: "PER", country_b: "JPN", value: 6, ...months("2023-01", "2023-09") }]],
    ["Trade between Russia and India hit a record $65 billion in the financial year that ended in March.", [
      { country_a: "RUS", country_b: "IND", value: 65e9, ...months("2023-04", "2024-03") }]],
    // "the lowest since 2020" compares; the level takes the date of the change it ends.
    ["China's exports to Chile fell 13 percent in 2023 to $50 billion, the lowest since 2020.", [
      { country_a: "CHN", country_b: "CHL", value: 13, ...down, ...year(2023) },
      { country_a: "CHN", country_b: "CHL", value: 50e9, ...level, ...year(2023) }]],
    // A figure inside the baseline is dated by it.
    ["Turkey's exports to Iraq were about $13 billion in 2023, compared with $11 billion a year earlier.", [
      { country_a: "TUR", country_b: "IRQ", value: 13e9, ...year(2023) },
      { country_a: "TUR", country_b: "IRQ", value: 11e9, ...year(2022) }]],
    // "from the previous year" after a change is its baseline, not its period.
    ["Vietnam and Laos signed three agreements on Tuesday.\n\nTwo-way trade reached $1.6 billion in 2023, up 12 percent from the previous year.", [
      { country_a: "VNM", country_b: "LAO", value: 1.6e9, ...level, ...year(2023) },
      { country_a: "VNM", country_b: "LAO", value: 12, ...up, compared_to: "the previous year", ...year(2023) }]],
    ["Trade between Chile and China rose 8 percent from the previous year to $58 billion in 2022.", [
      { country_a: "CHL", country_b: "CHN", value: 8, ...up, compared_to: "the previous year", ...year(2022) },
      { country_a: "CHL", country_b: "CHN", value: 58e9, ...level, ...year(2022) }]],
    // An undated starting point ("up from $26 billion") is not the period of the figure before it.
    ["India and Australia want bilateral trade to reach $100 billion by 2030, up from $26 billion now.", [
      { country_a: "IND", country_b: "AUS", value: 100e9, ...year(2030) },
      { country_a: "IND", country_b: "AUS", value: 26e9, period_start: null }]],
    ["In 2023, exports from Peru to Chile fell to $4bn from $5bn.", [
      { country_a: "PER", country_b: "CHL", value: 4e9, ...year(2023) },
      { country_a: "PER", country_b: "CHL", value: 5e9, period_start: null }]],
    // "from 2022", "than in 2022" after a change: its baseline.
    ["Japan's exports to China, valued at $126 billion in 2023, fell 10 percent from 2022.", [
      { country_a: "JPN", country_b: "CHN", value: 126e9, ...level, ...year(2023) },
      { country_a: "JPN", country_b: "CHN", value: 10, ...down, compared_to: "2022", ...year(2023) }]],
    ["Trade between Peru and Chile in 2023 was 12 percent higher than in 2022.", [
      { country_a: "PER", country_b: "CHL", value: 12, ...up, compared_to: "2022", ...year(2023) }]],
    ["Trade between Peru and Chile rose 30 percent from 2019 to 2023.", [
      { country_a: "PER", country_b: "CHL", value: 30, ...up, compared_to: null, period_start: "2019", period_end: "2023" }]],
    // A year-less part of a year is of the year the sentence names (as its frame, or by a sibling part of it).
    ["In 2022, exports from Peru to Chile rose 5 percent in the third quarter.", [
      { country_a: "PER", country_b: "CHL", value: 5, ...months("2022-07", "2022-09") }]],
    ["Peru's exports to Chile rose 5 percent in the first quarter of 2023 and 4 percent in the second quarter.", [
      { country_a: "PER", country_b: "CHL", value: 5, ...up, ...months("2023-01", "2023-03") },
      { country_a: "PER", country_b: "CHL", value: 4, ...up, ...months("2023-04", "2023-06") }]],
    ["Trade between Peru and Chile reached $5 billion in 2023, and rose 3 percent in January-May.", [
      { country_a: "PER", country_b: "CHL", value: 5e9, ...year(2023) },
      { country_a: "PER", country_b: "CHL", value: 3, ...up, ...months("2024-01", "2024-05") }]],
    ["Exports from Peru to Chile rose 5 percent in 2022 and 4 percent in 2023.", [
      { country_a: "PER", country_b: "CHL", value: 5, ...up, ...year(2022) },
      { country_a: "PER", country_b: "CHL", value: 4, ...up, ...year(2023) }]],
    ["Trade between Peru and Chile rose 5 percent in 2023, and 30 percent of it was copper.", [
      { country_a: "PER", country_b: "CHL", value: 5, ...up, ...year(2023) }]],
    ["Exports from Peru to Chile fell 5 percent in the 2023 fiscal year.", [
      { country_a: "PER", country_b: "CHL", value: 5, ...down, period_start: "2023", period_end: "2023" }]],
    ["Trade between Spain and Morocco reached €22bn in 2023, from €19bn the year before.", [
      { country_a: "ESP", country_b: "MAR", value: 22e9, ...year(2023) },
      { country_a: "ESP", country_b: "MAR", value: 19e9, ...year(2022) }]],
  ])("%s", (text, expected) => {
    expectTrade(text, expected);
  });

  it("resolves relative periods against an anchor that is only a year", () => {
    expect(trade("Trade between Peru and Bolivia rose 4 percent last year.", "2019")[0]).toMatchObject(year(2018));
  });
});

describe("trade shapes: figures", () => {
  it.each<[string, ExpectedTrade[]]>([
    ["Egypt's imports from India rose to $4.2bn in 2023.", [
      { country_a: "IND", country_b: "EGY", value: 4.2e9, unit: "USD", ...level, ...year(2023) }]],
    ["Trade between Australia and Singapore reached US$ 12 billion in 2022.", [
      { country_a: "AUS", country_b: "SGP", value: 12e9, unit: "USD" }]],
    ["France's exports to Algeria were worth €3bn last year.", [
      { country_a: "FRA", country_b: "DZA", value: 3e9, unit: "EUR", ...year(2023) }]],
    ["Italy's imports from Tunisia totalled 2.5bn euros in 2023.", [
      { country_a: "TUN", country_b: "ITA", value: 2.5e9, unit: "EUR" }]],
    ["India's exports to Bangladesh rose to Rs 1.2 lakh crore in 2023.", [
      { country_a: "IND", country_b: "BGD", value: 1.2e12, unit: "INR" }]],
    ["Japan's imports from Vietnam rose to ¥2.4 trillion in 2023.", [
      { country_a: "VNM", country_b: "JPN", value: 2.4e12, unit: "JPY" }]],
    ["Britain's exports to Ireland fell to £800m in April.", [
      { country_a: "GBR", country_b: "IRL", value: 800e6, unit: "GBP", ...level, ...months("2024-04", "2024-04") }]],
    ["Kazakhstan shipped 1.5 million tonnes of wheat to Afghanistan in 2023.", [
      { country_a: "KAZ", country_b: "AFG", direction: "a_to_b", value: 1.5e6, unit: "tonnes", goods: /wheat/ }]],
    ["Brazil's coffee exports to Germany rose 12% in 2023.", [
      { country_a: "BRA", country_b: "DEU", value: 12, unit: "percent", ...up }]],
    ["Trade between Qatar and Oman fell by a third in 2023.", [
      { country_a: "QAT", country_b: "OMN", value: 33.3, unit: "percent", ...down, ...year(2023) }]],
    ["Exports from Chile to China doubled in 2021.", [
      { country_a: "CHL", country_b: "CHN", value: 2, unit: "multiple", ...up, ...year(2021) }]],
    ["Ethiopia's coffee exports to Saudi Arabia halved last year.", [
      { country_a: "ETH", country_b: "SAU", value: 50, unit: "percent", ...down, ...year(2023) }]],
    ["Trade between Armenia and Iran saw a 40-fold rise between 2015 and 2023.", [
      { country_a: "ARM", country_b: "IRN", value: 40, unit: "multiple", ...up, period_start: "2015", period_end: "2023" }]],
    ["Trade between Germany and Poland grew by 7.5 percent to $88 billion in 2023.", [
      { country_a: "DEU", country_b: "POL", value: 7.5, unit: "percent", ...up, ...year(2023) },
      { country_a: "DEU", country_b: "POL", value: 88e9, unit: "USD", ...level, ...year(2023) }]],
    ["Exports from Sri Lanka to India fell to $4bn, down from $5bn in 2022.", [
      { country_a: "LKA", country_b: "IND", value: 4e9, ...level },
      { country_a: "LKA", country_b: "IND", value: 5e9, ...level, ...year(2022) }]],
    ["Peru's copper exports to China rose 10 pct to $15.2 billion in 2023.", [
      { country_a: "PER", country_b: "CHN", value: 10, ...up, ...year(2023) },
      { country_a: "PER", country_b: "CHN", value: 15.2e9, ...level, ...year(2023) }]],
    ["Exports from Ukraine to Moldova were 1.3 billion dollars in 2023.", [
      { country_a: "UKR", country_b: "MDA", value: 1.3e9, unit: "USD" }]],
    ["Trade between Russia and Belarus reached 2.4 trillion roubles in 2023.", [
      { country_a: "RUS", country_b: "BLR", value: 2.4e12, unit: "RUB" }]],
    ["Trade between South Korea and Japan slid 6.2 per cent to 86 billion dollars in 2023.", [
      { country_a: "KOR", country_b: "JPN", value: 6.2, ...down },
      { country_a: "KOR", country_b: "JPN", value: 86e9, ...level }]],
    ["Trade between China and Cambodia quadrupled over the past decade.", [
      { country_a: "CHN", country_b: "KHM", value: 4, unit: "multiple", ...up, period_start: "2014", period_end: "2024" }]],
    ["Trade between Serbia and Hungary fell by half in 2020.", [
      { country_a: "SRB", country_b: "HUN", value: 50, unit: "percent", ...down, ...year(2020) }]],
    ["Exports from Georgia to Armenia rose by a quarter in 2023.", [
      { country_a: "GEO", country_b: "ARM", value: 25, unit: "percent", ...up, ...year(2023) }]],
    ["Saudi Arabia's exports to Japan fell to 40 billion riyals in 2023.", [
      { country_a: "SAU", country_b: "JPN", value: 40e9, unit: "SAR" }]],
    ["Exports from Canada to Chile reached C$1.2-billion in 2023.", [
      { country_a: "CAN", country_b: "CHL", value: 1.2e9, unit: "CAD" }]],
    ["Britain's exports to Ghana rose 12.5pc in 2023.", [
      { country_a: "GBR", country_b: "GHA", value: 12.5, unit: "percent", ...up }]],
    ["Trade between China and Laos grew 2.5 times between 2015 and 2023.", [
      { country_a: "CHN", country_b: "LAO", value: 2.5, unit: "multiple", ...up, period_start: "2015", period_end: "2023" }]],
    ["Exports from Oman to India were worth half a billion dollars in 2023.", [
      { country_a: "OMN", country_b: "IND", value: 5e8, unit: "USD" }]],
    // A country word before a currency word makes it that country's currency.
    ["Argentina's exports to Chile reached 900 billion Argentine pesos in 2023.", [
      { country_a: "ARG", country_b: "CHL", value: 900e9, unit: "ARS" }]],
    ["Egypt's imports from Turkey rose to 30 billion Egyptian pounds in 2023.", [
      { country_a: "TUR", country_b: "EGY", value: 30e9, unit: "EGP" }]],
    ["Exports from Kenya to Uganda were worth 120 billion Kenyan shillings last year.", [
      { country_a: "KEN", country_b: "UGA", value: 120e9, unit: "KES", ...year(2023) }]],
    ["Pakistan's exports to Afghanistan fell to PKR 200 billion in FY24.", [
      { country_a: "PAK", country_b: "AFG", value: 200e9, unit: "PKR", period_start: "2023-07", period_end: "2024-06" }]],
    ["Sweden's exports to Norway rose to 150 billion kronor in 2023.", [
      { country_a: "SWE", country_b: "NOR", value: 150e9, unit: "SEK" }]],
    // A multiple of an earlier level: "twice the figure", "double their level".
    ["Morocco's exports of tomatoes to Britain reached $300 million in 2023, twice the level of 2019.", [
      { country_a: "MAR", country_b: "GBR", value: 300e6, unit: "USD", ...level },
      { country_a: "MAR", country_b: "GBR", value: 2, unit: "multiple", ...up }]],
    ["Chile's exports of cherries to China hit $2 billion in 2023, nearly three times the value recorded in 2018.", [
      { country_a: "CHL", country_b: "CHN", value: 2e9, unit: "USD", ...level },
      { country_a: "CHL", country_b: "CHN", value: 3, unit: "multiple", ...up }]],
    // Regional currency signs: the cedi sign, and the naira's "N" (only with a scale word).
    ["Ghana's imports from Togo reached GH¢2.4 billion in 2023.", [
      { country_a: "TGO", country_b: "GHA", value: 2.4e9, unit: "GHS" }]],
    ["Nigeria's exports to Benin rose to N850 billion in 2023.", [
      { country_a: "NGA", country_b: "BEN", value: 850e9, unit: "NGN" }]],
    // "Sh" is the shilling of whichever of the pair has one; Gulf and Egyptian press abbreviations.
    ["Exports from Tanzania to China rose to Sh2.4 trillion in 2023.", [
      { country_a: "TZA", country_b: "CHN", value: 2.4e12, unit: "TZS" }]],
    // A restatement between dashes shares the period; a change's starting point after its noun is no period; a year naming an event dates nothing.
    ["Trade between the UAE and Iran reached 98 billion dirhams — about $26.7 billion — last year.", [
      { country_a: "ARE", country_b: "IRN", value: 98e9, unit: "AED", ...year(2023) },
      { country_a: "ARE", country_b: "IRN", value: 26.7e9, unit: "USD", ...year(2023) }]],
    ["Malaysia's exports to Singapore were RM14.2 billion in May, a 6.4 per cent drop from April.", [
      { country_a: "MYS", country_b: "SGP", value: 14.2e9, ...months("2024-05", "2024-05") },
      { country_a: "MYS", country_b: "SGP", value: 6.4, ...down, ...months("2024-05", "2024-05"), compared_to: "April" }]],
    ["Trade between New Zealand and Fiji reached NZ$1.3 billion in the 12 months to March, a 7 percent increase on the previous 12 months.", [
      { country_a: "NZL", country_b: "FJI", value: 1.3e9, ...months("2023-04", "2024-03") },
      { country_a: "NZL", country_b: "FJI", value: 7, ...up, ...months("2023-04", "2024-03") }]],
    ["Malaysian durian exports to China doubled in the first half of the year to 1.1 billion yuan, helped by a 2019 deal.", [
      { country_a: "MYS", country_b: "CHN", value: 2, ...months("2024-01", "2024-06") },
      { country_a: "MYS", country_b: "CHN", value: 1.1e9, ...months("2024-01", "2024-06") }]],
    // Re-exports are exports; a currency word's possessive before "worth of".
    ["The UAE re-exported 61 billion dirhams' worth of mobile phones and car parts to Iran in 2023.", [
      { country_a: "ARE", country_b: "IRN", direction: "a_to_b", value: 61e9, unit: "AED", goods: /^mobile phones and car parts$/ }]],
    // Both of the pair have a shilling: the country the text adds says which, else none is guessed; "Ush" is Uganda's.
    ["Two-way trade between Tanzania and Uganda hit Sh2.4 trillion (in Tanzanian shillings) in 2023.", [
      { country_a: "TZA", country_b: "UGA", value: 2.4e12, unit: "TZS" }]],
    ["Two-way trade between Tanzania and Uganda hit Sh2.4 trillion in 2023.", [
      { country_a: "TZA", country_b: "UGA", value: 2.4e12, unit: null }]],
    ["Uganda's exports to Tanzania reached Ush1.3 trillion in 2023.", [
      { country_a: "UGA", country_b: "TZA", value: 1.3e12, unit: "UGX" }]],
    ["Saudi exports to Egypt reached SR12 billion in 2023.", [
      { country_a: "SAU", country_b: "EGY", value: 12e9, unit: "SAR" }]],
    ["Egypt's exports to Jordan reached LE 30 billion in 2023.", [
      { country_a: "EGY", country_b: "JOR", value: 30e9, unit: "EGP" }]],
    // A dollar named once in brackets is the article's dollar for later bare "$" amounts.
    ["New Zealand's exports to Fiji rose to $1.1 billion (New Zealand) in 2023. Imports from Fiji were worth $240 million.", [
      { country_a: "NZL", country_b: "FJI", value: 1.1e9, unit: "NZD" },
      { country_a: "FJI", country_b: "NZL", value: 240e6, unit: "NZD" }]],
    // A bracketed conversion restates the figure and shares its period.
    ["Trade between Indonesia and China totalled 1.2 trillion yuan ($165 billion) in 2023.", [
      { country_a: "IDN", country_b: "CHN", value: 1.2e12, unit: "CNY", ...year(2023) },
      { country_a: "IDN", country_b: "CHN", value: 165e9, unit: "USD", ...year(2023) }]],
  ])("%s", (text, expected) => {
    expectTrade(text, expected);
  });

  // Oil by the barrel is a figure with no unit, its metric the barrels as written; a barrels figure restating another is none.
  it.each<[string, ExpectedTrade[]]>([
    ["Iraq shipped 1.5 million barrels of crude to India in May.", [
      { country_a: "IRQ", country_b: "IND", direction: "a_to_b", value: 1.5e6, unit: null, metric: "barrels", goods: /^crude$/ }]],
    ["Kuwait's crude exports to South Korea averaged 400,000 bpd in 2023.", [
      { country_a: "KWT", country_b: "KOR", value: 4e5, unit: null, metric: "bpd" }]],
    ["Saudi crude shipments to China totalled 78.4 million tonnes in 2023, roughly 1.57 million barrels a day.", [
      { country_a: "SAU", country_b: "CHN", value: 78.4e6, unit: "tonnes" }]],
  ])("%s", (text, expected) => {
    expectTrade(text, expected);
  });

  // Other volumes the contract has no code for are not figures, and never money in the article's currency.
  it.each([
    ["France sold $2 billion of goods to Britain. It also sold 300 million litres of wine to Britain in 2023."],
    ["Canada exported 90 million bushels of wheat to China in 2023."],
    ["Kenya's exports of N95 masks to Uganda rose in 2023."],
  ])("%s", (text) => {
    expect(trade(text).filter((r) => r.value !== 2e9)).toEqual([]);
  });
});

describe("trade shapes: reporters", () => {
  it.each<[string, (string | null)[]]>([
    // "added $X" sums; the subject is a flow, not a source.
    ["Thailand's exports to Japan reached $5 billion in 2023. Sales of canned tuna added another $700 million.", [null, null]],
    // A dash ends the source as a comma does.
    ["Trade between Chile and Peru reached $4 billion in 2023, according to the central bank — a 5% gain on 2022.", ["central bank", "central bank"]],
    // A bracketed acronym after the source is closed, and a long name is not cut.
    ["Figures from the Statistics Office (SO) show that Chile's exports to Peru rose 8% in 2023.", ["Figures from the Statistics Office (SO)"]],
    ["Chile's exports of wheat to Peru rose 8% in 2023, according to the Peruvian National Institute of Agricultural and Livestock Statistics and Economics (INAGRO).", ["Peruvian National Institute of Agricultural and Livestock Statistics and Economics (INAGRO)"]],
    // An institution whose name lists portfolios keeps its commas.
    ["Trade between Chile and Peru reached $4 billion in 2023, Peru's Ministry of Foreign Trade, Tourism and Crafts said.", ["Peru's Ministry of Foreign Trade, Tourism and Crafts"]],
    // List items run together into one sentence; each names its own source.
    ["Key figures:\n\n- Trade between Chile and Peru reached $4 billion in 2023, according to the central bank.\n- Peruvian exports of fishmeal to Chile rose 8% in 2023, according to the customs office.", ["central bank", "customs office"]],
  ])("%s", (text, expected) => {
    expect(trade(text).map((r) => r.reported_by)).toEqual(expected);
  });
});

describe("trade shapes: country pairs", () => {
  it.each<[string, ExpectedTrade[]]>([
    // "It" in the next sentence stands for the total just told: the same pair, a new figure.
    ["Trade between Kazakhstan and Azerbaijan reached $620 million in 2023. In the first nine months of 2024 it stood at 410 billion tenge.", [
      { country_a: "KAZ", country_b: "AZE", value: 620e6, unit: "USD" },
      { country_a: "KAZ", country_b: "AZE", value: 410e9, unit: "KZT", ...months("2024-01", "2024-09") }]],
    ["Trade between Peru and Chile reached $5 billion in 2023. It cost $3 million to build the new border post.", [
      { country_a: "PER", country_b: "CHL", value: 5e9 }]],
    ["Canada-Mexico trade rose 5 percent in 2023.", [{ country_a: "CAN", country_b: "MEX", direction: "bilateral", value: 5 }]],
    ["Trade between Senegal and Mali reached $1.1 billion in 2023.", [{ country_a: "SEN", country_b: "MLI", direction: "bilateral", value: 1.1e9 }]],
    ["Kazakhstan and Uzbekistan held talks in Tashkent on Monday. Bilateral trade reached $4.5 billion last year.", [
      { country_a: "KAZ", country_b: "UZB", direction: "bilateral", value: 4.5e9, ...year(2023) }]],
    // A summary bullet (no full stop) that the body restates is not a second record.
    ["Key points:\n- Chile-Peru trade at an all-time high of $4 billion last financial year\n- Talks resume in May\n\nTrade between Chile and Peru reached a record $4 billion in the 2023-24 financial year, the central bank said.", [
      { country_a: "CHL", country_b: "PER", value: 4e9, ...level, period_start: "2023" }]],
    // "the cargoes were worth": a flow noun taking up the flow of the sentence before.
    ["Qatar shipped 9 million tonnes of LNG to China in 2023. The cargoes were valued at about $6 billion.", [
      { country_a: "QAT", country_b: "CHN", direction: "a_to_b", value: 9e6, unit: "tonnes" },
      { country_a: "QAT", country_b: "CHN", direction: "a_to_b", value: 6e9, unit: "USD", ...level, ...year(2023) }]],
    // A flow stated without a figure, then taken up by "those sales": the figures are that flow's.
    ["Chile sends copper and fruit to Japan; those sales dropped 4 percent to $8 billion in 2023.", [
      { country_a: "CHL", country_b: "JPN", direction: "a_to_b", value: 4, ...down, goods: /copper and fruit/ },
      { country_a: "CHL", country_b: "JPN", direction: "a_to_b", value: 8e9, ...level, goods: /copper and fruit/ }]],
    // "Overall"/"total" before "bilateral" is the pair's total, not one country's trade with the world.
    ["Kenya's tea exports to Egypt rose 6 percent in 2023. Total bilateral trade came to $900 million in 2023.", [
      { country_a: "KEN", country_b: "EGY", direction: "a_to_b", value: 6, ...up },
      { country_a: "KEN", country_b: "EGY", direction: "bilateral", value: 900e6, ...level, ...year(2023) }]],
    // "between the region's two largest economies" names the parties; the economies are not another measure.
    ["Vietnam's rice exports to Indonesia doubled in 2023. Two-way trade between the two biggest economies of Southeast Asia rose to $14 billion in 2023.", [
      { country_a: "VNM", country_b: "IDN", direction: "a_to_b", value: 2, unit: "multiple", ...up },
      { country_a: "VNM", country_b: "IDN", direction: "bilateral", value: 14e9, ...level, ...year(2023) }]],
    ["Germany's exports to China fell 9 percent in 2023.", [{ country_a: "DEU", country_b: "CHN", direction: "a_to_b", value: 9, ...down }]],
    ["The Philippines' imports from Indonesia rose to $9 billion in 2023.", [
      { country_a: "IDN", country_b: "PHL", direction: "a_to_b", value: 9e9 }]],
    ["China is Vietnam's largest trading partner, with two-way trade of $171 billion in 2023.", [
      { country_a: "CHN", country_b: "VNM", direction: "bilateral", value: 171e9, ...year(2023) }]],
    ["Kazakhstan's imports from Russia rose 20 percent in 2023.", [{ country_a: "RUS", country_b: "KAZ", direction: "a_to_b", value: 20 }]],
    ["Ukraine supplied 3 million tonnes of corn to Spain in 2023.", [
      { country_a: "UKR", country_b: "ESP", direction: "a_to_b", value: 3e6, unit: "tonnes", goods: /corn/ }]],
    ["Norway sold $2 billion worth of salmon to China in 2023.", [
      { country_a: "NOR", country_b: "CHN", direction: "a_to_b", value: 2e9, goods: /salmon/ }]],
    ["Brazil exported 5 million tonnes of soybeans to China in April.", [
      { country_a: "BRA", country_b: "CHN", direction: "a_to_b", value: 5e6, goods: /soybeans/, ...months("2024-04", "2024-04") }]],
    ["Vietnam's exports to the United States rose 20 percent in 2023, while imports from the U.S. fell 5 percent.", [
      { country_a: "VNM", country_b: "USA", value: 20, ...up },
      { country_a: "USA", country_b: "VNM", value: 5, ...down }]],
    // A country's own total names the home country and dates the paragraph; another flow's destination is not a seller.
    ["Malaysia's exports rose 5 percent in May. Shipments to China, its top market, climbed 12 percent, while exports to the United States fell 3 percent.", [
      { country_a: "MYS", country_b: "CHN", direction: "a_to_b", value: 12, ...up, ...months("2024-05", "2024-05") },
      { country_a: "MYS", country_b: "USA", direction: "a_to_b", value: 3, ...down, ...months("2024-05", "2024-05"), goods: null }]],
    ["China's exports rose 5 percent in May from a year earlier. Imports from Japan fell 3 percent.", [
      { country_a: "JPN", country_b: "CHN", direction: "a_to_b", value: 3, ...down, ...months("2024-05", "2024-05") }]],
    ["Japan's exports to China fell 7 percent in May. Japan's imports rose 2 percent.", [
      { country_a: "JPN", country_b: "CHN", value: 7, ...down }]],
    ["In the first half, Japanese imports from Russia fell by almost half, to 700 billion yen.", [
      { country_a: "RUS", country_b: "JPN", value: 50, unit: "percent", ...down, ...months("2024-01", "2024-06") },
      { country_a: "RUS", country_b: "JPN", value: 700e9, unit: "JPY", ...level, ...months("2024-01", "2024-06") }]],
    ["Ghana and Côte d'Ivoire signed a customs deal. Trade between the two neighbours rose 14 percent in 2023.", [
      { country_a: "GHA", country_b: "CIV", direction: "bilateral", value: 14 }]],
  ])("%s", (text, expected) => {
    expectTrade(text, expected);
  });
});

describe("trade shapes: not trade records", () => {
  it.each([
    ["Global trade volumes fell 1.2 percent in 2023."],
    ["Trade between the two countries could reach $50 billion."],
    ["Vietnam's exports could reach $400 billion this year, officials said."],
    ["Mexico's GDP grew 3.2 percent in 2023 as exports to the United States boomed."],
    ["Inflation in Argentina reached 211 percent in 2023."],
    ["The Nikkei rose 2 percent as Japan-U.S. trade talks resumed."],
    ["Shares of Japanese and Korean exporters fell 3 percent in Tokyo trading."],
    ["Nepal's budget for 2024 allocates Rs 1.8 trillion, with India and China as key donors."],
    ["India's population of 1.4 billion makes it a huge market for Chinese goods."],
    ["Japan's defence budget rose 16 percent to ¥7.9 trillion, as tensions with China grew."],
    ["Egypt's economy grew 4 percent last year, and trade with Sudan expanded."],
    ["The stock market in Seoul fell 4 percent after China announced export curbs."],
    ["Germany's budget deficit was €80bn in 2023, while France's debt reached 110 percent of GDP."],
    ["Chinese firms bought $5 billion worth of stakes in Brazilian companies."],
    ["Russia's oil revenue fell 24 percent to $185 billion in 2023, while sales to India rose."],
    ["Chinese investment in Hungary reached $7.6 billion in 2023."],
    ["Remittances from the U.S. to Mexico reached $63 billion in 2023."],
    ["Leaders of China and Russia met three times in 2023 to discuss trade."],
    ["Trade between Chile and Peru moved by a 2-million-tonne cargo ship."],
  ])("%s", (text) => {
    expect(trade(text)).toEqual([]);
  });

  // One country's trade with a group ("the six Gulf states combined") is a bloc total, not a pair's, even after a pair was set.
  it.each([
    ["Kenya's tea exports to Egypt reached $500 million in 2023. Combined, Kenya's trade with the six East African Community states was $4 billion in 2023."],
    ["Kenya's tea exports to Egypt reached $500 million in 2023. Kenya's trade with its neighbours rose to $4 billion in 2023."],
  ])("%s", (text) => {
    expect(trade(text).map((r) => r.value)).toEqual([500e6]);
  });

  // Forecasts and conditional figures are kept, as the contract has no field to tell them apart.
  it("keeps a conditional forecast; a bare \"exports\" names no goods", () => {
    expect(trade("South Korea's trade ministry said exports to China could fall 10 percent if tensions escalate.")).toMatchObject([
      { country_a: "KOR", country_b: "CHN", value: 10, change_direction: "decrease", goods: null }]);
  });
});
