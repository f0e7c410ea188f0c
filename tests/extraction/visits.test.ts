import { describe, expect, it } from "vitest";
import type { VisitRecord } from "../../lambdas/core/schemas";
import type { ArticleContext } from "../../lambdas/extraction/context";
import { splitSentences } from "../../lambdas/extraction/sentences";
import { extractVisits } from "../../lambdas/extraction/visits";

const ANCHOR = "2024-06-19";
function visits(text: string, anchorDate: string | null = ANCHOR): VisitRecord[] {
  const ctx: ArticleContext = { articleId: "0123456789abcdef", text, sentences: splitSentences(text), anchorDate };
  return extractVisits(ctx, []);
}
function expectVisits(text: string, expected: Partial<VisitRecord>[]) {
  const got = visits(text);
  expect(got.map((v) => `${v.visitor}→${v.host_country}`)).toEqual(expected.map((e) => `${e.visitor}→${e.host_country}`));
  expected.forEach((e, k) => expect(got[k]).toMatchObject(e));
  for (const v of got) expect(text.slice(v.char_start, v.char_end).length).toBeGreaterThan(0);
}

describe("Function: extractVisits()", () => {
  it.each<[string, Partial<VisitRecord>[]]>([
    ["Brazilian President Luiz Inacio Lula visited Angola in September 2023.", [
      { visitor: "Luiz Inacio Lula", visitor_country: "BRA", host_country: "AGO", start_date: "2023-09", status: "occurred" }]],
    ["The treaty was signed during French President Emmanuel Macron's visit to Hanoi on June 3.", [
      { visitor: "Emmanuel Macron", visitor_country: "FRA", host_country: "VNM", place: "Hanoi", start_date: "2024-06-03" }]],
    ["Prime Minister Anthony Albanese arrived in the city of Shanghai on Tuesday.", [
      { visitor: "Anthony Albanese", host_country: "CHN", place: "Shanghai", start_date: "2024-06-18" }]],
    ["German Chancellor Olaf Scholz travelled to Beijing last month for talks on trade.", [
      { visitor: "Olaf Scholz", visitor_country: "DEU", host_country: "CHN", place: "Beijing", start_date: "2024-05", purpose: "talks on trade" }]],
    ["Exchanges included visits to Cuba by Venezuela's foreign and defense ministers.", [
      { visitor: "Venezuela's foreign minister", visitor_country: "VEN", host_country: "CUB" },
      { visitor: "Venezuela's defense minister", visitor_country: "VEN", host_country: "CUB" }]],
    ["While the king was in Madrid, Japanese officials were in Canberra to conduct the first security dialogue.", [
      { visitor: "Japanese officials", visitor_country: "JPN", host_country: "AUS", place: "Canberra", purpose: "conduct the first security dialogue" }]],
    ["Indian Prime Minister Narendra Modi will visit Moscow in July, officials said.", [
      { visitor: "Narendra Modi", visitor_country: "IND", host_country: "RUS", status: "planned", start_date: "2024-07" }]],
    ["Turkish President Recep Tayyip Erdogan is expected to travel to Iraq next month.", [
      { visitor: "Recep Tayyip Erdogan", host_country: "IRQ", status: "planned", start_date: "2024-07" }]],
    ["In a speech today in the port city of Busan, U.S. Secretary of State Antony Blinken said ties were strong.", [
      { visitor: "Antony Blinken", visitor_country: "USA", host_country: "KOR", place: "Busan", start_date: "2024-06-19" }]],
    ["The president announced the accord during a meeting in the Oval Office with Kenyan President William Ruto.", [
      { visitor: "William Ruto", visitor_country: "KEN", host_country: "USA", place: "Oval Office" }]],
    ["Purchases were made last month by a Polish trade mission to Canada.", [
      { visitor: "Polish trade mission", visitor_country: "POL", host_country: "CAN", start_date: "2024-05" }]],
    ["NAIROBI, June 12 - The announcement follows a visit here this week by British Foreign Secretary David Lammy.", [
      { visitor: "David Lammy", visitor_country: "GBR", host_country: "KEN", place: "Nairobi", start_date: "2024-06" }]],
    ["Chinese President Xi Jinping visited Serbia in May. Xi's visit to Serbia was his first since 2016.", [
      { visitor: "Xi Jinping", host_country: "SRB", start_date: "2024-05" }]],
    ["India's prime minister has arrived in Japan. Prime Minister Rajiv Mehta arrived in the city of Osaka on Monday.", [
      { visitor: "Rajiv Mehta", visitor_country: "IND", host_country: "JPN", place: "Osaka" }]],
    ["North Korean leader Kim Jong Un visited Russia in September 2023, and Russian President Vladimir Putin visited Pyongyang on June 19.", [
      { visitor: "Kim Jong Un", visitor_country: "PRK", host_country: "RUS", start_date: "2023-09" },
      { visitor: "Vladimir Putin", visitor_country: "RUS", host_country: "PRK", place: "Pyongyang", start_date: "2024-06-19" }]],
    ["Ukrainian President Volodymyr Zelensky arrived in Washington on Thursday for talks.", [
      { visitor: "Volodymyr Zelensky", host_country: "USA", place: "Washington", start_date: "2024-06-13" }]],
    ["The joint statement issued after Putin's visit to Beijing in May used similar language.", [
      { visitor: "Putin", host_country: "CHN", place: "Beijing", start_date: "2024-05" }]],
    ["Spanish King Felipe toured Morocco last year.", [
      { visitor: "Felipe", visitor_country: "ESP", host_country: "MAR", start_date: "2023-01" }]],
    ["Japan hosted Indian Prime Minister Narendra Modi on Saturday.", [
      { visitor: "Narendra Modi", visitor_country: "IND", host_country: "JPN", start_date: "2024-06-15" }]],
    ["U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing last week.", [
      { visitor: "Antony Blinken", visitor_country: "USA", host_country: "CHN", place: "Beijing", start_date: "2024-06" }]],
  ])("%s", (text, expected) => {
    expectVisits(text, expected);
  });

  describe("negative list: no visit record", () => {
    it.each([
      ["Russian President Vladimir Putin would visit Japan if relations improved."],
      ["A planned meeting between the two leaders in Chile was canceled because of protests."],
      ["French President Emmanuel Macron has no plans to visit Algeria."],
      ["Mexican President Claudia Sheinbaum did not travel to Peru."],
      ["German Chancellor Olaf Scholz visited Berlin on Monday."],
      ["Exports to Japan rose 5 percent in May."],
      ["It is impossible to imagine Russia hosting such a visit."],
      ["The visit was a testament to friendship."],
      ["Economist Jane Doe said at a conference in New York that growth would slow."],
      ["Chinese Foreign Minister Wang Yi met Russian envoys in Beijing."],
    ])("%s", (text) => {
      expect(visits(text)).toEqual([]);
    });
  });

  it("survives hostile input", () => {
    const text = "President Joe Biden visited " + "China, ".repeat(20_000) + "x".repeat(200_000);
    expect(() => visits(text)).not.toThrow();
  });
});
