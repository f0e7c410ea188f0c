import { describe, expect, it } from "vitest";
import type { TradeRecord } from "../../lambdas/core/schemas";
import type { ArticleContext } from "../../lambdas/extraction/context";
import { splitSentences } from "../../lambdas/extraction/sentences";
import { extractTrade } from "../../lambdas/extraction/trade";
import { findFigures } from "../../lambdas/extraction/trade/figureParser";

const ANCHOR = "2024-06-19";
function trade(text: string, anchorDate: string | null = ANCHOR): TradeRecord[] {
  const ctx: ArticleContext = { articleId: "0123456789abcdef", text, sentences: splitSentences(text), anchorDate };
  return extractTrade(ctx, []);
}
type Expected = Partial<Omit<TradeRecord, "goods">> & { goods?: RegExp };
function expectTrade(text: string, expected: Expected[]) {
  const got = trade(text);
  expect(got).toHaveLength(expected.length);
  expected.forEach((e, k) => {
    const { goods, ...fields } = e;
    expect(got[k]).toMatchObject(fields);
    if (goods) expect(got[k]!.goods ?? "").toMatch(goods);
    expect(text.slice(got[k]!.char_start, got[k]!.char_end).length).toBeGreaterThan(0);
  });
}

describe("Function: findFigures()", () => {
  it.each([
    ["$30.8 million", 30_800_000, "USD"],
    ["2.5bn euros", 2_500_000_000, "EUR"],
    ["¥1.2 trillion", 1.2e12, "JPY"],
    ["7.4 billion dollars", 7.4e9, "USD"],
    ["89 mln dlrs", 89_000_000, "USD"],
    ["2.09 billion dlrs", 2_090_000_000, "USD"],
    ["9-fold", 9, "multiple"],
    ["nine-fold", 9, "multiple"],
    ["trade tripled", 3, "multiple"],
    ["to more than triple it", 3, "multiple"],
    ["54 percent", 54, "percent"],
    ["54%", 54, "percent"],
    ["3 million tonnes", 3_000_000, "tonnes"],
    ["about two billion dlrs", 2e9, "USD"],
    ["5 billion Hong Kong dollars", 5e9, "HKD"],
    ["£3.5bn", 3.5e9, "GBP"],
    ["1,250 million yuan", 1.25e9, "CNY"],
  ])("%s", (text, value, unit) => {
    const [f] = findFigures(text);
    expect(f).toMatchObject({ value, unit });
  });

  it.each([["in 2014 and 38,000 square km"], ["the G20 summit"], ["one of them"], ["2 million people"], ["9".repeat(500) + " billion dollars"]])("no money figure in %s", (text) => {
    expect(findFigures(text).filter((f) => f.kind === "money" && f.unit)).toEqual([]);
  });
});

