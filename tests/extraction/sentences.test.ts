import { describe, expect, it } from "vitest";
import { splitSentences } from "../../lambdas/extraction/sentences";

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe("Function: splitSentences()", () => {
  it.each<[string, string, string[]]>([
    ["plain full stops", "The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]],
    ["question and exclamation", "Will it hold? Nobody knows! The vote is Monday.", ["Will it hold?", "Nobody knows!", "The vote is Monday."]],
    ["U.S. inside a sentence", "The U.S. Senate passed the bill on Tuesday.", ["The U.S. Senate passed the bill on Tuesday."]],
    ["U.S. ending a sentence", "Exports rose to the U.S. The rise surprised analysts.", ["Exports rose to the U.S.", "The rise surprised analysts."]],
    ["U.N. before a lower-case word", "The U.N. agency said aid was late.", ["The U.N. agency said aid was late."]],
    ["titles before names", "Mr. Lee met Dr. Park and Gen. Ortiz. Sen. Hale did not attend.", ["Mr. Lee met Dr. Park and Gen. Ortiz.", "Sen. Hale did not attend."]],
    ["currency signs before figures", "Exports rose to Rs. 9.5 billion. Imports fell to Bs. 2 billion.", ["Exports rose to Rs. 9.5 billion.", "Imports fell to Bs. 2 billion."]],
    ["Mrs. and Prof.", "Mrs. Okafor thanked Prof. Lind for the report.", ["Mrs. Okafor thanked Prof. Lind for the report."]],
    ["months before numbers", "The deal was signed on Jan. 5 and ratified on Feb. 12 in Oslo.", ["The deal was signed on Jan. 5 and ratified on Feb. 12 in Oslo."]],
    ["No. and Inc.", "Acme Inc. is the No. 2 maker of drills. Its rival is Zenco Corp. in Ohio.", ["Acme Inc. is the No. 2 maker of drills.", "Its rival is Zenco Corp. in Ohio."]],
    ["initials", "John F. Kennedy visited Berlin in 1963. It was a famous trip.", ["John F. Kennedy visited Berlin in 1963.", "It was a famous trip."]],
    ["decimals", "Growth slowed to 2.5 percent from 3.1 percent. Prices fell.", ["Growth slowed to 2.5 percent from 3.1 percent.", "Prices fell."]],
    ["ellipsis mid-sentence", "He paused… then went on. The room was silent.", ["He paused… then went on.", "The room was silent."]],
    ["three-dot ellipsis before a capital", "We waited... Nothing happened.", ["We waited...", "Nothing happened."]],
    ["full stop inside closing quote", "“We will not retreat.” The minister left the stage.", ["“We will not retreat.”", "The minister left the stage."]],
    ["straight quote after full stop", 'She said "it is over." Then she left.', ['She said "it is over."', "Then she left."]],
    ["question inside quote followed by lower case", "“Why now?” he asked.", ["“Why now?” he asked."]],
    ["hard-wrapped wire copy", "    The ministry said exports\nrose sharply in the first\nquarter of the year.\n    Imports fell.", ["The ministry said exports\nrose sharply in the first\nquarter of the year.", "Imports fell."]],
    ["list items each stand alone, however long", "Timeline\n\n- 12 March 2024: The foreign minister of one country visits the capital of the other, the first such trip in years.\n- June 2025: A delegation of thirty companies is hosted by the regional chamber of commerce.", [
      "Timeline", "- 12 March 2024: The foreign minister of one country visits the capital of the other, the first such trip in years.", "- June 2025: A delegation of thirty companies is hosted by the regional chamber of commerce."]],
    ["heading lines stand alone", "Trade Talks Resume\n\nOfficials met in Geneva on Monday.", ["Trade Talks Resume", "Officials met in Geneva on Monday."]],
    ["short lines inside a block", "Subscribe to our newsletter\nRead more about trade policy and markets in our weekly briefing.", ["Subscribe to our newsletter", "Read more about trade policy and markets in our weekly briefing."]],
    ["a.m. and p.m.", "The meeting began at 9 a.m. and ended at 4 p.m. on Friday.", ["The meeting began at 9 a.m. and ended at 4 p.m. on Friday."]],
    ["etc. mid-sentence", "Steel, copper, etc. were covered by the deal.", ["Steel, copper, etc. were covered by the deal."]],
    ["abbreviation before a quote", "He blamed the U.S. “threat” for the crisis.", ["He blamed the U.S. “threat” for the crisis."]],
    ["empty and blank text", "  \n\n \n", []],
  ])("%s", (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("numbers paragraphs by blank lines and by wire indentation", () => {
    const text = "First para one. First para two.\n\nSecond para.\n    Third para\nwrapped here.";
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it("keeps offsets exact", () => {
    const text = "  Alpha beta.  Gamma delta?\n\n“Epsilon,” he said.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("stays fast and safe on a megabyte without a full stop", () => {
    const text = "word ".repeat(200_000);
    const started = Date.now();
    expect(splitSentences(text)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
