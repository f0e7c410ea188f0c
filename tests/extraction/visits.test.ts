import { describe, expect, it } from "vitest";
import type { VisitRecord } from "../../lambdas/core/schemas";
import { anchorDateOf } from "../../lambdas/extraction/dates";
import { expectVisits, visitsOf as visits } from "../helpers/extractionExpect";


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
      { visitor: "Felipe", visitor_country: "ESP", host_country: "MAR", start_date: "2023" }]],
    ["Japan hosted Indian Prime Minister Narendra Modi on Saturday.", [
      { visitor: "Narendra Modi", visitor_country: "IND", host_country: "JPN", start_date: "2024-06-15" }]],
    ["U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing last week.", [
      { visitor: "Antony Blinken", visitor_country: "USA", host_country: "CHN", place: "Beijing", start_date: "2024-06" }]],
  ])("%s", (text, expected) => {
    expectVisits(text, expected);
  });

  describe("general news shapes (one rule each)", () => {
    it.each<[string, string, Partial<VisitRecord>[]]>([
      ["planned: will travel to", "Chilean Foreign Minister Alberto Vial will travel to Japan next month.", [
        { visitor: "Alberto Vial", visitor_country: "CHL", host_country: "JPN", start_date: "2024-07", status: "planned" }]],
      ["planned: is due to visit", "Kenyan President William Ruto is due to visit Canada in October.", [
        { visitor: "William Ruto", host_country: "CAN", start_date: "2024-10", status: "planned" }]],
      ["planned: plans to visit two countries", "Polish Prime Minister Jan Nowak plans to visit Vietnam and Thailand.", [
        { visitor: "Jan Nowak", host_country: "VNM", status: "planned" },
        { visitor: "Jan Nowak", host_country: "THA", status: "planned" }]],
      ["planned: a visit planned for a month", "A visit to China by Peru's President Luis Arana is planned for November.", [
        { visitor: "Luis Arana", visitor_country: "PER", host_country: "CHN", start_date: "2024-11", status: "planned" }]],
      ["lead: led a delegation of executives to", "Australian Trade Minister Don Farrell led a delegation of 30 executives to India on Monday.", [
        { visitor: "Don Farrell", visitor_country: "AUS", host_country: "IND", start_date: "2024-06-17", count: 1 }]],
      ["lead: a delegation led by X arrived", "A delegation led by Indonesian Trade Minister Budi Hartanto arrived in Canberra on Tuesday.", [
        { visitor: "Budi Hartanto", visitor_country: "IDN", host_country: "AUS", place: "Canberra", start_date: "2024-06-18" }]],
      ["lead: the group's nationality gives the leader's", "A Chinese delegation led by Commerce Minister Wang Lifeng arrived in Santiago on Wednesday.", [
        { visitor: "Wang Lifeng", visitor_country: "CHN", host_country: "CHL", start_date: "2024-06-19" }]],
      ["copula: X, who is in Y for talks, said", "Chilean Finance Minister Mario Marcel, who is in Tokyo for talks with investors, said growth would pick up.", [
        { visitor: "Mario Marcel", visitor_country: "CHL", host_country: "JPN", place: "Tokyo", purpose: "talks with investors" }]],
      ["copula: X is in Y this week", "Dutch Trade Minister Liesje Smit is in Nairobi this week.", [
        { visitor: "Liesje Smit", visitor_country: "NLD", host_country: "KEN", start_date: "2024-06" }]],
      ["participle: X, visiting Y, said", "Irish Foreign Minister Sean Kelly, visiting Tokyo, said the deal was close.", [
        { visitor: "Sean Kelly", visitor_country: "IRL", host_country: "JPN", place: "Tokyo" }]],
      ["noun: during his trip to", "Colombian President Gustavo Rojas said during his trip to Spain that coffee exports would rise.", [
        { visitor: "Gustavo Rojas", visitor_country: "COL", host_country: "ESP" }]],
      ["noun: on a three-day visit to (the subject)", "French President Marc Lefort, on a three-day visit to Brazil, signed a space deal.", [
        { visitor: "Marc Lefort", visitor_country: "FRA", host_country: "BRA" }]],
      ["noun: X's two-day state visit to", "Spanish King Felipe's two-day state visit to Mexico ended on Friday.", [
        { visitor: "Felipe", visitor_country: "ESP", host_country: "MEX", start_date: "2024-06-14" }]],
      ["noun: X paid a visit to", "Japan's Foreign Minister Taro Ueda paid a visit to Canberra in 2022.", [
        { visitor: "Taro Ueda", visitor_country: "JPN", host_country: "AUS", start_date: "2022" }]],
      ["verb: flew to", "South African President Cyril Naidoo flew to Riyadh on Sunday.", [
        { visitor: "Cyril Naidoo", visitor_country: "ZAF", host_country: "SAU", place: "Riyadh", start_date: "2024-06-16" }]],
      ["verb: landed in", "Japanese Prime Minister Kenji Mori landed in Manila on Friday.", [
        { visitor: "Kenji Mori", host_country: "PHL", place: "Manila", start_date: "2024-06-14" }]],
      ["verb: left for", "Argentine President Javier Soto left for Madrid on Monday.", [
        { visitor: "Javier Soto", visitor_country: "ARG", host_country: "ESP", place: "Madrid", start_date: "2024-06-17" }]],
      ["verb: toured cities of one country", "German Economy Minister Lena Vogt toured Hanoi, Da Nang and Ho Chi Minh City last week.", [
        { visitor: "Lena Vogt", visitor_country: "DEU", host_country: "VNM", place: "Hanoi", start_date: "2024-06" }]],
      ["verb: toured a plant in a city", "Brazilian Agriculture Minister Tiago Frota toured a fertilizer plant in Lagos on Tuesday.", [
        { visitor: "Tiago Frota", visitor_country: "BRA", host_country: "NGA", place: "Lagos" }]],
      ["verb: a he/she subject is the last person named", "Ghanaian President Kwame Asante landed in Paris on Sunday. He flew to Brussels on Tuesday.", [
        { visitor: "Kwame Asante", host_country: "FRA", start_date: "2024-06-16" },
        { visitor: "Kwame Asante", host_country: "BEL", place: "Brussels", start_date: "2024-06-18" }]],
      ["verb: spent days in, then an onward stop", "A Thai trade mission spent two days in Hanoi before continuing to Manila.", [
        { visitor: "Thai trade mission", visitor_country: "THA", host_country: "VNM", place: "Hanoi" },
        { visitor: "Thai trade mission", visitor_country: "THA", host_country: "PHL", place: "Manila" }]],
      ["place: the Indian capital", "British Foreign Secretary Jonathan Reeve arrived in the Indian capital on Monday.", [
        { visitor: "Jonathan Reeve", visitor_country: "GBR", host_country: "IND", start_date: "2024-06-17" }]],
      ["event: X met Y's president in Z", "Norwegian Foreign Minister Espen Dahl met Turkey's president in Ankara on Monday.", [
        { visitor: "Espen Dahl", visitor_country: "NOR", host_country: "TUR", place: "Ankara", start_date: "2024-06-17" }]],
      ["host: a country welcomed X", "Vietnam welcomed Indian Prime Minister Rajiv Mehta on Saturday.", [
        { visitor: "Rajiv Mehta", visitor_country: "IND", host_country: "VNM", start_date: "2024-06-15" }]],
      ["host: a leader received X in a city", "Thai Prime Minister Somchai Chai received Polish President Andrzej Kowal in Bangkok on Monday.", [
        { visitor: "Andrzej Kowal", visitor_country: "POL", host_country: "THA", place: "Bangkok", start_date: "2024-06-17" }]],
      ["host: a role's country hosts a group", "Angola's president hosted a Brazilian business delegation in Luanda last November.", [
        { visitor: "Brazilian business delegation", visitor_country: "BRA", host_country: "AGO", start_date: "2023-11" }]],
      ["counterpart: resolved from an earlier pairing", "Indonesian Trade Minister Budi Hartanto hosted his Australian counterpart, Claire Donovan, in Jakarta in March. Hartanto's counterpart visited Surabaya in May.", [
        { visitor: "Claire Donovan", visitor_country: "AUS", host_country: "IDN", place: "Jakarta", start_date: "2024-03" },
        { visitor: "Claire Donovan", visitor_country: "AUS", host_country: "IDN", place: "Surabaya", start_date: "2024-05" }]],
      ["return: X returned the visit", "Egyptian President Ahmed Farouk visited Ghana in March. Ghanaian President John Mensah returned the visit in May.", [
        { visitor: "Ahmed Farouk", host_country: "GHA", start_date: "2024-03" },
        { visitor: "John Mensah", visitor_country: "GHA", host_country: "EGY", start_date: "2024-05" }]],
      ["return: a return visit by X", "Chinese Premier Li Wen toured Brazil in April. A return visit by Brazil's President Lucas Prado came in May.", [
        { visitor: "Li Wen", host_country: "BRA", start_date: "2024-04" },
        { visitor: "Lucas Prado", visitor_country: "BRA", host_country: "CHN", start_date: "2024-05" }]],
      ["mission: a trade mission of 60 companies", "A trade mission of 60 companies will visit Kenya in June.", [
        { visitor: "trade mission of 60 companies", visitor_country: null, host_country: "KEN", start_date: "2024-06", status: "planned" }]],
      ["group: a group of producers, with their nationality", "A group of Argentine wine producers travelled to China last month.", [
        { visitor: "group of Argentine wine producers", visitor_country: "ARG", host_country: "CHN", start_date: "2024-05" }]],
      ["group: a team of executives after a date", "Officials said that in January a team of Japanese steel executives went to Pittsburgh.", [
        { visitor: "team of Japanese steel executives", visitor_country: "JPN", host_country: "USA", place: "Pittsburgh" }]],
      ["supranational: Brussels is Belgium", "Hungarian Prime Minister Viktor Balog flew to Brussels on Thursday.", [
        { visitor: "Viktor Balog", host_country: "BEL", place: "Brussels" }]],
      ["supranational: the EU named as such", "Hungarian Prime Minister Viktor Balog visited the European Union headquarters on Thursday.", [
        { visitor: "Viktor Balog", host_country: "EUU" }]],
      ["count: three visits", "British ministers have made three visits to Saudi Arabia this year.", [
        { visitor: "British ministers", visitor_country: "GBR", host_country: "SAU", start_date: "2024", count: 3 }]],
      ["count: 18 delegations", "Last year 18 Chinese delegations visited Zambia.", [
        { visitor: "Chinese delegations", visitor_country: "CHN", host_country: "ZMB", start_date: "2023", count: 18 }]],
      ["count: delegations from provinces", "Since 2019, 12 delegations from Indonesian provinces have travelled to Australia.", [
        { visitor: "delegations from Indonesian provinces", visitor_country: "IDN", host_country: "AUS", start_date: null, count: 12 }]],
      ["date: from the paragraph when the sentence has none", "Talks opened in Lima on March 5. Chilean Minister Paula Rivas was in Lima for the talks.", [
        { visitor: "Paula Rivas", visitor_country: "CHL", host_country: "PER", start_date: "2024-03-05" }]],
      ["merge: two days of one stay are one visit", "Chinese Commerce Minister Wang Lifeng arrived in Santiago on Monday. Wang met Chile's president in Santiago on Tuesday.", [
        { visitor: "Wang Lifeng", host_country: "CHL", start_date: "2024-06-17" }]],
      ["merge: one visitor, two hosts and two dates", "Brazilian Foreign Minister Marta Quintela visited Mozambique in January and will visit Angola in July.", [
        { visitor: "Marta Quintela", host_country: "MOZ", start_date: "2024-01", status: "occurred" },
        { visitor: "Marta Quintela", host_country: "AGO", start_date: "2024-07", status: "planned" }]],
      ["merge: a later surname mention keeps the country", "Brazil's Foreign Minister Marta Quintela spoke in Brasilia. Quintela flew to Luanda in May.", [
        { visitor: "Marta Quintela", visitor_country: "BRA", host_country: "AGO", start_date: "2024-05" }]],
    ])("%s", (_rule, text, expected) => {
      expectVisits(text, expected);
    });

    it("reads an agency dateline as the anchor (\"BRASILIA, May 4 (Reuters) -\")", () => {
      const text = "BRASILIA, May 4 (Reuters) - Brazil's Foreign Minister Marta Quintela will travel to Angola next month. Trade reached $2 billion in 2023.";
      const got = visits(text, anchorDateOf(text, null));
      expect(got).toMatchObject([{ visitor: "Marta Quintela", host_country: "AGO", start_date: "2024-06", status: "planned" }]);
    });
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
      ["Brazilian President Luiz Lima would visit Israel if a ceasefire held."],
      ["Mexican President Claudia Ruiz has no plans to visit Peru."],
      ["The government ruled out a visit to Taiwan by Japanese Prime Minister Taro Abe."],
      ["A planned trip to Washington by Brazilian President Luiz Lima was cancelled."],
      ["The visit by Brazilian President Luiz Lima to Ukraine has been postponed indefinitely."],
      ["The visit to Peru by Mexican President Ana Ruiz, planned for May, has been called off."],
      ["Polish President Jan Duda is considering a visit to Chile."],
      ["Argentina's Economy Minister Lucas Ferrante said he might travel to Beijing later in the year."],
      ["A return visit by the Qatari emir to Ghana is being discussed."],
      ["Japan welcomed the decision by Chinese President Li Wen to lift the ban."],
      ["Indian Prime Minister Rajiv Mehta visited Mumbai on Monday."],
      ["Trade Minister Claire Donovan said in Perth that exports rose."],
      ["A group of analysts said the visit to China was a success."],
      ["Hartanto's counterpart visited Surabaya in August."],
    ])("%s", (text) => {
      expect(visits(text)).toEqual([]);
    });
  });

  it("survives hostile input", () => {
    const text = "President Joe Biden visited " + "China, ".repeat(20_000) + "x".repeat(200_000);
    expect(() => visits(text)).not.toThrow();
  });
});