describe("Function: extractTrade()", () => {
  it.each<[string, Expected[]]>([
    ["China is India's biggest trading partner with two-way commerce totalling $71bn in 2014.", [
      { country_a: "CHN", country_b: "IND", direction: "bilateral", value: 71e9, unit: "USD", value_type: "level", period_start: "2014-01", period_end: "2014-12" }]],
    ["Brazil-Argentina trade turnover increased 9-fold in 2023.", [
      { country_a: "BRA", country_b: "ARG", value: 9, unit: "multiple", value_type: "change", change_direction: "increase", period_start: "2023-01" }]],
    ["Trade between Kenya and Uganda fell 12 percent in the first five months of 2024.", [
      { country_a: "KEN", country_b: "UGA", value: 12, unit: "percent", value_type: "change", change_direction: "decrease", period_start: "2024-01", period_end: "2024-05" }]],
    ["Peru's trade surplus with Chile rose to $4.2 billion last year from $3.1 billion in 2021, officials said.", [
      { country_a: "PER", country_b: "CHL", value: 4.2e9, value_type: "level", period_start: "2023-01", reported_by: "officials" },
      { country_a: "PER", country_b: "CHL", value: 3.1e9, value_type: "level", period_start: "2021-01" }]],
    ["Vietnam's exports to Japan reached $24 billion in 2023, according to customs data.", [
      { country_a: "VNM", country_b: "JPN", direction: "a_to_b", value: 24e9, reported_by: "customs data" }]],
    ["Egypt imports of wheat from Ukraine totalled 3 million tonnes last year.", [
      { country_a: "UKR", country_b: "EGY", direction: "a_to_b", value: 3e6, unit: "tonnes" }]],
    ["Indonesia agreed to buy $5 billion of American farm products.", [
      { country_a: "USA", country_b: "IDN", direction: "a_to_b", value: 5e9, goods: /farm products/ }]],
    ["Thailand will purchase 2.5bn euros worth of French aircraft and helicopters.", [
      { country_a: "FRA", country_b: "THA", direction: "a_to_b", value: 2.5e9, unit: "EUR", goods: /aircraft/ }]],
    ["Much of the trade involves sales of rice and sugar from Myanmar to Bangladesh.", [
      { country_a: "MMR", country_b: "BGD", direction: "a_to_b", value: null, goods: /rice and sugar/ }]],
    ["Iran is believed to be supplying drones and ammunition to Russia.", [
      { country_a: "IRN", country_b: "RUS", direction: "a_to_b", value: null, goods: /ammunition/ }]],
    ["Turkey's trade deficit with Germany has soared from just $1bn in 2001-02 to more than $9bn last year, Turkish figures show.", [
      { country_a: "TUR", country_b: "DEU", value: 1e9, period_start: "2001", period_end: "2002", reported_by: "Turkish figures" },
      { country_a: "TUR", country_b: "DEU", value: 9e9, period_start: "2023-01", reported_by: "Turkish figures" }]],
    ["Norway and Sweden signed a pact. Bilateral trade is expected to reach a record $30bn by the end of this year.", [
      { country_a: "NOR", country_b: "SWE", value: 30e9, value_type: "level", period_start: "2024-01" }]],
    ["According to Reuters, China-Nepal bilateral trade compared to the same months in 2023 showed a total decline reaching $30.8 million.", [
      { country_a: "CHN", country_b: "NPL", value: 30.8e6, value_type: "change", change_direction: "decrease", reported_by: "Reuters", compared_to: "the same months in 2023" }]],
    ["The U.S.-Mexico trade gap widened by 54 percent in Q1 2024.", [
      { country_a: "USA", country_b: "MEX", value: 54, change_direction: "increase", period_start: "2024-01", period_end: "2024-03" }]],
    ["Poland's grain exports to Germany grew by $2 billion in 2022.", [
      { country_a: "POL", country_b: "DEU", direction: "a_to_b", value: 2e9, value_type: "change", change_direction: "increase", goods: /grain exports/ }]],
    ["Ghana bought 310 mln dlrs worth of Dutch machinery and chemicals, the ministry said.", [
      { country_a: "NLD", country_b: "GHA", value: 310e6, reported_by: "the ministry", goods: /machinery and chemicals/ }]],
    ["The list of Kazakh purchases from China includes 1.13 billion dlrs of capital goods, 700 mln of farm products and 50 mln of steel.", [
      { country_a: "CHN", country_b: "KAZ", value: 1.13e9 },
      { country_a: "CHN", country_b: "KAZ", value: 700e6, goods: /farm products/ },
      { country_a: "CHN", country_b: "KAZ", value: 50e6, goods: /steel/ }]],
    ["The table shows the 2019 and 2020 deficits of Italy with Spain at 2.09 billion and 1.7 billion dlrs.", [
      { country_a: "ITA", country_b: "ESP", value: 2.09e9, period_start: "2019-01" },
      { country_a: "ITA", country_b: "ESP", value: 1.7e9, period_start: "2020-01" }]],
    ["Japan-EU trade rose 8% in 2023.", [{ country_a: "JPN", country_b: "EUU", value: 8, unit: "percent" }]],
    ["Colombia's coffee exports to the United States were worth 7.4 billion dollars in 2022, the ministry said. Its exports were 6.1 billion in 2021.", [
      { country_a: "COL", country_b: "USA", value: 7.4e9 },
      { country_a: "COL", country_b: "USA", value: 6.1e9, unit: "USD", period_start: "2021-01" }]],
  ])("%s", (text, expected) => {
    expectTrade(text, expected);
  });

  it("attributes a figure inside a quote to its speaker", () => {
    const text = "Putin noted that “trade turnover between Russia and Mongolia increased 9-fold” in 2023.";
    const start = text.indexOf("trade turnover"), end = text.indexOf("”");
    const quote = { id: "q", article_id: "0123456789abcdef", text: text.slice(start, end), speaker: "Vladimir Putin", speaker_type: "person" as const, speaker_role: null, speaker_country: "RUS", via: null, sentence: text, char_start: start, char_end: end, confidence: 0.9 };
    const ctx: ArticleContext = { articleId: "0123456789abcdef", text, sentences: splitSentences(text), anchorDate: ANCHOR };
    expect(extractTrade(ctx, [quote])[0]).toMatchObject({ reported_by: "Vladimir Putin", value: 9 });
  });

  it("reports each repeated figure once", () => {
    expect(trade("Chile sold $2 billion of copper to Korea. The $2 billion of copper went to Korea from Chile.")).toHaveLength(1);
  });

  describe("negative list: no trade record", () => {
    it.each([
      ["Some 12.5% of voters backed the trade deal between Canada and Mexico."],
      ["Trade rose to $5 billion last year."],
      ["The company raised $2 billion in a bond sale."],
      ["France and Italy agreed a 15 percent tariff on steel."],
      ["Germany gave Ukraine $3 billion in aid."],
      ["Russia would supply gas to China if a deal were signed."],
      ["Japan does not sell weapons to Taiwan."],
      ["India and Pakistan have 2 million troops on the border."],
      ["The GDP of Brazil grew 3 percent while Argentina stagnated."],
      ["Spain's investment of $4 billion in Morocco was announced."],
      ["China's exports rose 5 percent in May from a year earlier."],
      ["Japan's trade surplus widened to $10 billion in April."],
    ])("%s", (text) => {
      expect(trade(text)).toEqual([]);
    });
  });

  it("survives hostile input", () => {
    const huge = "Trade between China and India " + "9".repeat(600) + " billion dollars " + "x".repeat(300_000);
    const t0 = Date.now();
    expect(() => trade(huge)).not.toThrow();
    expect(() => trade(findFiguresBait())).not.toThrow();
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

function findFiguresBait(): string {
  return "$$$ ¥ 1.2.3.4 bn bn bn % percent fold -fold trade exports of from to by " + "China-".repeat(2000);
}
