// First-level regions give a visitor's or a place's country, but only inside an
// administrative phrase ("Hubei province", "the governor of Saxony"): a region
// name alone is as often a person or a city. Invented passages.
import { describe, expect, it } from "vitest";
import { regionOfVisitor, regionPlaces } from "../../lambdas/extraction/visits/regions";
import { visitsOf } from "../helpers/extractionExpect";

const visits = (text: string) => visitsOf(text).map((v) => `${v.visitor} ${v.visitor_country}->${v.host_country} ${v.place}`);

describe("regionPlaces()", () => {
  it.each([
    ["the mission toured Hubei province", "Hubei", "CHN"],
    ["officials from the Tver Oblast", "Tver", "RUS"],
    ["a factory in Kaduna State", "Kaduna", "NGA"],
    ["the Shizuoka Prefecture office", "Shizuoka", "JPN"],
    ["a tour of the province of Balochistan.", "Balochistan", "PAK"],
    ["talks in the state of Jalisco", "Jalisco", "MEX"],
    ["the Republic of Bashkortostan", "Bashkortostan", "RUS"],
    ["the Primorsky Krai coast", "Primorsky", "RUS"],
  ])("finds the region in %j", (text, name, iso3) => {
    expect(regionPlaces(text).map((r) => [text.slice(r.start, r.start + name.length), r.name, r.iso3])).toEqual([[name, name, iso3]]);
  });

  it("spans the type word after the name, not before it", () => {
    const text = "visited Hubei province and the province of Hainan";
    expect(regionPlaces(text).map((r) => text.slice(r.start, r.end))).toEqual(["Hubei province", "Hainan"]);
  });

  it("reads a region whose name holds another country's name as the region", () => {
    expect(regionPlaces("the Inner Mongolia Autonomous Region")[0]).toMatchObject({ name: "Inner Mongolia", iso3: "CHN" });
  });

  it.each([
    "Victoria said she would fly to Perth.",
    "Washington's trade envoy met them.",
    "Georgia's president arrived.",
    "the Mekong Delta region",
    "Saxony's state media reported it.",
    "a rice farm in the Punjab region",
  ])("finds none in %j", (text) => {
    expect(regionPlaces(text)).toEqual([]);
  });
});

describe("regionOfVisitor()", () => {
  it.each([
    ["the governor of Hubei", "CHN"],
    ["the Governor of the Tver Region", "RUS"],
    ["Kaduna State Governor", "NGA"],
    ["Thuringia's state premier", "DEU"],
    ["the Manitoba premier", "CAN"],
    ["the chief minister of Kerala", "IND"],
    ["officials of Jilin province", "CHN"],
    ["a Hunan provincial party secretary", "CHN"],
  ])("gives %j its region's country", (phrase, iso3) => {
    expect(regionOfVisitor(phrase)?.iso3).toBe(iso3);
  });

  it.each(["Victoria", "Washington's trade envoy", "Georgia's president", "the governor of the central bank", "the Chinese premier"])("gives %j none", (phrase) => {
    expect(regionOfVisitor(phrase)).toBeNull();
  });
});

describe("visits of regional officials and to regions", () => {
  it("makes an office of a region a visitor of its country", () => {
    expect(visits("In March, the governor of Hubei province led a 60-member trade delegation to Vientiane.")).toEqual(["governor of Hubei province CHN->LAO Vientiane"]);
    expect(visits("The Kaduna State Governor visited Accra on Monday.")).toEqual(["Kaduna State Governor NGA->GHA Accra"]);
    expect(visits("Thuringia's state premier travelled to Prague last week.")).toEqual(["Thuringia's state premier DEU->CZE Prague"]);
    expect(visits("The premier of Manitoba flew to Seoul in April.")).toEqual(["premier of Manitoba CAN->KOR Seoul"]);
  });

  it("makes a named regional office-holder a person of the region's country", () => {
    expect(visits("Kaduna State Governor Musa Bello visited Accra on Monday.")).toEqual(["Musa Bello NGA->GHA Accra"]);
    expect(visits("Jalisco Governor Ana Ruiz arrived in Madrid on Monday.")).toEqual(["Ana Ruiz MEX->ESP Madrid"]);
  });

  it("makes a group of a region a visitor of its country", () => {
    expect(visits("Officials of Jilin province visited Vladivostok in May.")).toEqual(["Officials of Jilin province CHN->RUS Vladivostok"]);
    expect(visits("A delegation from the Tver Region arrived in Minsk on Tuesday.")).toEqual(["delegation from the Tver Region RUS->BLR Minsk"]);
  });

  it("keeps the region's country when its name holds another country's", () => {
    expect(visits("Officials of the Inner Mongolia Autonomous Region visited Ulaanbaatar.")).toEqual(["Officials of the Inner Mongolia Autonomous Region CHN->MNG Ulaanbaatar"]);
  });

  it("makes a region in an administrative phrase the host, with the region as the place", () => {
    expect(visits("Vietnamese officials visited Hubei province in March.")).toEqual(["Vietnamese officials VNM->CHN Hubei"]);
    expect(visits("The Thai trade minister toured the province of Balochistan on Friday.")).toEqual(["Thai trade minister THA->PAK Balochistan"]);
    // "the state of", "the prefecture of" lead to the place as "the province of" does.
    expect(visits("The Thai trade minister toured the state of Jalisco on Friday.")).toEqual(["Thai trade minister THA->MEX Jalisco"]);
  });

  it("keeps a region name alone, and a country that names a region elsewhere, as before", () => {
    expect(visits("Victoria said she would visit Paris.")).toEqual([]);
    expect(visits("Georgia's president visited Baku.")).toEqual(["Georgia's president GEO->AZE Baku"]);
    expect(visits("The Thai trade minister visited the Mekong Delta region.")).toEqual([]);
  });
});
