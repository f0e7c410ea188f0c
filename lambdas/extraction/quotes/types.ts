// Shapes passed between the quote parsers and refiners.
import type { QuoteRecord } from "../../core/schemas";
import type { Span } from "../context";
import type { Token } from "../tokens";

/** The words inside one pair of quotation marks (or one paragraph of a multi-paragraph quote). */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark; the closing mark (if any) sits at `end`. */
  open: number;
  /** False for a paragraph of a quote that carries on into the next paragraph without a closing mark. */
  closed: boolean;
  paragraph: number;
  /** Quotes of one multi-paragraph quotation share a run number; otherwise each has its own. */
  run: number;
}

export type SpeakerKind = "name" | "pronoun" | "description" | "relative";

/** Who a reporting clause names as the speaker, as written. */
export interface SpeakerMention extends Span {
  text: string;
  kind: SpeakerKind;
  /** An apposition describing the speaker (", a trade economist at Leeds"). */
  apposition: string | null;
}

/** How the speaker was found, from most to least direct; feeds confidence. */
export type AttributionSource =
  | "after" // “…,” Smith said.
  | "before" // Smith said “…”
  | "according" // According to Smith, “…”
  | "shared" // from another quote of the same sentence, paragraph run or paragraph
  | "preceding" // a quote-only sentence after one whose subject is someone: “…”
  | "following" // a quote-only sentence before one whose subject reports: “…” Smith told reporters that …
  | "context" // a quote-only paragraph continuing the previous paragraph's speaker
  | "subject" // the sentence's subject, no reporting verb
  | "none";

export interface Attribution {
  speaker: SpeakerMention | null;
  source: AttributionSource;
  /** The reporting verb's offset, when there is one. */
  verbAt: number | null;
}

export type SpeakerType = QuoteRecord["speaker_type"];

/** Tokens of a sentence with each quotation (marks included) replaced by one placeholder token. */
export interface SentenceView {
  tokens: Token[];
  /** Index of each quote's placeholder in `tokens`, in the order of the quotes given. */
  slots: number[];
  /** Where the sentence's own subject starts (sentenceSubjectStart). */
  subjectAt: number;
  /** The sentence's own subject (sentenceSubject), found once for every parser that asks. */
  subject: SpeakerMention | null;
}

/** A quote on its way to a record: span, attribution, then the refiners' resolution. */
export interface QuoteCandidate extends QuoteSpan {
  /** The whole sentence(s) holding the quote. */
  sentence: Span;
  /** The sentence's tokens and this quote's placeholder among them. */
  view: SentenceView;
  slot: number;
  attribution: Attribution;
  speaker: string | null;
  speakerType: SpeakerType;
  role: string | null;
  country: string | null;
  via: string | null;
  /** The speaker came from a pronoun, a description or a surname rather than being written out. */
  resolved: boolean;
}

/** Someone a later pronoun or description can point back to. */
export interface Entity {
  at: number;
  name: string;
  words: string[];
  type: SpeakerType;
  role: string | null;
  country: string | null;
  plural: boolean;
  /** Named as a clause or sentence subject, the usual antecedent of a pronoun. */
  subject: boolean;
  /** The subject of its sentence's main clause: the topic until another sentence takes a new one. */
  main: boolean;
  /** The subject of a reporting verb: someone who spoke. */
  said: boolean;
  /** The owner of its sentence's subject ("Vega's tour"), not the subject itself. */
  possessor: boolean;
  /** A proper name ("Energy Ministry"), not a description ("the central bank"). */
  proper: boolean;
  paragraph: number;
  /** Index of its sentence in the article. */
  sentence: number;
}
