import { describe, expect, it } from "vitest";
import { findPeople } from "../../lambdas/extraction/people";
import { contextOf } from "../helpers/articleContext";

const people = (text: string) => findPeople(contextOf(text)).map((p) => ({ surface: p.surface, name: p.name, role: p.role, country: p.country }));

describe("Function: findPeople()", () => {
  it.each<[string, string, { surface: string; name: string; role?: string | null; country?: string | null }[]]>([
    ["country adjective and title", "Brazilian President Ana Souza arrived in Lisbon.", [{ surface: "Ana Souza", name: "Ana Souza", role: "Brazilian President", country: "BRA" }]],
    ["Secretary of State", "U.S. Secretary of State Mark Delaney flew to Tokyo.", [{ surface: "Mark Delaney", name: "Mark Delaney", role: "U.S. Secretary of State", country: "USA" }]],
    ["Prime Minister without country", "Prime Minister Rosa Vega resigned.", [{ surface: "Rosa Vega", name: "Rosa Vega", role: "Prime Minister", country: null }]],
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
    ["apposition is evidence and role", "Lena Brandt, a senior analyst at a Berlin bank, disagreed.", [{ surface: "Lena Brandt", name: "Lena Brandt", role: "a senior analyst at a Berlin bank" }]],
    ["name followed by a reporting verb", "Tomas Herrera said the plan was dead.", [{ surface: "Tomas Herrera", name: "Tomas Herrera" }]],
    ["East Asian surname first", "North Korean leader Kim Jong Un inspected a factory. Kim smiled.", [
      { surface: "Kim Jong Un", name: "Kim Jong Un", role: "North Korean leader", country: "PRK" },
      { surface: "Kim", name: "Kim Jong Un" },
    ]],
    ["pronoun He is not a surname", "Premier Wei Ling spoke. He said little.", [{ surface: "Wei Ling", name: "Wei Ling", role: "Premier" }]],
    ["organisations are not people", "The Federal Reserve Bank raised rates. General Motors cut jobs.", []],
    ["countries are not people", "China and Russia signed a pact in Moscow.", []],
    ["an adjective 'official' is no title", "The official Xinhua news agency said so.", []],
  ])("%s", (_name, text, expected) => {
    const found = people(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });
});
