import { describe, expect, it } from "vitest";
import { QuoteRecord } from "../../lambdas/core/schemas";
import { extractQuotes } from "../../lambdas/extraction/quotes";
import { contextOf } from "../helpers/articleContext";

type Expected = Partial<Pick<QuoteRecord, "text" | "speaker" | "speaker_type" | "speaker_role" | "via">>;

const quotes = (text: string): QuoteRecord[] => extractQuotes(contextOf(text));

// Invented passages, grouped by the rule of news writing they exercise. Expectations list every record, in order.
const RULES: Record<string, [string, Expected[]][]> = {
  "a quote right after \"so-called\" is the writer's term, and does not cut a later quote off from its verb": [
    ["Port officials said the so-called \"blue corridor\" now carries forty ships a week.", []],
    [
      "\"The quay is finished at last,\" he said, pointing to the so-called “northern gate” of the harbour.",
      [{ text: "The quay is finished at last," }],
    ],
    [
      "The study calls the so-called ‘handshake deals’ of the past decade \"costly and opaque\".",
      [{ text: "costly and opaque", speaker: "The study" }],
    ],
    [
      "The report finds that \"the partnership has drifted for years\". It calls the so-called 'rice diplomacy' of the nineties \"well meant but thin\".",
      [
        { text: "the partnership has drifted for years", speaker: "The report" },
        { text: "well meant but thin", speaker: "The report" },
      ],
    ],
  ],
  "a quoted phrase after an article that no clause attributes is a term, not speech": [
    ["For decades the \"promise of the river\" was repeated and nothing was built.", []],
    ["A \"quiet boom in the south\" has followed the new road, and few expected it.", []],
    ["The \"harbour of three nations\" opened in May. \"It changes everything for us,\" the mayor said.", [{ text: "It changes everything for us,", speaker: "the mayor" }]],
  ],
  "an outlet that quoted someone as saying relays; the one it quoted speaks, pronoun or description": [
    [
      "Finance Minister Ana Soto landed in Lima. The state news agency quoted her as saying that the talks “went better than expected.”",
      [{ text: "went better than expected.", speaker: "Ana Soto", via: "The state news agency" }],
    ],
    [
      "Trade Minister Joseph Eze met his host on Monday. Local radio quoted him as saying: “We have waited too long for this road.”",
      [{ text: "We have waited too long for this road.", speaker: "Joseph Eze", via: "Local radio" }],
    ],
    [
      "Looking back on the war, he quoted the founder of the republic as having told a visiting delegation: “Our two ports are one harbour.”",
      [{ text: "Our two ports are one harbour.", speaker: "the founder of the republic" }],
    ],
    [
      "Recalling the long friendship, she quoted the hero of the Andean revolution as having told a visiting Chilean delegation: “We are two rivers of one sea.”",
      [{ text: "We are two rivers of one sea.", speaker: "the hero of the Andean revolution" }],
    ],
    [
      "The ministry quoted a senior customs officer as having said that queues were “shorter than at any time this year.”",
      [{ text: "shorter than at any time this year.", speaker: "a senior customs officer" }],
    ],
  ],
  "a speaker \"quoted by\" or \"cited by\" an outlet before the verb speaks; the outlet relays": [
    [
      "A Peruvian official quoted by the state broadcaster said the deal “could be signed before the winter.”",
      [{ text: "could be signed before the winter.", speaker: "A Peruvian official", via: "the state broadcaster" }],
    ],
    [
      "Trade Minister Ana Soto, quoted by Reuters, said exports would “double within three years.”",
      [{ text: "double within three years.", speaker: "Ana Soto", via: "Reuters" }],
    ],
    [
      "“The border will reopen on Monday,” a senior diplomat cited by Kyodo News said.",
      [{ text: "The border will reopen on Monday,", speaker: "a senior diplomat", via: "Kyodo News" }],
    ],
  ],
};

describe("Function: extractQuotes() on speaker rules", () => {
  for (const [rule, cases] of Object.entries(RULES)) {
    describe(rule, () => {
      it.each(cases)("%s", (text, expected) => {
        const found = quotes(text);
        expect(found.map((q) => q.text)).toEqual(expected.map((e) => e.text));
        expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
      });
    });
  }
});
