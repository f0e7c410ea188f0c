import { describe, expect, it } from "vitest";
import { sentenceView } from "../../lambdas/extraction/quotes/attributionParser";
import { parseQuoteSpans } from "../../lambdas/extraction/quotes/quoteSpanParser";
import { isTitleCase } from "../../lambdas/extraction/quotes/scareQuoteFilter";
import { splitSentences } from "../../lambdas/extraction/sentences";
import { sentenceTokens, tokenize, type Token } from "../../lambdas/extraction/tokens";

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
