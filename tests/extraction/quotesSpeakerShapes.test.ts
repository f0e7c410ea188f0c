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
