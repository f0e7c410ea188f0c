import { describe, expect, it } from "vitest";
import gazetteer from "../../data/gazetteer/countries.json";
import codes from "../../data/gazetteer/iso3-codes.json";
import cities from "../../data/gazetteer/cities.json";
import { countriesIn, countryByName, countryName, findCountries } from "../../lambdas/extraction/countries";
import { splitSentences } from "../../lambdas/extraction/sentences";

const VALID = new Set([...codes.iso3166Alpha3, ...codes.extra]);
const found = (text: string) => findCountries(text).map((m) => `${m.surface}=${m.iso3}`);

describe("Data: countries.json", () => {
  it("maps every entry to a valid ISO 3166-1 alpha-3 code (or EUU/XKX)", () => {
    const bad = gazetteer.countries.filter((c) => !VALID.has(c.iso3)).map((c) => c.iso3);
    expect(bad).toEqual([]);
  });
  it("covers the 193 UN member states plus TWN, HKG, MAC, XKX, PSE, VAT and EUU", () => {
    const iso = new Set(gazetteer.countries.map((c) => c.iso3));
    expect(iso.size).toBe(200);
    for (const extra of ["TWN", "HKG", "MAC", "XKX", "PSE", "VAT", "EUU"]) expect(iso.has(extra)).toBe(true);
  });
  it("finds every alias it lists, mapped to its own entry", () => {
    const wrong: string[] = [];
    for (const c of gazetteer.countries) {
      for (const alias of [...c.names, ...c.short, ...c.demonyms, ...c.capitals, ...c.historical]) {
        const text = gazetteer.prefixOnly.includes(alias) ? `${alias}-x ties` : `ties with ${alias} grew`;
        const hits = findCountries(text);
        if (hits.length !== 1 || hits[0]?.iso3 !== c.iso3 || hits[0]?.surface !== alias) wrong.push(`${alias}→${JSON.stringify(hits)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it("lists only valid codes in the city gazetteer", () => {
    expect(cities.cities.filter((c) => !VALID.has(c.iso3)).map((c) => c.name)).toEqual([]);
  });
});

describe("Function: findCountries()", () => {
  it.each([
    ["North Korea signed a treaty with Russia.", ["North Korea=PRK", "Russia=RUS"]],
    ["South Korea's foreign minister met the DPRK envoy.", ["South Korea=KOR", "DPRK=PRK"]],
    ["North Korea-Russia relations and China-North Korea trade.", ["North Korea=PRK", "Russia=RUS", "China=CHN", "North Korea=PRK"]],
    ["The U.S.-China talks resumed; the US and the UK agreed.", ["U.S.=USA", "China=CHN", "US=USA", "UK=GBR"]],
    ["Let us talk about it, she told us.", []],
    ["Prices of US$30 million were quoted.", []],
    ["Moscow and Pyongyang, Seoul and Washington, Beijing and Peking.", ["Moscow=RUS", "Pyongyang=PRK", "Seoul=KOR", "Washington=USA", "Beijing=CHN", "Peking=CHN"]],
    ["Chinese, Russian, North Korean, South Korean and American officials.", ["Chinese=CHN", "Russian=RUS", "North Korean=PRK", "South Korean=KOR", "American=USA"]],
    ["The Soviet Union, the USSR and Burma no longer exist.", ["Soviet Union=RUS", "USSR=RUS", "Burma=MMR"]],
    ["Guinea-Bissau, Papua New Guinea, Equatorial Guinea and Guinea.", ["Guinea-Bissau=GNB", "Papua New Guinea=PNG", "Equatorial Guinea=GNQ", "Guinea=GIN"]],
    ["Niger and Nigeria share a border.", ["Niger=NER", "Nigeria=NGA"]],
    ["Exports to Côte d’Ivoire rose.", ["Côte d’Ivoire=CIV"]],
    ["The Democratic People’s Republic of Korea said.", ["Democratic People’s Republic of Korea=PRK"]],
    ["Michael Jordan visited Jordan on Monday.", ["Jordan=JOR"]],
    ["Chad Smith, a drummer, flew to Chad.", ["Chad=TCD"]],
    ["They ate turkey in Turkey.", ["Turkey=TUR"]],
    ["The Washington Post reported from Georgia.", ["Georgia=GEO"]],
    ["Latin America and South America buy from the European Union and the EU.", ["European Union=EUU", "EU=EUU"]],
    ["Ships crossed the South China Sea and the Korean Peninsula.", []],
    ["SEOUL UNVEILS SHOPPING LIST OF U.S. GOODS", ["SEOUL=KOR", "U.S.=USA"]],
    ["Sino-Soviet ties; a Sino scholar.", ["Sino=CHN", "Soviet=RUS"]],
    ["Taiwan, Hong Kong, Macau, Kosovo and Palestine.", ["Taiwan=TWN", "Hong Kong=HKG", "Macau=MAC", "Kosovo=XKX", "Palestine=PSE"]],
    ["Officials in New Delhi and Delhi met Tokyo's envoy.", ["New Delhi=IND", "Delhi=IND", "Tokyo=JPN"]],
    ["The UAE and Saudi Arabia and the Saudis.", ["UAE=ARE", "Saudi Arabia=SAU", "Saudis=SAU"]],
    // Aliases of two characters, or ending the text, have no third character to compare first.
    ["Exports went to the US", ["US=USA"]],
    ["UK", ["UK=GBR"]],
    ["Trade with Peru", ["Peru=PER"]],
    ["Goods from mainland China and MAINLAND CHINA reached the market.", ["mainland China=CHN", "MAINLAND CHINA=CHN"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("shifts offsets by the given base and keeps spans grounded", () => {
    const text = "Trade between India and China grew.";
    for (const m of findCountries(text, 100)) expect(text.slice(m.start - 100, m.end - 100)).toBe(m.surface);
  });

  it("stays linear on huge input without boundaries", () => {
    const text = "9".repeat(200_000) + "x".repeat(500_000) + " Russia";
    const t0 = Date.now();
    expect(found(text)).toEqual(["Russia=RUS"]);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe("Function: countryByName()", () => {
  it.each([
    ["Russia's", "RUS"],
    ["north korean", "PRK"],
    ["Pyongyang", "PRK"],
    ["U.S.", "USA"],
    ["Atlantis", null],
  ])("%s → %s", (name, iso3) => {
    expect(countryByName(name)).toBe(iso3);
  });
  it("names a code", () => {
    expect(countryName("PRK")).toBe("North Korea");
  });
});

describe("countriesIn: a sentence read in its article", () => {
  it("finds what the sentence's own text yields, with the neighbours' words out of reach", () => {
    const text = "Officials met Michael. Jordan signed. Talks with Sino. Russo-Japanese ties held. Visitors saw Chad Smith in Chad.\nFrance agreed";
    for (const sentence of splitSentences(text)) {
      expect(countriesIn({ ...sentence }, text)).toEqual(findCountries(sentence.text, sentence.start));
    }
  });
});
