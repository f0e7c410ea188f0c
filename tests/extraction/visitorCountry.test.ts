// A visitor whose country the text never ties to them: the same visitor's other
// visits, else the other country of an article about two. Invented passages.
import { describe, expect, it } from "vitest";
import type { VisitRecord } from "../../lambdas/core/schemas";
import { fillVisitorCountries, mainPair } from "../../lambdas/extraction/visits/visitorCountryRefiner";
import { contextOf } from "../helpers/articleContext";
import { visitsOf } from "../helpers/extractionExpect";

const CHILE_VIETNAM = [
  "Chile and Vietnam agreed on Monday to double trade by 2030.",
  "Vietnamese exporters want more Chilean wine buyers, and Chile wants Vietnamese coffee.",
  "Commerce Minister Ana Ruiz flew to Hanoi on Tuesday to open the talks.",
  "Vietnam's deputy trade minister will visit Santiago in August.",
].join(" ");

describe("mainPair()", () => {
  it("names the two countries an article names most", () => {
    expect(mainPair(contextOf(CHILE_VIETNAM))?.slice().sort()).toEqual(["CHL", "VNM"]);
  });

  it("names none when a third country is named as often as the second", () => {
    const text = "Chile signed deals with Peru and Japan. Chile, Peru and Japan will meet again. Chile's envoy spoke first.";
    expect(mainPair(contextOf(text))).toBeNull();
  });

  it("names none in an article about one country", () => {
    expect(mainPair(contextOf("Chile's president toured the north of Chile on Monday."))).toBeNull();
  });
});

describe("fillVisitorCountries()", () => {
  const record = (visitor: string, host: string, country: string | null) => ({ visitor, host_country: host, visitor_country: country }) as VisitRecord;

  it("takes the country of the same visitor's other visit first", () => {
    const filled = fillVisitorCountries([record("Ana Ruiz", "VNM", "CHL"), record("Ana Ruiz", "LAO", null)], ["VNM", "LAO"]);
    expect(filled.map((r) => r.visitor_country)).toEqual(["CHL", "CHL"]);
  });

  it("else gives a visit to one country of the pair the other one", () => {
    const filled = fillVisitorCountries([record("Ana Ruiz", "VNM", null), record("a trade mission", "CHL", null)], ["CHL", "VNM"]);
    expect(filled.map((r) => r.visitor_country)).toEqual(["CHL", "VNM"]);
  });

  it("leaves a visit to a third country, or with no pair, unknown", () => {
    expect(fillVisitorCountries([record("Ana Ruiz", "LAO", null)], ["CHL", "VNM"])[0]!.visitor_country).toBeNull();
    expect(fillVisitorCountries([record("Ana Ruiz", "VNM", null)], null)[0]!.visitor_country).toBeNull();
  });

  it("never overrides a country the text gives", () => {
    expect(fillVisitorCountries([record("Li Wei", "VNM", "CHN")], ["CHL", "VNM"])[0]!.visitor_country).toBe("CHN");
  });
});

describe("visitor countries in an article about two countries", () => {
  it("a minister of unsaid country flying to one of the pair is from the other", () => {
    const visits = visitsOf(CHILE_VIETNAM);
    expect(visits.map((v) => `${v.visitor} ${v.visitor_country}->${v.host_country}`)).toEqual([
      "Ana Ruiz CHL->VNM",
      "Vietnam's deputy trade minister VNM->CHL",
    ]);
  });
});
