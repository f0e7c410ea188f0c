import { describe, expect, it } from "vitest";
import { findPeople } from "../../lambdas/extraction/people";
import { contextOf } from "../helpers/articleContext";

const people = (text: string) => findPeople(contextOf(text)).map((p) => ({ surface: p.surface, name: p.name, role: p.role, country: p.country }));

describe("Function: findPeople()", () => {
  it.each<[string, string, { surface: string; name: string; role?: string | null; country?: string | null }[]]>([
    ["country adjective and title", "Brazilian President Ana Souza arrived in Lisbon.", [{ surface: "Ana Souza", name: "Ana Souza", role: "Brazilian President", country: "BRA" }]],
    ["Secretary of State", "U.S. Secretary of State Mark Delaney flew to Tokyo.", [{ surface: "Mark Delaney", name: "Mark Delaney", role: "U.S. Secretary of State", country: "USA" }]],
    ["Prime Minister without country", "Prime Minister Rosa Vega resigned.", [{ surface: "Rosa Vega", name: "Rosa Vega", role: "Prime Minister", country: null }]],
    // Words before a title qualify it: a place or an institution, not the first name.
    // An Arabic article or kinship word joined to a name is part of it, and a later mention by it is the same person.
    ["joined particle in a name", "Egyptian Trade Minister Samir el-Masri arrived. Later, el-Masri spoke.", [
      { surface: "Samir el-Masri", name: "Samir el-Masri", role: "Egyptian Trade Minister", country: "EGY" },
      { surface: "el-Masri", name: "Samir el-Masri", country: "EGY" }]],
    // "led by" with a few words of role between it and the name is evidence of a person.
    ["led by a role and a name", "A delegation of traders, led by chamber board member Omar Haddad, arrived.", [{ surface: "Omar Haddad", name: "Omar Haddad" }]],
    ["joined particle after a first name", "Saudi Energy Minister Faisal bin-Nasser said output would rise.", [{ surface: "Faisal bin-Nasser", name: "Faisal bin-Nasser", country: "SAU" }]],
    // Formal titles with "for" and "of": the portfolio, and a country after "of", belong to the title; a country after "for" is its brief.
    ["Minister for a portfolio", "Minister for Trade Ana Ruiz arrived.", [{ surface: "Ana Ruiz", name: "Ana Ruiz", role: "Minister for Trade", country: null }]],
    ["portfolio, then of a country", "Minister of Foreign Affairs of Ukraine Olena Koval arrived.", [{ surface: "Olena Koval", name: "Olena Koval", role: "Minister of Foreign Affairs of Ukraine", country: "UKR" }]],
    ["Secretary of State for a portfolio", "Secretary of State for Trade Lucía Ortega arrived.", [{ surface: "Lucía Ortega", name: "Lucía Ortega", role: "Secretary of State for Trade" }]],
    ["a country as the brief", "Special Representative for North Korea Laura Whitfield arrived.", [{ surface: "Laura Whitfield", name: "Laura Whitfield", role: "Special Representative for North Korea", country: null }]],
    ["place before a title", "Lagos Governor Ade Bello arrived.", [{ surface: "Ade Bello", name: "Ade Bello", role: "Lagos Governor" }]],
    ["institution before a title", "Central Bank Governor Rosa Vega said rates would hold.", [{ surface: "Rosa Vega", name: "Rosa Vega", role: "Central Bank Governor", country: null }]],
    ["region and type word before a title", "Kaduna State Governor Musa Bello spoke.", [{ surface: "Musa Bello", name: "Musa Bello", role: "Kaduna State Governor" }]],
    // An apposition opened by a capitalised title, with commas of its own.
    ["name, capitalised title", "Lena Park, Vice Minister of Trade, Industry and Energy, signed the deal.", [{ surface: "Lena Park", name: "Lena Park", role: "Vice Minister of Trade" }]],
    ["possessive country and lower-case role", "Japan's foreign minister Kenji Arai spoke first.", [{ surface: "Kenji Arai", name: "Kenji Arai", role: "Japan's foreign minister", country: "JPN" }]],
    ["honorific alone", "Mr. Okonkwo declined to comment.", [{ surface: "Okonkwo", name: "Okonkwo" }]],
    ["surname resolved to the full name", "Chancellor Petra Lindqvist met donors. Lindqvist later left.", [
      { surface: "Petra Lindqvist", name: "Petra Lindqvist", role: "Chancellor" },
      { surface: "Lindqvist", name: "Petra Lindqvist", role: "Chancellor" },
    ]],
    ["honorific mention resolved", "Finance Minister Omar Haddad spoke. Mr. Haddad was brief.", [
      { surface: "Omar Haddad", name: "Omar Haddad", role: "Finance Minister" },
      { surface: "Haddad", name: "Omar Haddad" },
    ]],
    ["apposition is evidence and role", "Lena Brandt, a senior analyst at a Berlin bank, disagreed.", [{ surface: "Lena Brandt", name: "Lena Brandt", role: "senior analyst at a Berlin bank" }]],
    ["name followed by a reporting verb", "Tomas Herrera said the plan was dead.", [{ surface: "Tomas Herrera", name: "Tomas Herrera" }]],
    ["East Asian surname first", "North Korean leader Kim Jong Un inspected a factory. Kim smiled.", [
      { surface: "Kim Jong Un", name: "Kim Jong Un", role: "North Korean leader", country: "PRK" },
      { surface: "Kim", name: "Kim Jong Un" },
    ]],
    ["pronoun He is not a surname", "Premier Wei Ling spoke. He said little.", [{ surface: "Wei Ling", name: "Wei Ling", role: "Premier" }]],
    ["organisations are not people", "The Federal Reserve Bank raised rates. General Motors cut jobs.", []],
    ["countries are not people", "China and Russia signed a pact in Moscow.", []],
    ["an adjective 'official' is no title", "The official Xinhua news agency said so.", []],
    ["country possessive, portfolio and title", "Angola's Oil Minister Teo Mbemba met reporters.", [{ surface: "Teo Mbemba", name: "Teo Mbemba", role: "Angola's Oil Minister", country: "AGO" }]],
    ["Minister of a portfolio joined by and", "Minister of International Trade and Industry Rahimah Yusof led the mission.", [{ surface: "Rahimah Yusof", name: "Rahimah Yusof", role: "Minister of International Trade and Industry" }]],
    ["country possessive and Minister of", "India's Minister of Petroleum and Natural Gas Ananya Rao spoke.", [{ surface: "Ananya Rao", name: "Ananya Rao", role: "India's Minister of Petroleum and Natural Gas", country: "IND" }]],
    ["apposition with a country possessive", "“It went well,” said Han Soo-jin, South Korea's deputy trade minister.", [{ surface: "Han Soo-jin", name: "Han Soo-jin", role: "South Korea's deputy trade minister", country: "KOR" }]],
    ["an apposition ending in who", "Adaeze Okonkwo, a Nigerian-born consultant who advises Luanda, spoke.", [{ surface: "Adaeze Okonkwo", name: "Adaeze Okonkwo", role: "Nigerian-born consultant" }]],
    ["a long description before the name", "The United Arab Emirates' Minister of State for Foreign Trade, Layla Qassimi, spoke.", [{ surface: "Layla Qassimi", name: "Layla Qassimi", role: "United Arab Emirates' Minister of State for Foreign Trade" }]],
    ["particles stay in the name as written", "President Ursula von der Leyen spoke. Von der Leyen left.", [
      { surface: "Ursula von der Leyen", name: "Ursula von der Leyen", role: "President" },
      { surface: "Von der Leyen", name: "Ursula von der Leyen" },
    ]],
    ["an Arabic name with bin", "Crown Prince Salman bin Hamad met bankers.", [{ surface: "Salman bin Hamad", name: "Salman bin Hamad", role: "Crown Prince" }]],
    ["an initial keeps its period", "Foreign Minister S. Jaishankar landed.", [{ surface: "S. Jaishankar", name: "S. Jaishankar", role: "Foreign Minister" }]],
    ["a country after the name with of", "Prime Minister Tomas Varga of Hungary arrived.", [{ surface: "Tomas Varga", name: "Tomas Varga", role: "Prime Minister", country: "HUN" }]],
    ["a country in the role with of", "The President of Chile Elena Ruiz spoke.", [{ surface: "Elena Ruiz", name: "Elena Ruiz", country: "CHL" }]],
    // A relative "who" follows only a person; a clause before a name is no description of it.
    ["an untitled name before \", who\"", "Halvard Lien, who died in Bergen, liked to travel.", [{ surface: "Halvard Lien", name: "Halvard Lien", role: null }]],
    ["a \"When\" clause before a name is no role", "Chancellor Petra Lindqvist met donors. When Chile's foreign minister visited Oslo, Lindqvist was there.", [
      { surface: "Petra Lindqvist", name: "Petra Lindqvist", role: "Chancellor" },
      { surface: "Lindqvist", name: "Petra Lindqvist", role: "Chancellor", country: null },
    ]],
    ["the nearest determiner opens a description before a name", "The delegation was led by its director of business development, Mariana Quadros.", [
      { surface: "Mariana Quadros", name: "Mariana Quadros", role: "its director of business development" }]],
    ["a title's complement is no name", "The Governor of Okinawa Prefecture traveled to Cebu.", []],
    ["an untitled name that attends", "Ramon Ibanez Correa attended the fair in Trondheim.", [{ surface: "Ramon Ibanez Correa", name: "Ramon Ibanez Correa" }]],
    ["a name without evidence, confirmed by a later mention, is a person from its first mention", "Lucia Fernandez, on her third trip abroad this year, met the governor. Fernandez told reporters the talks went well.", [
      { surface: "Lucia Fernandez", name: "Lucia Fernandez", role: null },
      { surface: "Fernandez", name: "Lucia Fernandez" },
    ]],
    ["apposition opened by a lower-case title", "Rizal Wibisono, chairman of the Indonesian Nickel Miners Association, said output would rise.", [{ surface: "Rizal Wibisono", name: "Rizal Wibisono", role: "chairman of the Indonesian Nickel Miners Association", country: "IDN" }]],
    ["a title's portfolio list is no name", "Australia's Minister for Trade and Tourism arrived.", []],
    ["a title with an unknown portfolio is no name", "The Cabinet Secretary for Investments arrived.", []],
    ["a name-like pair never confirmed is no person", "Santa Maria, on the northern coast, exports fish. The port grew.", []],
    ["a description opens at a country's possessive, not at an earlier determiner", "It follows a trip to Lima in May by Chile's trade minister, Rosa Pizarro, who signed the deal.", [
      { surface: "Rosa Pizarro", name: "Rosa Pizarro", role: "Chile's trade minister", country: "CHL" },
    ]],
    ["a list of portfolios back to a demonym", "Peruvian Trade and Tourism Minister Rosa Vega arrived.", [{ surface: "Rosa Vega", name: "Rosa Vega", role: "Peruvian Trade and Tourism Minister", country: "PER" }]],
    ["a list of portfolios back to a possessive country", "Chile's Economy, Trade and Industry Minister Ana Soto spoke.", [{ surface: "Ana Soto", name: "Ana Soto", role: "Chile's Economy, Trade and Industry Minister", country: "CHL" }]],
    ["a non-ASCII capital in two-byte text", "“We agreed,” Premier Émile Durand said. Durand left.", [
      { surface: "Émile Durand", name: "Émile Durand", role: "Premier" },
      { surface: "Durand", name: "Émile Durand", role: "Premier" },
    ]],
  ])("%s", (_name, text, expected) => {
    const found = people(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });

  it.each<[string, string, "male" | "female" | null]>([
    ["a female honorific", "Ms Han Soo-jin spoke.", "female"],
    ["Madam before a title", "Madam President Ramírez spoke.", "female"],
    ["a gendered noun in the apposition", "Chen Meilin, the chairwoman of a metals group, spoke.", "female"],
    ["a gendered noun in the description", "Her brother, Kim Jae-won, spoke.", "male"],
    ["no cue", "Park Ji-won, a trade economist, spoke.", null],
  ])("gender: %s", (_name, text, gender) => {
    expect(findPeople(contextOf(text))[0]?.gender).toBe(gender);
  });
});
