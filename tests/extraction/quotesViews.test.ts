import { describe, expect, it } from "vitest";
import { sentenceView } from "../../lambdas/extraction/quotes/attributionParser";
import { parseQuoteSpans } from "../../lambdas/extraction/quotes/quoteSpanParser";
import { isTitleCase } from "../../lambdas/extraction/quotes/scareQuoteFilter";
import { countWords } from "../../lambdas/extraction/quotes/words";
import { splitSentences } from "../../lambdas/extraction/sentences";
import { isSpaceCode, sentenceTokens, tokenize, type Token } from "../../lambdas/extraction/tokens";

/** The view as tokenizing the range anew makes it: the text between quotations, each quotation one placeholder. */
function tokenizedView(text: string, start: number, end: number, quotes: ReturnType<typeof parseQuoteSpans>): string[] {
  const out: string[] = [];
  let from = start;
  for (const q of quotes) {
    const close = q.closed ? q.end + 1 : q.end;
    for (const t of tokenize(text, from, Math.max(from, q.open))) out.push(`${t.start}:${t.text}`);
    out.push(`${q.open}:QUOTE`);
    from = Math.max(from, close);
  }
  for (const t of tokenize(text, from, end)) out.push(`${t.start}:${t.text}`);
  return out;
}

const shown = (tokens: Token[]): string[] => tokens.map((t) => `${t.start}:${t.kind === "punct" && t.text.startsWith("\u0000") ? "QUOTE" : t.text}`);

describe("sentenceView", () => {
  it.each([
    "“We will sail on Monday,” said Marta Pinheiro, the port's director. “Not before.”",
    "Farmers' groups called it 'a betrayal'. Lee asked: \"Why now?\" Nobody answered.",
    "The U.S. envoy said the deal was “done”, and the ministry's ‘final’ word was “yes.” It was signed.",
    "“Why now?” Lena Voss said. “The harvest is in.”",
  ])("reads the sentences' own tokens as tokenizing the whole range would: %s", (text) => {
    const sentences = splitSentences(text);
    const quotes = parseQuoteSpans(text, sentences);
    const view = sentenceView(text, { start: 0, end: text.length }, quotes, sentenceTokens(sentences, text), 0);
    expect(shown(view.tokens)).toEqual(tokenizedView(text, 0, text.length, quotes));
    expect(view.slots.map((s) => view.tokens[s]?.start)).toEqual(quotes.map((q) => q.open));
  });
});

describe("isTitleCase", () => {
  it("turns away a quote of more than twelve words, however it is capitalised", () => {
    expect(isTitleCase("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen")).toBe(false);
    expect(isTitleCase("The Art of the Deal")).toBe(true);
  });
});

describe("countWords", () => {
  it("reads as whitespace exactly the code units /\\s/u matches", () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceCode(c)).toBe(/\s/u.test(String.fromCharCode(c)));
  });

  it("counts what splitting on whitespace (and dashes) and keeping pieces with a letter or digit counts", () => {
    const texts = ["", "  ", "We will win.", "“Ça va” — très bien", "a-b – c—d", "— … «»", "x\u00a0y\u3000z", "数字 ２ 𝐀𝐁", "one,two three"];
    for (const text of texts) {
      for (const [dashes, split] of [[false, /\s+/u], [true, /[\s\u2013\u2014-]+/u]] as const) {
        const words = text.split(split).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        expect(countWords(text, 100, dashes)).toBe(words);
        expect(countWords(text, 2, dashes)).toBe(Math.min(words, 2));
      }
    }
  });
});
