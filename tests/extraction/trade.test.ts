import { describe, expect, it } from "vitest";
import type { ArticleContext } from "../../lambdas/extraction/context";
import { splitSentences } from "../../lambdas/extraction/sentences";
import { ANCHOR, expectTrade, tradeOf as trade, type ExpectedTrade } from "../helpers/extractionExpect";
import { extractTrade } from "../../lambdas/extraction/trade";
import { findFigures } from "../../lambdas/extraction/trade/figureParser";


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
    ["$15B", 15e9, "USD"],
    ["$2.5M", 2.5e6, "USD"],
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
  it.each<[string, ExpectedTrade[]]>([
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
    ["Laos has supplied Thailand with electricity and timber, according to U.S. officials.", [
      { country_a: "LAO", country_b: "THA", direction: "a_to_b", value: null, goods: /^electricity and timber$/, reported_by: "U.S. officials" }]],
    // A country's supplier role is a flow without a figure; a one-country total is no trade record.
    ["Kuwait is South Korea's third-largest crude supplier.", [
      { country_a: "KWT", country_b: "KOR", direction: "a_to_b", value: null, goods: /^crude$/ }]],
    ["Australia remains Japan's biggest supplier of liquefied natural gas.", [
      { country_a: "AUS", country_b: "JPN", direction: "a_to_b", value: null, goods: /^liquefied natural gas$/ }]],
    ["India is not Russia's main supplier of rice.", []],
    ["The Emirati official declined to comment on Iran's overall oil exports, which reached 1.7 million barrels a day last month.", []],
    // "traded goods worth": the two countries' trade, told with a verb.
    ["Kenya and Ethiopia traded goods worth $1.2 billion in 2023.", [
      { country_a: "KEN", country_b: "ETH", direction: "bilateral", value: 1.2e9 }]],
    ["The value of goods traded between Chile and Peru rose 8 percent in 2023.", [
      { country_a: "CHL", country_b: "PER", direction: "bilateral", value: 8, unit: "percent" }]],
    ["Shares of the Indian company traded at $12 in New York and London.", []],
    // Goods told in an aside after the flow noun; a bare "exports" names none.
    ["Kenyan exports to Ethiopia, mostly tea, cement and medicines, fell 12 percent in 2023.", [
      { country_a: "KEN", country_b: "ETH", value: 12, goods: /^tea, cement and medicines$/ }]],
    ["Exports from Peru to Bolivia, chiefly fuel and fertiliser, came to $300 million in 2023.", [
      { country_a: "PER", country_b: "BOL", value: 300e6, goods: /^fuel and fertiliser$/ }]],
    ["Exports from Peru to Bolivia, chiefly fuel, rose to $300 million in 2023.", [
      { country_a: "PER", country_b: "BOL", value: 300e6, goods: /^fuel$/ }]],
    // "puts … at": the subject states the figure (past any "-ly" adverb); the verb is no goods word. Bs, S/ are BOB, PEN.
    ["Bolivia's statistics institute separately puts imports from Peru at Bs 3,100 million last year.", [
      { country_a: "PER", country_b: "BOL", direction: "a_to_b", value: 3.1e9, unit: "BOB", goods: null, reported_by: "Bolivia's statistics institute" }]],
    ["Analysts peg Chinese exports to Laos at $3 billion in 2023.", [
      { country_a: "CHN", country_b: "LAO", value: 3e9, unit: "USD", reported_by: "Analysts" }]],
    ["Kenya put pressure on Uganda as exports to Uganda fell 5 percent in 2023.", [
      { country_a: "KEN", country_b: "UGA", value: 5, reported_by: null }]],
    ["Peru's exports to Bolivia reached S/ 4,200 million in 2023.", [
      { country_a: "PER", country_b: "BOL", value: 4.2e9, unit: "PEN" }]],
    // A currency sign with a period ends no sentence.
    ["India's exports to Nepal rose to Rs. 9.5 billion in 2023.", [
      { country_a: "IND", country_b: "NPL", value: 9.5e9 }]],
    // An aside set off by dashes; a change told after a long aside and a source still belongs to the flow.
    ["Malaysian exports to Vietnam — largely palm oil, rubber gloves and semiconductors — were worth RM 18 billion in the first half of 2024, according to the Department of Statistics Malaysia (DOSM), down 4 per cent from a year earlier.", [
      { country_a: "MYS", country_b: "VNM", direction: "a_to_b", value: 18e9, unit: "MYR", goods: /^palm oil, rubber gloves and semiconductors$/ },
      { country_a: "MYS", country_b: "VNM", direction: "a_to_b", value: 4, unit: "percent", change_direction: "decrease", goods: /^palm oil, rubber gloves and semiconductors$/ }]],
    ["Exports from Peru to Bolivia rose to $300 million in 2023.", [
      { country_a: "PER", country_b: "BOL", value: 300e6, goods: null }]],
    ["Salmon exports to Japan fell 9 percent in 2023, Norway's seafood council said.", [
      { country_a: "NOR", country_b: "JPN", value: 9, goods: /^Salmon exports$/ }]],
    ["Chilean wine sales to India came to 9,800 million pesos last year.", [
      { country_a: "CHL", country_b: "IND", value: 9.8e9, unit: "CLP" }]],
    ["India's exports to Sri Lanka reached 262 billion rupees in 2023.", [
      { country_a: "IND", country_b: "LKA", value: 262e9, unit: "INR" }]],
    ["Sri Lanka's exports to Britain reached Rs 262 billion in 2023.", [
      { country_a: "LKA", country_b: "GBR", value: 262e9, unit: "LKR" }]],
    // "shillings" and "dinars" are no one country's: the trading pair says whose, and without one of theirs they are no figure.
    ["Trade between Kenya and Ethiopia reached 18.4 billion shillings in 2023.", [
      { country_a: "KEN", country_b: "ETH", value: 18.4e9, unit: "KES" }]],
    ["Exports from Tunisia to Italy rose to 2.1 billion dinars in 2023.", [
      { country_a: "TUN", country_b: "ITA", value: 2.1e9, unit: "TND" }]],
    ["Trade between Ethiopia and Djibouti reached 18.4 billion shillings in 2023.", []],
    ["Jordanian exports to Iraq were worth JOD 620 million in 2023.", [
      { country_a: "JOR", country_b: "IRQ", value: 620e6, unit: "JOD" }]],
    ["Bilateral trade between Colombia and Ecuador fell 11% in 2023, Colombia's statistics agency DANE said.", [
      { country_a: "COL", country_b: "ECU", value: 11, unit: "percent" }]],
    ["Kenya's trade minister met Ethiopian officials in Nairobi. Total trade between the two countries reached $412 million in 2023.", [
      { country_a: "KEN", country_b: "ETH", direction: "bilateral", value: 412e6 }]],
    ["Kenya's trade minister met Ethiopian officials in Nairobi. Total trade reached $40 billion in 2023.", []],
    ["Senegalese exports to Mali reached 118 billion CFA francs in 2023.", [
      { country_a: "SEN", country_b: "MLI", value: 118e9, unit: "XOF" }]],
    ["N. Korea-China trade rose 11 pct in 2023.", [{ country_a: "PRK", country_b: "CHN", value: 11 }]],
    ["Kazakhstan's overall foreign trade reached $140 billion in 2023, and Azerbaijan's economy grew 2.2 percent.", []],
    ["Germany imports most of its natural gas from Norway.", [
      { country_a: "NOR", country_b: "DEU", direction: "a_to_b", value: null, goods: /^natural gas$/ }]],
    ["Germany's imports of natural gas from Norway are under review.", []],
    ["Peru's main exports to Chile are copper concentrate, fishmeal and grapes.", [
      { country_a: "PER", country_b: "CHL", direction: "a_to_b", value: null, goods: /^copper concentrate, fishmeal and grapes$/ }]],
    ["Ghana buys Nigerian natural gas through a pipeline.", [
      { country_a: "NGA", country_b: "GHA", direction: "a_to_b", value: null, goods: /^natural gas$/ }]],
    ["Peru, for its part, supplies the United States with avocados and blueberries.", [
      { country_a: "PER", country_b: "USA", direction: "a_to_b", value: null, goods: /^avocados and blueberries$/ }]],
    ["Peru mainly sells copper and zinc to China.", [
      { country_a: "PER", country_b: "CHN", direction: "a_to_b", value: null, goods: /^copper and zinc$/ }]],
    ["Japan has stopped buying Brazilian coffee from Vietnam.", []],
    // A country the goods pass through is no party: the exporter is the one the article named before, or none.
    ["Argentina's exports to Brazil rose 10 percent in 2023. Shipments of natural gas to Brazil, which run through Bolivian pipelines, doubled in 2023.", [
      { country_a: "ARG", country_b: "BRA", direction: "a_to_b", value: 10 },
      { country_a: "ARG", country_b: "BRA", direction: "a_to_b", value: 2, unit: "multiple", goods: /^natural gas$/ }]],
    ["Shipments of natural gas to Brazil, which run through Bolivian pipelines, doubled in 2023.", []],
    ["Exports to India via Singapore rose 5 percent in 2023, Malaysian officials said.", [
      { country_a: "MYS", country_b: "IND", direction: "a_to_b", value: 5 }]],
    // A second clause's "it" is the sentence's subject; "exports to B are led by / consist of / include" the goods.
    ["Peru mainly sells copper and zinc to Korea, while it buys cars, phones and machinery from Korea.", [
      { country_a: "PER", country_b: "KOR", direction: "a_to_b", value: null, goods: /^copper and zinc$/ },
      { country_a: "KOR", country_b: "PER", direction: "a_to_b", value: null, goods: /^cars, phones and machinery$/ }]],
    ["Vietnam's exports to Japan are led by textiles, seafood and wooden furniture.", [
      { country_a: "VNM", country_b: "JPN", direction: "a_to_b", value: null, goods: /^textiles, seafood and wooden furniture$/ }]],
    ["Ghana's exports to Togo consist mainly of cement and plastics.", [
      { country_a: "GHA", country_b: "TGO", direction: "a_to_b", value: null, goods: /^cement and plastics$/ }]],
    ["Ghana's exports to Togo were mostly lost in the flood.", []],
    // A list closed by "and" ends before a further ", and"; a leading "mainly" is no goods; PNG and NZ are countries.
    ["Japan supplies PNG with vehicles, machinery and steel pipe, and Japanese banks lend to it.", [
      { country_a: "JPN", country_b: "PNG", direction: "a_to_b", value: null, goods: /^vehicles, machinery and steel pipe$/ }]],
    ["Fiji ships mainly sugar and mineral water to NZ.", [
      { country_a: "FJI", country_b: "NZL", direction: "a_to_b", value: null, goods: /^sugar and mineral water$/ }]],
    // A buyer and a seller's name with no goods between them (found by the property test): no record, no crash.
    ["Russia imports China.", []],
    ["Kenya buys Ugandan.", []],
    // Reliance: the subject buys from the country it relies on, goods after "for" or opened by the seller's demonym.
    ["Morocco still relies on France for much of its soft wheat.", [
      { country_a: "FRA", country_b: "MAR", direction: "a_to_b", value: null, goods: /^soft wheat$/ }]],
    ["Qatar also relies on Pakistan for fresh fruit and vegetables, flown into Doha daily.", [
      { country_a: "PAK", country_b: "QAT", direction: "a_to_b", value: null, goods: /^fresh fruit and vegetables$/ }]],
    ["Iraq relies on Jordanian electricity for parts of its western provinces.", [
      { country_a: "JOR", country_b: "IRQ", direction: "a_to_b", value: null, goods: /^electricity$/ }]],
    ["Chile relies on Peru for its security.", []],
    // Group subjects of a demonym, verbs in the plural, "send back", a buyer a few words after the goods.
    ["Spanish firms ship fuel and textiles to Morocco, while Moroccan factories send back garments and vehicles.", [
      { country_a: "ESP", country_b: "MAR", direction: "a_to_b", value: null, goods: /^fuel and textiles$/ },
      { country_a: "MAR", country_b: "ESP", direction: "a_to_b", value: null, goods: /^garments and vehicles$/ }]],
    ["Argentina began sending natural gas from the Vaca Muerta formation to Brazil last year.", [
      { country_a: "ARG", country_b: "BRA", direction: "a_to_b", value: null, goods: /^natural gas$/ }]],
    ["Tonga, in turn, sells squash and vanilla to New Zealand.", [
      { country_a: "TON", country_b: "NZL", direction: "a_to_b", value: null, goods: /^squash and vanilla$/ }]],
    ["Turkey's trade deficit with Germany has soared from just $1bn in 2001-02 to more than $9bn last year, Turkish figures show.", [
      { country_a: "TUR", country_b: "DEU", value: 1e9, period_start: "2001", period_end: "2002", reported_by: "Turkish figures" },
      { country_a: "TUR", country_b: "DEU", value: 9e9, period_start: "2023-01", reported_by: "Turkish figures" }]],
    ["Norway and Sweden signed a pact. Bilateral trade is expected to reach a record $30bn by the end of this year.", [
      { country_a: "NOR", country_b: "SWE", value: 30e9, value_type: "level", period_start: "2024-01" }]],
    ["According to Meridian Wire, China-Nepal bilateral trade compared to the same months in 2023 showed a total decline reaching $30.8 million.", [
      { country_a: "CHN", country_b: "NPL", value: 30.8e6, value_type: "change", change_direction: "decrease", reported_by: "Meridian Wire", compared_to: "the same months in 2023" }]],
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

  describe("periods", () => {
    it.each<[string, ExpectedTrade[]]>([
      ["Exports from Chile to Peru rose 12 percent in the first quarter of 2025.", [
        { country_a: "CHL", country_b: "PER", value: 12, value_type: "change", change_direction: "increase", period_start: "2025-01", period_end: "2025-03" }]],
      ["Bilateral trade between Spain and Portugal reached €40bn in Q1.", [
        { country_a: "ESP", country_b: "PRT", value: 40e9, unit: "EUR", period_start: "2024-01", period_end: "2024-03" }]],
      ["Trade between Ghana and Togo rose 8 per cent in the first half.", [
        { country_a: "GHA", country_b: "TGO", value: 8, unit: "percent", period_start: "2024-01", period_end: "2024-06" }]],
      ["Trade between Chile and Bolivia fell 5 percent in January-March.", [
        { country_a: "CHL", country_b: "BOL", value: 5, change_direction: "decrease", period_start: "2024-01", period_end: "2024-03" }]],
      ["Egypt's imports from Sudan totalled $1.2 billion in January and February 2024.", [
        { country_a: "SDN", country_b: "EGY", direction: "a_to_b", value: 1.2e9, period_start: "2024-01", period_end: "2024-02" }]],
      ["Trade between Canada and Norway was C$3.1 billion in the 12 months to June.", [
        { country_a: "CAN", country_b: "NOR", value: 3.1e9, unit: "CAD", period_start: "2023-07", period_end: "2024-06" }]],
      ["India's exports to Nepal were worth USD 8 billion in fiscal 2023-24.", [
        { country_a: "IND", country_b: "NPL", value: 8e9, unit: "USD", period_start: "2023-04", period_end: "2024-03" }]],
      ["Sri Lanka's tea exports to Iran were $300 million in FY2024.", [
        { country_a: "LKA", country_b: "IRN", value: 300e6, period_start: "2024", period_end: "2024" }]],
      ["Trade between Fiji and Samoa rose 6 percent last year.", [
        { country_a: "FJI", country_b: "WSM", value: 6, period_start: "2023-01", period_end: "2023-12" }]],
      ["Thai rice shipments to Malaysia reached 80,000 tonnes last month.", [
        { country_a: "THA", country_b: "MYS", value: 80_000, unit: "tonnes", period_start: "2024-05", period_end: "2024-05" }]],
      ["Vietnam's exports to Cambodia reached $4 billion in 2023. Imports from Cambodia rose 12 percent, to $2 billion.", [
        { country_a: "VNM", country_b: "KHM", value: 4e9, period_start: "2023-01" },
        { country_a: "KHM", country_b: "VNM", value: 12, value_type: "change", period_start: "2023-01", period_end: "2023-12" },
        { country_a: "KHM", country_b: "VNM", value: 2e9, value_type: "level", period_start: "2023-01", period_end: "2023-12" }]],
      ["Trade between Kenya and Ethiopia reached $12 billion in 2023, up from $9.5 billion in 2020.", [
        { country_a: "KEN", country_b: "ETH", value: 12e9, value_type: "level", period_start: "2023-01" },
        { country_a: "KEN", country_b: "ETH", value: 9.5e9, value_type: "level", period_start: "2020-01" }]],
      ["Oman's trade surplus with Qatar narrowed to $1.4 billion in January from $1.9 billion a year earlier.", [
        { country_a: "OMN", country_b: "QAT", value: 1.4e9, period_start: "2024-01", period_end: "2024-01" },
        { country_a: "OMN", country_b: "QAT", value: 1.9e9, period_start: "2023-01", period_end: "2023-01" }]],
      ["Chile's exports to Japan fell 8 pct to 620 mln dlrs in January.", [
        { country_a: "CHL", country_b: "JPN", value: 8, value_type: "change", period_start: "2024-01" },
        { country_a: "CHL", country_b: "JPN", value: 620e6, value_type: "level", period_start: "2024-01" }]],
      ["Iceland's deficit with Denmark was $2 billion in March 2024 against $1.5 billion in the same months of 2023.", [
        { country_a: "ISL", country_b: "DNK", value: 2e9, period_start: "2024-03" },
        { country_a: "ISL", country_b: "DNK", value: 1.5e9, period_start: "2023-03", period_end: "2023-03" }]],
      ["Chile and the European Union aim to double trade to $20 billion by 2030.", [
        { country_a: "CHL", country_b: "EUU", value: 20e9, unit: "USD", value_type: "level", period_start: "2030-01" }]],
      ["Uruguay's exports to Paraguay rose 9 percent, the ministry said on Monday.", [
        { country_a: "URY", country_b: "PRY", value: 9, period_start: null, reported_by: "the ministry" }]],
    ])("%s", (text, expected) => {
      expectTrade(text, expected);
    });
  });

  describe("baselines, currencies, tonnes and flows", () => {
    it.each<[string, ExpectedTrade[]]>([
      ["Trade between Laos and Cambodia rose 9 percent year-on-year.", [{ value: 9, change_direction: "increase", compared_to: "year-on-year" }]],
      ["Exports from Oman to Qatar jumped 15 percent from a year earlier.", [{ country_a: "OMN", value: 15, compared_to: "a year earlier", period_start: null }]],
      ["South Korean exports to Chile rose 12.1% y/y in May.", [{ country_a: "KOR", value: 12.1, compared_to: "y/y", period_start: "2024-05" }]],
      ["Trade between France and Morocco hit €14bn in 2023.", [{ value: 14e9, unit: "EUR" }]],
      ["Britain's exports to Norway rose to £5.2bn in 2022.", [{ country_a: "GBR", value: 5.2e9, unit: "GBP", value_type: "level" }]],
      ["Japan's exports to Thailand totalled ¥3.1 trillion in 2023.", [{ value: 3.1e12, unit: "JPY" }]],
      ["Korea's imports from Japan fell to 5 trillion yen in 2023.", [{ country_a: "JPN", country_b: "KOR", value: 5e12, unit: "JPY" }]],
      ["Brazil's exports to Paraguay reached 12 billion reais in 2023.", [{ value: 12e9, unit: "BRL" }]],
      ["India's trade with Nepal stood at Rs 60,000 crore in 2022.", [{ country_a: "IND", country_b: "NPL", value: 6e11, unit: "INR" }]],
      ["Britain's trade deficit with Japan widened to 3.2 billion stg in 1986.", [{ value: 3.2e9, unit: "GBP" }]],
      ["Argentina shipped 2 million tonnes of wheat to Brazil in 2023.", [
        { country_a: "ARG", country_b: "BRA", direction: "a_to_b", value: 2e6, unit: "tonnes", goods: /wheat/ }]],
      ["Pakistan exported 820,000 metric tons of sesame seeds to China.", [
        { country_a: "PAK", country_b: "CHN", value: 820_000, unit: "tonnes", goods: /sesame seeds/ }]],
      ["Mexico imported $3bn of Canada's soybeans in 2023.", [{ country_a: "CAN", country_b: "MEX", direction: "a_to_b", value: 3e9, goods: /soybeans/ }]],
      ["Russia's exports to Turkey of wheat and sunflower oil rose 20 percent in 2023.", [
        { country_a: "RUS", country_b: "TUR", value: 20, goods: /wheat and sunflower oil/ }]],
      ["Azerbaijan's exports to Georgia of fuel also rose, by 20 percent.", [{ country_a: "AZE", value: 20, value_type: "change", change_direction: "increase" }]],
      ["Trade between Japan and the European Union rose 4 percent in 2023.", [{ country_a: "JPN", country_b: "EUU", value: 4 }]],
      ["Britain's exports to the EU fell 14 per cent, while imports from the bloc dropped to £41bn.", [
        { country_a: "GBR", country_b: "EUU", value: 14 },
        { country_a: "EUU", country_b: "GBR", value: 41e9, unit: "GBP" }]],
      ["The U.S. deficit with Vietnam widened to $104 billion in 2023. The deficit with Malaysia was $27 billion.", [
        { country_a: "USA", country_b: "VNM", value: 104e9 },
        { country_a: "USA", country_b: "MYS", value: 27e9 }]],
      ["U.S. imports from Mexico climbed to $236 billion. Imports from China were $104 billion.", [
        { country_a: "MEX", country_b: "USA", value: 236e9 },
        { country_a: "CHN", country_b: "USA", value: 104e9 }]],
      ["Trade between Chile and Peru grew by an increase of 21.3 per cent or $3.1 billion in 2023.", [
        { value: 21.3, value_type: "change" },
        { value: 3.1e9, value_type: "change", change_direction: "increase" }]],
      ["Trade between Bhutan and Nepal hit $1 billion. Trade between Bhutan and Nepal hit $1 billion in 2023.", [
        { country_a: "BTN", country_b: "NPL", value: 1e9, period_start: "2023-01" }]],
      ["Chile, Peru trade crosses $85 billion\n\nTrade between Chile and Peru rose to $84.5 billion in 2023.", [
        { country_a: "CHL", country_b: "PER", value: 84.5e9, period_start: "2023-01" }]],
      ["Exports from Chile to Peru jumped 52.5 percent on the year.", [{ value: 52.5, compared_to: "the year" }]],
      ["Trade between Chile and Peru reached $9 billion, the ministry said. The list includes $2 billion of copper exports to Peru.", [
        { value: 9e9, reported_by: "the ministry" },
        { country_a: "CHL", country_b: "PER", value: 2e9, reported_by: "the ministry" }]],
      ["Analysts who follow the market say Chile's exports to Peru could reach $30 billion.", [{ value: 30e9, reported_by: "Analysts" }]],
      ["The United States had a $5 billion trade deficit with Chile in 2023.", [{ country_a: "USA", country_b: "CHL", value: 5e9, reported_by: null }]],
      ["Trade between Chile and Peru rose 5 percent. Chile's total foreign trade fell 0.3 percent, and its surplus with the world narrowed to $6 billion.", [
        { country_a: "CHL", country_b: "PER", value: 5 }]],
    ])("%s", (text, expected) => {
      expectTrade(text, expected);
    });
  });

  it("attributes a figure inside a quote to its speaker", () => {
    const text = "Okafor noted that “trade turnover between Russia and Mongolia increased 9-fold” in 2023.";
    const start = text.indexOf("trade turnover"), end = text.indexOf("”");
    const quote = { id: "q", article_id: "0123456789abcdef", text: text.slice(start, end), speaker: "Amara Okafor", speaker_type: "person" as const, speaker_role: null, speaker_country: "RUS", via: null, sentence: text, char_start: start, char_end: end, confidence: 0.9 };
    const ctx: ArticleContext = { articleId: "0123456789abcdef", text, sentences: splitSentences(text), anchorDate: ANCHOR };
    expect(extractTrade(ctx, [quote])[0]).toMatchObject({ reported_by: "Amara Okafor", value: 9 });
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
      ["Canada's budget deficit with Mexico's help fell to $5 billion."],
      ["Australia's budget deficit is forecast at A$36.9 billion, trade officials in Canberra and Jakarta said."],
      ["Chile's current account deficit with Peru narrowed to $2 billion."],
      ["Austria pledged to invest $10 billion in Hungarian ports."],
      ["The EU will impose tariffs of up to 38.1 percent on Chinese electric vehicles."],
      ["Total Chinese exports fell 4 percent, and Mexico's economy grew 3.6 percent."],
      ["Taiwan's foreign exchange reserves rose to 51 billion dlrs. Taiwan's exports to all markets rose 38 pct."],
      ["Norway's GDP grew 2.5 pct in 1986, while Sweden's grew 2 pct."],
      ["The government of Peru plans to spend 50 billion reais on roads near the border with Brazil."],
      ["Germany's sovereign fund holds a 5 percent stake in a French carmaker."],
      ["China emitted 11 billion tonnes of carbon dioxide, more than India and the United States combined."],
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
