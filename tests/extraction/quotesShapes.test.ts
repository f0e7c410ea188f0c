import { describe, expect, it } from "vitest";
import { QuoteRecord } from "../../lambdas/core/schemas";
import { extractQuotes } from "../../lambdas/extraction/quotes";
import { contextOf } from "../helpers/articleContext";

type Expected = Partial<Pick<QuoteRecord, "text" | "speaker" | "speaker_type" | "speaker_role" | "via">>;

const quotes = (text: string): QuoteRecord[] => extractQuotes(contextOf(text));

// Invented passages, one speaker-attribution shape each. Expectations list every record, in order.
const SHAPES: [string, string, Expected[]][] = [
  [
    "an association whose name joins two words with \"and\" speaks whole, as an organisation",
    "The Federation of Fruit and Vegetable Producers said that Moroccan tomatoes were “a real threat.”",
    [{ text: "a real threat.", speaker: "The Federation of Fruit and Vegetable Producers", speaker_type: "organization" }],
  ],
  [
    "a capitalised title with a demonym is a description a pronoun can follow",
    "The Ghanaian Minister said both countries had lost too much time. “Traders must be free to sell,” she said.",
    [{ text: "Traders must be free to sell,", speaker: "The Ghanaian Minister" }],
  ],
  [
    "a relative \"who\" after an object speaks for that object",
    "The Chilean leader was received at the palace by Peru's president, who called the visit “a turning point for the Andes.”",
    [{ text: "a turning point for the Andes.", speaker: "Peru's president" }],
  ],
  [
    "a joint decision reported by someone: the reporter speaks",
    "The Trade Ministry said in a statement that the two sides agreed to “speed up customs checks.” Ana Ruiz, the ministry's secretary general, said both sides had agreed to \"meet again in May.\"",
    [
      { text: "speed up customs checks.", speaker: "The Trade Ministry" },
      { text: "meet again in May.", speaker: "Ana Ruiz" },
    ],
  ],
  [
    "a spokesperson for a named body, after the quote: the body speaks",
    "“Brazil is our first source of grain,” a spokesperson for the Port of Rotterdam Authority said.",
    [{ text: "Brazil is our first source of grain,", speaker: "Port of Rotterdam Authority", speaker_type: "organization" }],
  ],
  [
    "an adverb between the subject and its reporting verb, in a clause after \"but\"",
    "Chancellor Petra Lindqvist met donors. Norwegian firms invested in Chile, but Lindqvist always insisted that deals were “only paper until a boat is sold.”",
    [{ text: "only paper until a boat is sold.", speaker: "Petra Lindqvist" }],
  ],
  [
    "an untitled name confirmed by \"says\" before it, then \"he says\"",
    "At dawn, Jan-Willem de Graaf is already in his crane. “The boats are late,” says De Graaf.\n\nThe Dutch king will visit Brazil in April.\n\nBack on the quay, De Graaf watches the hose. “Next week it's soybeans,” he says.",
    [
      { text: "The boats are late,", speaker: "Jan-Willem de Graaf" },
      { text: "Next week it's soybeans,", speaker: "Jan-Willem de Graaf" },
    ],
  ],
  [
    "a joint decision no one reports: the parties",
    "The two sides agreed to “deepen cooperation in energy.”",
    [{ text: "deepen cooperation in energy.", speaker: "two sides" }],
  ],
  [
    "apposition with a bare role before the verb",
    "Millers want faster permits. “We wait a week for every cargo,” Ana Cruz, president of the Coastal Millers Association, told the state news agency. “That week costs us buyers.”",
    [
      { text: "We wait a week for every cargo,", speaker: "Ana Cruz", speaker_role: "president of the Coastal Millers Association", via: "the state news agency" },
      { text: "That week costs us buyers.", speaker: "Ana Cruz" },
    ],
  ],
  [
    "bare role with a modifier and no link word",
    "“Freight rates will ease by spring,” Tomas Lind, chief economist, said on Monday.",
    [{ text: "Freight rates will ease by spring,", speaker: "Tomas Lind", speaker_role: "chief economist" }],
  ],
  [
    "passive quoted by an outlet as saying, before the quote",
    "Trade Minister Ana Soto will fly to Lima. Minister Soto was quoted by the state news agency as saying, “We want more buyers.”",
    [{ text: "We want more buyers.", speaker: "Ana Soto", via: "the state news agency" }],
  ],
  [
    "active outlet quoted a person as saying",
    "Xinhua quoted Trade Minister Ana Soto as saying: “We want more buyers.”",
    [{ text: "We want more buyers.", speaker: "Ana Soto", via: "Xinhua" }],
  ],
  [
    "passive quoted as saying, after the quote",
    "The host minister, Joseph Eze, spoke to the state agency. “We are partners, not rivals,” he was quoted as saying. “Let the trucks roll.”",
    [
      { text: "We are partners, not rivals,", speaker: "Joseph Eze" },
      { text: "Let the trucks roll.", speaker: "Joseph Eze" },
    ],
  ],
  [
    "passive quoted by an agency as saying",
    "“The border posts must go,” Joseph Eze was quoted by the News Agency of Lesotho as saying.",
    [{ text: "The border posts must go,", speaker: "Joseph Eze", via: "the News Agency of Lesotho" }],
  ],
  [
    "description, then the name between commas, after the quote",
    "Hauliers are angry. “We hear promises every year,” a union board member, Mr Kojo Mensah, told reporters on Friday.",
    [{ text: "We hear promises every year,", speaker: "Kojo Mensah", speaker_role: "union board member" }],
  ],
  [
    "capitalised title, then the name between commas, as the subject a pronoun points to",
    "A minister goes to sea\n\nOn a grey Tuesday, Chile's Mining Minister, Rafael Ortega, toured the copper port at dawn.\n\n“We ship more than ever,” he joked to the dock workers.",
    [{ text: "We ship more than ever,", speaker: "Rafael Ortega" }],
  ],
  [
    "live-blog entry heading: timestamp, name, colon, quote",
    "Finance Minister Lena Holm arrived on Monday.\n\n09:40 — Holm: 'We will not be rushed'\n\nThe talks resume at noon.",
    [{ text: "We will not be rushed", speaker: "Lena Holm" }],
  ],
  [
    "an object pronoun takes the owner of its sentence's subject, not a person named on the way",
    "Carlos Vega's tour, which opened with talks with Finance Minister Lena Holm, also took him to the coast.\n\nHolm, for her part, was cautious. “We will see how it goes,” she said.",
    [{ text: "We will see how it goes,", speaker: "Lena Holm" }],
  ],
  [
    "a description tied to a place speaks, not the place, and keeps it",
    "As one Kenyan banker in Nairobi put it to me over coffee: “Credit follows the harvest.”",
    [{ text: "Credit follows the harvest.", speaker: "one Kenyan banker in Nairobi", speaker_type: "person" }],
  ],
  [
    "a description tied to a company, after the quote",
    "“The order book is full until June,” a manager at Norrland Steel said.",
    [{ text: "The order book is full until June,", speaker: "a manager at Norrland Steel", speaker_type: "person" }],
  ],
  [
    "a sentence-initial plural tied to a city",
    "Traders in Mombasa said the new rules were “a tax by another name”.",
    [{ text: "a tax by another name", speaker: "Traders in Mombasa", speaker_type: "person" }],
  ],
  [
    "a description tied to a company and a city",
    "“Rates will fall next spring,” an analyst at Nordbank in Oslo said.",
    [{ text: "Rates will fall next spring,", speaker: "an analyst at Nordbank in Oslo", speaker_type: "person" }],
  ],
  [
    "a document tied to its institution keeps the institution",
    "A study from Oxford Economics said the gains were “modest at best”.",
    [{ text: "modest at best", speaker: "Oxford Economics" }],
  ],
  [
    "a hyphenated vice title introduces the person a bare surname later names",
    "Vietnamese Vice-Premier Tran Van Long met the emir on Sunday. State television quoted Tran as saying the ties were “stronger than ever”.",
    [{ text: "stronger than ever", speaker: "Tran Van Long", speaker_type: "person" }],
  ],
];

describe("Function: extractQuotes() on speaker shapes", () => {
  it.each(SHAPES)("%s", (_name, text, expected) => {
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual(expected.map((e) => e.text));
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });
});
