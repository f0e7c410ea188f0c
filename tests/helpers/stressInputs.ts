// Texts built to break an extractor: huge, unbalanced, deeply nested, absurd numbers.
// Shared by tests/robustness.stress.test.ts and scripts/checkRobustness.ts.
import countryNames from "../fixtures/country-names.json";

export interface StressInput {
  case: string;
  build: () => string;
}

/** Repeats `unit` until the text is at least `chars` long. */
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));

export const STRESS_INPUTS: readonly StressInput[] = [
  {
    case: "1 MB without a full stop",
    build: () => fill("Russia and China said trade rose 5 percent to $2 billion, officials said “again” ", 1_000_000),
  },
  { case: "50,000 opening curly quotes", build: () => `${"“".repeat(50_000)}We agree,” the minister said.` },
  { case: "50,000 straight quotes", build: () => `He said ${'"'.repeat(50_000)} and left Moscow.` },
  {
    case: "deeply nested quotes",
    build: () => `${"“A said ‘B said ".repeat(5_000)}stop${"’ ”".repeat(5_000)} the envoy said in Seoul.`,
  },
  { case: "deeply nested brackets", build: () => `Trade ${"([{".repeat(10_000)}with Japan${"}])".repeat(10_000)} grew 3 percent.` },
  {
    case: "100,000-char sentence",
    build: () => `${fill("Officials from Germany, France and Italy, who met ministers in Rome, ", 100_000)}agreed.`,
  },
  {
    case: "500-digit numbers",
    build: () =>
      `Trade between Russia and China rose to $${"9".repeat(500)} million in 2023, up ${"1".repeat(500)} percent. ` +
      `Exports to India grew ${"7".repeat(500)}-fold and reached ${"3".repeat(250)}.${"3".repeat(250)} tonnes.`,
  },
  {
    case: "every country name in one sentence",
    build: () =>
      `Delegations from ${countryNames.names.join(", ")} visited Geneva, and trade between ${countryNames.names.join(" and ")} ` +
      `rose 12 percent, “a record,” the WTO said.`,
  },
  { case: "2,000 one-word paragraphs", build: () => fill("Moscow.\n\n", 20_000) },
  { case: "abbreviations only", build: () => fill("U.S. U.N. Mr. Jan. No. ", 200_000) },
];
