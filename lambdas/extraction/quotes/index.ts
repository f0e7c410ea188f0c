// The quote extractor: quotation spans → attribution → refiners → records.
// Parsers find candidates; refiners, in order, drop non-quotes, name relays,
// share attributions between quotes that belong together and resolve speakers.
import type { QuoteRecord } from "../../core/schemas";
import { recordId, type ArticleContext, type Sentence, type Span } from "../context";
import { findPeople } from "../people";
import { isCapitalized, sentenceTokens, type Token } from "../tokens";
import { opensWithAttribution, parseAttribution, sentenceView, viewOf } from "./attributionParser";
import { confidenceOf } from "./confidence";
import { addGenderCues, type GenderCue } from "./genderCueParser";
import { followingSubject } from "./followingSubjectParser";
import { precedingSubject } from "./precedingSubjectParser";
import { parseQuoteSpans } from "./quoteSpanParser";
import { addReportingClauses, type Clause } from "./reportingClauseParser";
import { scareQuoteFilter } from "./scareQuoteFilter";
import { sharedAttributionRefiner } from "./sharedAttributionRefiner";
import { SpeakerResolver, speakerCorefRefiner } from "./speakerCorefRefiner";
import type { QuoteCandidate, QuoteSpan, SentenceView } from "./types";
import { viaRefiner } from "./viaRefiner";
import { countWords } from "./words";

interface Range extends Span {
  paragraph: number;
  quotes: QuoteSpan[];
  /** Index of its first sentence. */
  first: number;
}

/** Sentences merged where a quotation runs from one into the next, each range with the quotes it holds. */
function rangesOf(text: string, sentences: Sentence[], sentenceTokensOf: Token[][], spans: QuoteSpan[]): Range[] {
  const ranges: Range[] = [];
  let q = 0;
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i] as Sentence;
    const range: Range = { start: first.start, end: first.end, paragraph: first.paragraph, quotes: [], first: i++ };
    let reach = 0;
    for (;;) {
      while (q < spans.length && (spans[q] as QuoteSpan).open < range.end) {
        const span = spans[q++] as QuoteSpan;
        range.quotes.push(span);
        reach = Math.max(reach, span.closed ? span.end + 1 : span.end);
      }
      const next = sentences[i];
      if (!next || next.paragraph !== first.paragraph) break;
      if (reach <= range.end && !(reach === range.end && attributionFollows(text, range, next, sentenceTokensOf[i] as Token[]))) break;
      range.end = next.end;
      i++;
    }
    ranges.push(range);
  }
  return ranges;
}

/** Tokens in a sentence that is no more than a reporting clause ("Pinheiro told Reuters."). */
const SHORT_CLAUSE = 12;

/**
 * Whether the next sentence is the attribution of the quote that ends this
 * range, which the splitter had to cut off: after a quoted question or
 * exclamation (“Why now?” Lee asked …), or after a whole-sentence quote when
 * the next sentence is a short reporting clause (“It is done.” Lee told Reuters.).
 */
function attributionFollows(text: string, range: Span, next: Sentence, nextTokens: Token[]): boolean {
  const tail = text.slice(Math.max(range.start, range.end - 2), range.end);
  if (!/[.?!…]["”’»]$/u.test(tail)) return false;
  const question = /^[?!]/u.test(tail);
  if (!question && !(OPENING_MARKS.includes(text[range.start] as string) && nextTokens.length <= SHORT_CLAUSE)) return false;
  return opensWithAttribution(text, next, nextTokens);
}

const OPENING_MARKS = "\"“‘'«„";

/** Adds the offsets of a sentence's subject's first two tokens; `i` is where it starts (sentenceSubjectStart). */
function addSubjectStarts(tokens: Token[], i: number, starts: Set<number>): void {
  let k = i;
  while (k - i < 5 && isCapitalized(tokens[k])) k++;
  // "Mbemba's delegation included …": the possessor is not the subject.
  if (tokens[k]?.kind === "poss") return;
  for (const t of [tokens[i], tokens[i + 1]]) if (t !== undefined) starts.add(t.start);
}

export function extractQuotes(ctx: ArticleContext): QuoteRecord[] {
  const { text } = ctx;
  const spans = parseQuoteSpans(text, ctx.sentences);
  const sentenceTokensOf = sentenceTokens(ctx.sentences, text);
  const ranges = rangesOf(text, ctx.sentences, sentenceTokensOf, spans);
  // One pass over the sentences: what the resolver needs from every sentence (subjects, reporting clauses, gender
  // cues) is taken from its tokens at once; the tokens themselves are kept only for sentences with quotes and their
  // neighbours, so a huge article never holds every sentence's tokens.
  const subjectStarts = new Set<number>();
  const clauses: Clause[] = [];
  const cues: GenderCue[] = [];
  const hasQuotes = (k: number): boolean => (ranges[k]?.quotes.length ?? 0) > 0;
  const views: (SentenceView | undefined)[] = ranges.map((r, k) => {
    // One sentence without quotes to blank out: its tokens are the ones the people finder made.
    const view =
      r.quotes.length === 0 && r.end === ctx.sentences[r.first]?.end
        ? viewOf(text, sentenceTokensOf[r.first] as Token[], [])
        : sentenceView(text, r, r.quotes, sentenceTokensOf, r.first);
    const { tokens } = view;
    addSubjectStarts(tokens, view.subjectAt, subjectStarts);
    addReportingClauses(text, tokens, clauses, view.subject);
    addGenderCues(tokens, cues);
    return hasQuotes(k - 1) || hasQuotes(k) || hasQuotes(k + 1) ? view : undefined;
  });
  const people = findPeople(ctx);
  let candidates: QuoteCandidate[] = ranges.flatMap((range, k) => {
    const view = views[k] as SentenceView;
    const previous = k > 0 && ranges[k - 1]?.paragraph === range.paragraph ? views[k - 1] : undefined;
    const next = ranges[k + 1]?.paragraph === range.paragraph ? views[k + 1] : undefined;
    return range.quotes.map((span, i) => {
      const slot = view.slots[i] as number;
      const own = parseAttribution(text, view, slot);
      const neighbour =
        own.source !== "none" ? null : ((previous && precedingSubject(view, previous, people)) ?? (next && followingSubject(view, next, people)) ?? null);
      // Fields listed, not spread: Node 20 takes microseconds to build `{ ...span, more }`.
      return {
        start: span.start,
        end: span.end,
        open: span.open,
        closed: span.closed,
        paragraph: span.paragraph,
        run: span.run,
        sentence: { start: range.start, end: range.end },
        view,
        slot,
        attribution: neighbour ?? own,
        speaker: null,
        speakerType: "unknown" as const,
        role: null,
        country: null,
        via: null,
        resolved: false,
      };
    });
  });
  const resolver = new SpeakerResolver(people, subjectStarts, clauses, spans, ctx.sentences, cues);
  candidates = scareQuoteFilter(candidates, text);
  candidates = viaRefiner(candidates, text);
  candidates = sharedAttributionRefiner(candidates);
  candidates = speakerCorefRefiner(candidates, resolver, text);
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
    confidence: confidenceOf(q, countWords(text.slice(q.start, q.end), 4, false)),
  }));
}
