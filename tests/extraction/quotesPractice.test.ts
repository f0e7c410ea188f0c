import { describe, expect, it } from "vitest";
import { practiceArticles, scoreArticle } from "../helpers/quotePractice";

// Floors per practice article (tests/fixtures/quotes-practice): the share of
// expected quotes found, the share with the right speaker, and how many
// records may match nothing. Raise them when the extractor improves; a drop
// is a regression on text nobody tuned a rule to.
const FLOORS: Record<string, { recall: number; speaker: number; extra: number }> = {
  "wire-dateline": { recall: 1, speaker: 1, extra: 0 },
  "uk-single-quotes": { recall: 1, speaker: 1, extra: 0 },
  "feature-many-speakers": { recall: 1, speaker: 1, extra: 0 },
  "press-release": { recall: 1, speaker: 1, extra: 0 },
  "interview-qa": { recall: 1, speaker: 1, extra: 0 },
  "oped-scare-quotes": { recall: 1, speaker: 1, extra: 0 },
  "holdout-council-feature": { recall: 1, speaker: 1, extra: 0 },
  // Gender from the discourse, salience, colon attributions, plurals, titles (names that carry no gender).
  "state-visit-pronouns": { recall: 1, speaker: 1, extra: 0 },
  "copper-pact-colons": { recall: 1, speaker: 1, extra: 0 },
  "oil-ministers-titles": { recall: 1, speaker: 1, extra: 0 },
  "gulf-minister-interview": { recall: 1, speaker: 1, extra: 0 },
  "trade-talks-plurals": { recall: 1, speaker: 1, extra: 0 },
};

describe("Function: extractQuotes() on practice articles", () => {
  it("has a floor for every practice article", () => {
    expect(practiceArticles().sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(Object.entries(FLOORS))("%s", (article, floor) => {
    const score = scoreArticle(article);
    const report = `${article}:\n  ${score.problems.join("\n  ")}`;
    expect(score.found / score.expected, report).toBeGreaterThanOrEqual(floor.recall);
    expect(score.rightSpeaker / score.expected, report).toBeGreaterThanOrEqual(floor.speaker);
    expect(score.extra, report).toBeLessThanOrEqual(floor.extra);
  });
});
