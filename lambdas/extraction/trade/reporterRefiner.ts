// Who states a figure: the speaker of the quote it sits in, the source of
// "according to X", or the subject of a reporting verb in its sentence
// ("Indian figures show", "Putin noted that", "analysts who … say"). A pronoun
// ("they said") points back to the previous source. Names are completed from
// the people finder ("Putin" → "Vladimir Putin").
import type { QuoteRecord } from "../../core/schemas";
import type { Span } from "../context";
import type { PersonMention } from "../people";
import { words } from "./terms";

/** Verbs that state a figure; the wider quote-attribution list ("agreed", "urged") says who acts, not who reports. */
const REPORTING = new Set(["said", "says", "told", "tells", "added", "adds", "noted", "notes", "stated", "states", "reported", "reports", "announced", "announces", "show", "shows", "showed", "claimed", "claims", "explained", "wrote", "writes", "estimated", "estimates", "calculated", "according"]);
const ACCORDING = /\b(?:[Aa]ccording to|[Cc]iting)\s+([^,.;:“”"]{2,80})/u;
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const AUXILIARY = new Set(["has", "have", "had", "also", "will", "would", "could", "may", "might", "is", "are", "was", "were", "did", "does", "do", "later", "then", "further"]);
const RELATIVE = /\s+(?:who|which|that|whose)\b.*$/isu;
const LEADING = new Set(["but", "and", "so", "even", "yet", "still", "however", "meanwhile", "now", "also", "as", "while", "if", "when"]);
const MAX_WORDS = 8;
/** A subject opens with a capital, a determiner or a plural source noun ("officials said", "analysts say"). */
const SOURCE_HEAD = /\b(?:figures|data|officials|statistics|sources|analysts|economists|ministry|statement|report|survey|estimates|agency|office)$/iu;
const NOUN_PHRASE_START = /^(?:\p{Lu}|(?:the|a|an|one|some|many|most|several|other|two|three|officials|analysts|economists|experts|diplomats|sources|data|figures|statistics)\b)/u;

/** The subject right before a reporting verb: back to punctuation, minus relative clauses, auxiliaries and leading conjunctions. */
function subjectBefore(text: string, verbStart: number, floor: number): Span | null {
  const stretch = text.slice(floor, verbStart);
  const from = floor + Math.max(...[",", ";", ":", "“", "”", "\""].map((c) => stretch.lastIndexOf(c))) + 1;
  const phrase = text.slice(from, verbStart).replace(RELATIVE, "");
  const ws = words(phrase);
  while (ws.length && AUXILIARY.has(ws[ws.length - 1]!.w)) ws.pop();
  let first = Math.max(0, ws.length - MAX_WORDS);
  while (first < ws.length && LEADING.has(ws[first]!.w)) first++;
  const last = ws[ws.length - 1];
  if (!last || first >= ws.length) return null;
  return { start: from + ws[first]!.start, end: from + last.end };
}

export class ReporterRefiner {
  private last: string | null = null;

  constructor(private readonly text: string, private readonly quotes: QuoteRecord[], private readonly people: PersonMention[]) {}

  /** Who states the figure at `at` in `sentence`; remembers it for later pronouns. */
  reporterOf(sentence: Span, at: Span): string | null {
    const found = this.find(sentence, at);
    if (found) this.last = found;
    return found;
  }

  private find(sentence: Span, at: Span): string | null {
    const quote = this.quotes.find((q) => q.char_start <= at.start && at.end <= q.char_end && q.speaker);
    if (quote?.speaker) return quote.speaker;
    const local = this.text.slice(sentence.start, sentence.end);
    const according = ACCORDING.exec(local);
    if (according) return according[1]!.trim().replace(/^the\s+/iu, "");
    const verbsHere = words(local).filter((w) => REPORTING.has(w.w) && !this.inQuote(sentence.start + w.start));
    // The reporting verb nearest before the figure, else the one after it (", Indian figures show.").
    const before = verbsHere.filter((w) => sentence.start + w.end <= at.start).at(-1);
    const verb = before ?? verbsHere.find((w) => sentence.start + w.start >= at.end);
    if (!verb) return null;
    const subject = subjectBefore(this.text, sentence.start + verb.start, before ? sentence.start : at.end);
    if (!subject) return null;
    const phrase = this.text.slice(subject.start, subject.end).replace(/\s+/g, " ");
    if (PRONOUNS.has(phrase.toLowerCase())) return this.last;
    if (!NOUN_PHRASE_START.test(phrase) && !SOURCE_HEAD.test(phrase)) return null; // "then trimmed that … and asked" is no subject
    const person = this.people.find((p) => p.nameSpan.start >= subject.start && p.nameSpan.end === subject.end);
    return person ? person.name : phrase;
  }

  private inQuote(pos: number): boolean {
    return this.quotes.some((q) => q.char_start <= pos && pos < q.char_end);
  }
}
