// The quote extractor: quotation spans → attribution → refiners → records.
// Parsers find candidates; refiners, in order, drop non-quotes, name relays,
// share attributions between quotes that belong together and resolve speakers.
import type { QuoteRecord } from "../../core/schemas";
import { recordId, type ArticleContext, type Sentence, type Span } from "../context";
import { findPeople } from "../people";
import { opensWithAttribution, parseAttribution, sentenceView } from "./attributionParser";
import { confidenceOf } from "./confidence";
import { subjectStart } from "./nounPhrase";
import { parseQuoteSpans } from "./quoteSpanParser";
import { parseReportingClauses } from "./reportingClauseParser";
import { scareQuoteFilter } from "./scareQuoteFilter";
import { sharedAttributionRefiner } from "./sharedAttributionRefiner";
import { SpeakerResolver, speakerCorefRefiner } from "./speakerCorefRefiner";
import type { QuoteCandidate, QuoteSpan, SentenceView } from "./types";
import { viaRefiner } from "./viaRefiner";

interface Range extends Span {
  quotes: QuoteSpan[];
}

/** Sentences merged where a quotation runs from one into the next, each range with the quotes it holds. */
function rangesOf(text: string, sentences: Sentence[], spans: QuoteSpan[]): Range[] {
  const ranges: Range[] = [];
  let q = 0;
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i++] as Sentence;
    const range: Range = { start: first.start, end: first.end, quotes: [] };
    let reach = 0;
    for (;;) {
      while (q < spans.length && (spans[q] as QuoteSpan).open < range.end) {
        const span = spans[q++] as QuoteSpan;
        range.quotes.push(span);
        reach = Math.max(reach, span.closed ? span.end + 1 : span.end);
      }
      const next = sentences[i];
      if (!next || next.paragraph !== first.paragraph) break;
      if (reach <= range.end && !(reach === range.end && endsWithQuestion(text, range) && opensWithAttribution(text, next))) break;
      range.end = next.end;
      i++;
    }
    ranges.push(range);
  }
  return ranges;
}

/** A range that ends with a quoted question or exclamation: “…?” */
const endsWithQuestion = (text: string, range: Span): boolean => /[?!]["”’»]$/u.test(text.slice(Math.max(range.start, range.end - 2), range.end));

const wordCount = (s: string): number => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function extractQuotes(ctx: ArticleContext): QuoteRecord[] {
  const { text } = ctx;
  const spans = parseQuoteSpans(text, ctx.sentences);
  const ranges = rangesOf(text, ctx.sentences, spans);
  const views: SentenceView[] = ranges.map((r) => sentenceView(text, r, r.quotes));
  let candidates: QuoteCandidate[] = ranges.flatMap((range, k) => {
    const view = views[k] as SentenceView;
    return range.quotes.map((span, i) => {
      const slot = view.slots[i] as number;
      return {
        ...span,
        sentence: { start: range.start, end: range.end },
        view,
        slot,
        attribution: parseAttribution(text, view, slot),
        speaker: null,
        speakerType: "unknown" as const,
        role: null,
        country: null,
        via: null,
        resolved: false,
      };
    });
  });
  const subjectStarts = new Set(views.flatMap(({ tokens }) => {
    const i = subjectStart(tokens, 0, Math.min(tokens.length, 40));
    return [tokens[i], tokens[i + 1]].filter((t) => t !== undefined).map((t) => t.start);
  }));
  const resolver = new SpeakerResolver(findPeople(ctx), subjectStarts, parseReportingClauses(text, views), spans, ctx.sentences);
  candidates = scareQuoteFilter(candidates, text);
  candidates = viaRefiner(candidates, text);
  candidates = sharedAttributionRefiner(candidates);
  candidates = speakerCorefRefiner(candidates, resolver);
  return candidates.map((q) => ({
    id: recordId("quote", ctx.articleId, q),
    article_id: ctx.articleId,
    text: text.slice(q.start, q.end),
    speaker: q.speaker,
    speaker_type: q.speaker === null && q.speakerType !== "person" ? "unknown" : q.speakerType,
    speaker_role: q.role,
    speaker_country: q.country,
    via: q.via,
    sentence: text.slice(q.sentence.start, q.sentence.end),
    char_start: q.start,
    char_end: q.end,
    confidence: confidenceOf(q, wordCount(text.slice(q.start, q.end))),
  }));
}
