// Who states a figure: the speaker of the quote it sits in, the source of
// "according to X", or the subject of a reporting verb in its sentence
// ("Chilean figures show", "Okafor noted that", "analysts who … say"). A pronoun
// ("they said") points back to the previous source, and so does a sentence with
// no source that follows right on a sourced one. Names are completed from
// the people finder ("Okafor" → "Amara Okafor").
import type { QuoteRecord } from "../../core/schemas";
import type { Span } from "../context";
import { countryByName } from "../countries";
import type { PersonMention } from "../people";
import { countUpTo } from "../textOrder";
import { SpanIndex } from "./spanIndex";
import { words } from "./terms";

/** Verbs that state a figure; the wider quote-attribution list ("agreed", "urged") says who acts, not who reports. */
const REPORTING = new Set(["said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated", "states", "reported", "reports", "announced", "announces", "show", "shows", "showed", "claimed", "claims", "explained", "wrote", "writes", "estimated", "estimates", "calculated", "according"]);
/** The source runs to the clause's end: punctuation or a dash ("according to the ministry — a 4% gain"); initials keep their periods ("U.S. officials"). */
const ACCORDING = /\b(?:[Aa]ccording to|[Cc]iting)\s+((?:(?:\p{Lu}\.)+|[^,.;:“”"—–]){2,120})/u;
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const AUXILIARY = new Set(["has", "have", "had", "also", "will", "would", "could", "may", "might", "is", "are", "was", "were", "did", "does", "do", "later", "then", "further"]);
const RELATIVE = /\s+(?:who|which|that|whose)\b.*$/isu;
const LEADING = new Set(["but", "and", "so", "even", "yet", "still", "however", "meanwhile", "now", "also", "as", "while", "if", "when"]);
const MAX_WORDS = 8;
/** A subject opens with a capital, a determiner or a plural source noun ("officials said", "analysts say"). */
const SOURCE_HEAD = /\b(?:figures|data|officials|statistics|sources|analysts|economists|ministry|statement|report|survey|estimates|agency|office)$/iu;
const NOUN_PHRASE_START = /^(?:\p{Lu}|(?:the|a|an|one|some|many|most|several|other|two|three|officials|analysts|economists|experts|diplomats|sources|data|figures|statistics)\b)/u;

/** "The institute puts imports from Peru at Bs 3,100 million": these verbs state a figure only with "at" and an amount after them. */
const PUT_AT = new Set(["puts", "put", "peg", "pegs", "pegged", "places", "placed"]);
const AT_AMOUNT = /^\s[^.;:]{0,80}?\bat\s+(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|just)\s+)*[\p{L}$€£¥₹/]{0,4}[.\s]?\d/u;

/** "fruit sales added about $700 million": "add" before an amount sums, it does not report. */
const ADD = new Set(["added", "adds"]);
const AMOUNT_NEXT = /^\s+(?:(?:about|around|nearly|almost|some|roughly|another|a\s+further|over|more\s+than|just)\s+)*[$€£¥₹\d]/u;


/** An institution whose name lists portfolios, up to a comma: "Brazil's Ministry of Development, Industry,". */
const PORTFOLIO_LIST = /(?:\p{Lu}[\p{L}.'’-]*['’]s\s+)?(?:Ministry|Department|Office|Bureau|Council|Agency|Commission|Authority|Board)\s+(?:of|for)\s+\p{Lu}[\p{L}-]*(?:,?\s+\p{Lu}[\p{L}-]*)*,$/u;

/** A subject sits within a few words of its verb; looking further back only costs time on run-on text. */
const SUBJECT_REACH = 300;

type Word = ReturnType<typeof words>[number];

/** What a sentence offers every figure in it, computed once: its source clause and its reporting verbs (absolute offsets). */
interface SentenceSources {
  according: string | null;
  verbs: Word[];
}

/** The subject right before a reporting verb: back to punctuation, minus relative clauses, auxiliaries and leading conjunctions. */
function subjectBefore(text: string, verbStart: number, floor: number): Span | null {
  const reach = Math.max(floor, verbStart - SUBJECT_REACH);
  const stretch = text.slice(reach, verbStart);
  const clause = reach + Math.max(...[",", ";", ":", "“", "”", "\""].map((c) => stretch.lastIndexOf(c))) + 1;
  // "Brazil's Ministry of Development, Industry, Trade and Services said": the commas are the name's.
  const listed = text[clause - 1] === "," && /^\s+\p{Lu}/u.test(text.slice(clause, clause + 2)) ? PORTFOLIO_LIST.exec(text.slice(reach, clause)) : null;
  const from = listed ? reach + listed.index : clause;
  const phrase = text.slice(from, verbStart).replace(RELATIVE, "");
  const ws = words(phrase);
  // "The bureau separately put …", "officials also said": auxiliaries and lower-case adverbs stand between subject and verb.
  const adverb = (w: Word) => /^\p{Ll}+ly$/u.test(phrase.slice(w.start, w.end)) && ws.length > 1;
  while (ws.length && (AUXILIARY.has(ws[ws.length - 1]!.w) || adverb(ws[ws.length - 1]!))) ws.pop();
  let first = listed ? 0 : Math.max(0, ws.length - MAX_WORDS);
  while (first < ws.length && LEADING.has(ws[first]!.w)) first++;
  const last = ws[ws.length - 1];
  if (!last || first >= ws.length) return null;
  return { start: from + ws[first]!.start, end: from + last.end };
}

export class ReporterRefiner {
  private last: string | null = null;
  private lastSentence: Span | null = null;
  private readonly quoted: SpanIndex<Span>;
  private readonly attributed: SpanIndex<Span & { speaker: string }>;
  private peopleByEnd: Map<number, PersonMention[]> | null = null;
  private cached: { start: number; end: number; sources: SentenceSources } | null = null;

  /** `people` is called only when a capitalised subject needs its full name: the people finder reads the whole article. */
  constructor(private readonly text: string, quotes: QuoteRecord[], private readonly people: () => PersonMention[]) {
    this.quoted = new SpanIndex(quotes.map((q) => ({ start: q.char_start, end: q.char_end })));
    this.attributed = new SpanIndex(quotes.flatMap((q) => (q.speaker ? [{ start: q.char_start, end: q.char_end, speaker: q.speaker }] : [])));
  }

  /** The person whose name is exactly `subject` or ends it ("the trade minister Ana Ruiz"), if any. */
  private personAt(subject: Span): PersonMention | null {
    // A name ends in a capitalised word that is not a country ("Russia and China said" names no person).
    const last = /\p{Lu}[\p{L}'’.-]*$/u.exec(this.text.slice(subject.start, subject.end))?.[0];
    if (!last || countryByName(last)) return null;
    if (!this.peopleByEnd) {
      this.peopleByEnd = new Map();
      for (const p of this.people()) this.peopleByEnd.set(p.nameSpan.end, [...(this.peopleByEnd.get(p.nameSpan.end) ?? []), p]);
    }
    return this.peopleByEnd.get(subject.end)?.find((p) => p.nameSpan.start >= subject.start) ?? null;
  }

  /** Who states the figure at `at` in `sentence`; remembers it for later pronouns and for the next sentence. */
  reporterOf(sentence: Span, at: Span): string | null {
    // A sentence with no source of its own that follows right on a sourced one goes on quoting it ("The list includes …").
    const found = this.find(sentence, at) ?? (this.lastSentence && this.follows(this.lastSentence, sentence) ? this.last : null);
    if (found) {
      this.last = found;
      this.lastSentence = sentence;
    }
    return found;
  }

  /** `next` starts right where `prev` ends (or is `prev`). */
  private follows(prev: Span, next: Span): boolean {
    if (prev.start === next.start) return true;
    return next.start >= prev.end && next.start - prev.end <= 20 && /^\s*$/u.test(this.text.slice(prev.end, next.start));
  }

  /** The sentence is read once, however many figures it holds. */
  private sourcesOf(sentence: Span): SentenceSources {
    if (this.cached?.start === sentence.start && this.cached.end === sentence.end) return this.cached.sources;
    const local = this.text.slice(sentence.start, sentence.end);
    const according = ACCORDING.exec(local);
    const verbs = words(local)
      .filter((w) => REPORTING.has(w.w) || (PUT_AT.has(w.w) && AT_AMOUNT.test(local.slice(w.end, w.end + 120))))
      .map((w) => ({ ...w, start: sentence.start + w.start, end: sentence.start + w.end }))
      // Capitalised, a verb form is part of a name ("the United States", "Reports Ltd").
      .filter((w) => !/^\p{Lu}/u.test(this.text[w.start] ?? "") && !this.quoted.covers(w.start) && !(ADD.has(w.w) && AMOUNT_NEXT.test(this.text.slice(w.end, w.end + 30))));
    const sources = { according: according ? according[1]!.trim().replace(/^the\s+/iu, "") : null, verbs };
    this.cached = { start: sentence.start, end: sentence.end, sources };
    return sources;
  }

  private find(sentence: Span, at: Span): string | null {
    const quote = this.attributed.containing(at);
    if (quote) return quote.speaker;
    const { according, verbs } = this.sourcesOf(sentence);
    if (according) return according;
    // The reporting verb nearest before the figure, else the one after it (", Chilean figures show.").
    const k = countUpTo(verbs, at.start, (v) => v.end); // the first verb ending after the figure starts
    const before = verbs[k - 1];
    const verb = before ?? (verbs[k] && verbs[k]!.start >= at.end ? verbs[k] : verbs[k + 1]);
    if (!verb) return null;
    const subject = subjectBefore(this.text, verb.start, before ? sentence.start : at.end);
    if (!subject) return null;
    // "the National Bureau of Statistics (NBS) show": the bracket the words stop before closes the phrase.
    const closing = this.text[subject.end] === ")" && this.text.lastIndexOf("(", subject.end) >= subject.start ? 1 : 0;
    const phrase = this.text.slice(subject.start, subject.end + closing).replace(/\s+/g, " ");
    if (PRONOUNS.has(phrase.toLowerCase())) return this.last;
    if (!NOUN_PHRASE_START.test(phrase) && !SOURCE_HEAD.test(phrase)) return null; // "then trimmed that … and asked" is no subject
    const person = this.personAt(subject);
    return person ? person.name : phrase;
  }
}
