// Builds data/gazetteer/regions.json: first-level administrative regions
// (provinces, states, prefectures, oblasts, krais, governorates, aimags…) by
// ISO3 country, from the iso3166-2-db package (MIT, ISO 3166-2 names in
// English), for lambdas/extraction/visits/regions.ts. The package is 283 MB,
// so it stays out of package.json. Run:
//   npm install --no-save iso3166-2-db@2.3.11 && npx tsx scripts/buildRegions.ts
//
// Names are kept in their usual English short form: a type word ("Yunnan",
// not "Yunnan Province"; "Orenburg Oblast", "Krasnodar Krai", "Ogun State",
// "Region of Murcia", "Canton of Geneva") is stripped when what is left still
// names the place, that is when it is not only compass or generic words
// ("Central Region", "Upper West Region", "Free State" stay out).
// Left out: countries whose list is mostly municipalities, districts or
// parishes (second-level units: Slovenia, Latvia…), and entries of those types;
// names that are country names ("Georgia", "Niger State"); names that regions
// of different countries share ("Punjab", "Amazonas"); names under four
// letters; and EXCLUDED, names news uses for people, peoples or common words
// ("Mary", "Chin", "Delta", "Miranda", "Gulf"), or for a wider area than the
// region or another country's region too ("Sahel", "Balkan", "Kurdistan", "Jura").
// The type words and regional offices the matcher reads are written here too,
// so the words stripped are the words matched.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { countryByName } from "../lambdas/extraction/countries";

const SOURCE = path.resolve(__dirname, "../node_modules/iso3166-2-db/i18n/en.json");
const FILE = path.resolve(__dirname, "../data/gazetteer/regions.json");

/** Type words a region's name may carry, longest first; also the words that make a phrase administrative. */
const TYPES = ["Autonomous Region", "Autonomous Okrug", "Autonomous Oblast", "Special Region", "Autonomous Republic", "Province", "Prefecture", "Region", "Oblast", "Krai", "Governorate", "State", "County", "Voivodeship", "Department", "Republic", "Canton", "Aimag", "Emirate"];
/** Offices of a region ("the governor of Yunnan", "Saxony's state premier"): they name a visitor, never a place. */
const OFFICES = ["governor", "vice governor", "vice-governor", "deputy governor", "lieutenant governor", "premier", "chief minister", "minister-president", "minister president", "first minister", "party secretary", "party chief"];
/** Types of second-level units: entries of these types, and countries listing mostly them, are left out. */
const LOCAL = /\b(?:Municipality|municipality|District|Division|Parish|Atoll|Quarter|Corporation|City|Island|Islands)$|^(?:City\s+)?Municipality\s+of\b/u;
/** Words that alone name no place: a region called only by them is left out. */
const GENERIC = new Set("North South East West Central Centre Center Northern Southern Eastern Western Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower Greater Inner Outer Capital Federal Free Far Mid Middle Metropolitan National Littoral Oriental Coast Coastal".split(" "));
const EXCLUDED = new Set(
  ("Delta|Jewish|Somali|Chin|Pest|Mary|Batman|Balkan|Kurdistan|Meta|Mara|Lara|Miranda|Trujillo|Vargas|Cesar|Guerrero|Hidalgo|" +
    "Magdalena|Formosa|Santander|Sucre|Bolivar|Bolívar|Michael|Patrick|Paul|Nelson|Douglas|Hamilton|Carolina|Isabel|Isabela|Diana|Herrera|" +
    "Fontana|Rivera|Salinas|Arroyo|Peel|Ramsey|Bride|Andreas|Santon|Southampton|Warwick|Flores|Alba|Lori|Granada|" +
    "Red Sea|Lagoons|Lakes|Mountains|Highlands|Savanes|Plateaux|Maritime|Colón|Colon|Forest|Pool|Cascade|Cascades|Gulf|Trinity|Castel|Vale|Valle|" +
    "Dorado|Colonia|Independencia|Mono|Sava|Saba|Sada|Kara|Sila|Midlands|Sahel|Cordillera|Jura|Limburg|Gaza").split("|"),
);

const TYPE_SUFFIX = new RegExp(`\\s+(?:${TYPES.join("|")})$`, "iu");
const TYPE_PREFIX = new RegExp(`^(?:${TYPES.join("|")})\\s+of\\s+(?:the\\s+)?`, "iu");

/** The usual short form: the type word stripped, unless only generic words would be left. */
function shortForm(name: string): string {
  const short = name.replace(TYPE_PREFIX, "").replace(TYPE_SUFFIX, "");
  return short.split(/\s+/u).every((w) => GENERIC.has(w)) ? name : short;
}

function isKept(name: string): boolean {
  const words = name.split(/\s+/u);
  return name.replace(/[^\p{L}]/gu, "").length >= 4 && !words.every((w) => GENERIC.has(w)) && !EXCLUDED.has(name) && !countryByName(name) && !TYPE_SUFFIX.test(name);
}

const source: Record<string, { iso3: string; regions: { name: string }[] }> = JSON.parse(readFileSync(SOURCE, "utf8"));
const countriesOf = new Map<string, Set<string>>();
const localLists: string[] = [];
for (const { iso3, regions } of Object.values(source)) {
  const local = regions.filter((r) => LOCAL.test(r.name)).length;
  if (local * 2 > regions.length) {
    localLists.push(iso3);
    continue;
  }
  for (const r of regions) {
    if (LOCAL.test(r.name)) continue;
    const name = shortForm(r.name.trim());
    if (isKept(name)) countriesOf.set(name, (countriesOf.get(name) ?? new Set()).add(iso3));
  }
}

const byCountry = new Map<string, string[]>();
const shared: string[] = [];
for (const [name, iso3s] of countriesOf) {
  if (iso3s.size > 1) shared.push(name);
  else {
    const [iso3] = iso3s;
    byCountry.set(iso3!, [...(byCountry.get(iso3!) ?? []), name]);
  }
}

const countries = Object.fromEntries([...byCountry].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, names]) => [k, names.sort()]));
const total = Object.values(countries).reduce((n, names) => n + names.length, 0);
const about =
  "First-level administrative regions by ISO3 country, in their usual English short form ('Yunnan', 'Orenburg', 'Ogun'), from ISO 3166-2 " +
  "(iso3166-2-db package, MIT), built by scripts/buildRegions.ts (which says what it leaves out). 'types' make a phrase administrative " +
  "('Yunnan province', 'the state of Bavaria'); 'offices' are a region's offices ('the governor of Yunnan', 'Saxony's state premier'). " +
  "A region name counts only inside such a phrase: names alone collide with people and cities.";
const types = TYPES.map((t) => t.toLowerCase());
writeFileSync(
  FILE,
  `{\n "_about": ${JSON.stringify(about)},\n "types": ${JSON.stringify(types)},\n "offices": ${JSON.stringify(OFFICES)},\n "countries": {\n` +
    `${Object.entries(countries).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n")}\n }\n}\n`,
);
console.log(`${total} regions in ${byCountry.size} countries; shared names left out: ${shared.sort().join(", ")}; local lists left out: ${localLists.join(" ")}`);
