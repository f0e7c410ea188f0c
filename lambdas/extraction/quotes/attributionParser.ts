// Attribution: the reporting clause that names each quote's speaker, looked
// for in the quote's own sentence with every quotation blanked out, so words
// inside quotes never attribute. In order: a clause right after the quote
// (“…,” Smith said / said Smith), a clause ending in a colon right before it
// with no reporting verb (she laughed: “…”, Her answer: “…”), the nearest
// reporting verb before it (Smith said that “…”, as he put it, “…”),
// "according to X", then the sentence's subject as a weak fallback. Declines
// (source "none") when nothing fits.
import type { Span } from "../context";
import { tokenize, type Token } from "../tokens";
import { isSpeakerNoun, isSpeechNoun, verbAt } from "./lexicon";
import { nounPhraseAfter, nounPhraseBefore, objectPhrase, onlyRoleWords, subjectStart } from "./nounPhrase";
import type { Attribution, QuoteSpan, SentenceView, SpeakerMention } from "./types";

const QUOTE = "\u0000quote";
const LOOKBACK = 60;
const NONE: Attribution = { speaker: null, source: "none", verbAt: null };

/**
 * The tokens of a range of sentences with each quotation replaced by a placeholder. `sentenceTokens` are the
 * tokens of each sentence of the article; the range starts at sentence `first`. No token runs across a quotation
 * mark (a mark is never part of a word there) or across the whitespace between sentences, so the sentences'
 * own tokens serve as they are: nothing is tokenized again.
 */
export function sentenceView(text: string, range: Span, quotes: QuoteSpan[], sentenceTokens: Token[][], first: number): SentenceView {
  const tokens: Token[] = [];
  const slots: number[] = [];
  let from = range.start;
  let q = 0;
  for (let s = first; s < sentenceTokens.length; s++) {
    const own = sentenceTokens[s] as Token[];
    if (own.length > 0 && (own[0] as Token).start >= range.end) break;
    for (const t of own) {
      for (let quote = quotes[q]; quote !== undefined && t.start >= quote.open; quote = quotes[++q]) {
        from = placeholderFor(quote, tokens, slots, from);
      }
      if (t.start >= from) tokens.push(t);
    }
  }
  for (; q < quotes.length; q++) from = placeholderFor(quotes[q] as QuoteSpan, tokens, slots, from);
  return viewOf(text, tokens, slots);
}

/** A sentence view of `tokens`, whose quote placeholders are at `slots`. */
export function viewOf(text: string, tokens: Token[], slots: number[]): SentenceView {
  const subjectAt = sentenceSubjectStart(tokens);
  return { tokens, slots, subjectAt, subject: sentenceSubject(text, tokens, subjectAt) };
}

/** Appends the quote's placeholder; returns where the tokens after the quote start. */
function placeholderFor(q: QuoteSpan, tokens: Token[], slots: number[], from: number): number {
  const close = q.closed ? q.end + 1 : q.end;
  slots.push(tokens.length);
  tokens.push({ start: q.open, end: close, text: QUOTE, kind: "punct" });
  return Math.max(from, close);
}

export const isAccordingTo = (tokens: Token[], i: number): boolean =>
  tokens[i]?.text.length === 9 && tokens[i]?.text.toLowerCase() === "according" && tokens[i + 1]?.text === "to";

export const isQuote = (t: Token | undefined): boolean => t?.text === QUOTE;

/** The quote at `k` follows "so-called": the writer's term for something, never anyone's words. */
export const isTermQuote = (tokens: Token[], k: number): boolean => isQuote(tokens[k]) && tokens[k - 1]?.text.toLowerCase() === "so-called";

/** Index of the nearest quote placeholder before `i` (or -1), bounded by the lookback; a term inside the clause ("calls the so-called ‘X’ …") is no boundary. */
function previousQuote(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= LOOKBACK; k--) if (isQuote(tokens[k]) && !isTermQuote(tokens, k)) return k;
  return -1;
}

const QUOTED = new Set(["quoted", "cited"]);
const PASSIVE_AUX = new Set(["was", "were", "is", "are", "been"]);

/** Index of the "as" of "quoted … as saying" / "as having told" right before the verb at `v`, or -1. */
function asBefore(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.text === "as") return v - 1;
  return tokens[v - 1]?.text === "having" && tokens[v - 2]?.text === "as" ? v - 2 : -1;
}

/**
 * Where the subject of the verb at `v` ends: "he was quoted as saying", "Eze
 * was quoted by Reuters as saying" put it before the auxiliary; else right before `v`.
 */
function subjectEnd(tokens: Token[], v: number): number {
  const as = asBefore(tokens, v);
  if (as < 0) return v;
  for (let k = as - 1; k >= 1 && as - k <= 7; k--) {
    if (QUOTED.has((tokens[k] as Token).text)) return PASSIVE_AUX.has((tokens[k - 1] as Token).text) ? k - 1 : v;
  }
  return v;
}

/**
 * "An official quoted by Kyodo said", "a diplomat cited by Reuters told": a
 * phrase after "quoted/cited by" is the relay; the speaker is the phrase before
 * it. `np` is the phrase found right before the verb; returns it when no relay comes first.
 */
function relayedSpeaker(text: string, tokens: Token[], np: SpeakerMention, floor: number, anyHead: boolean): SpeakerMention | null {
  let at = floor;
  while (at < tokens.length && (tokens[at] as Token).start < np.start) at++;
  if (tokens[at - 1]?.text !== "by" || !QUOTED.has(tokens[at - 2]?.text ?? "")) return np;
  const before = tokens[at - 3]?.text === "," ? at - 3 : at - 2;
  return nounPhraseBefore(text, tokens, before, floor, anyHead) ?? np;
}

/** Marks between a quote and its clause: “…,” Smith said / “…” — Smith said. */
const AFTER_QUOTE_MARKS = new Set([",", "—", "–", "-", "…"]);

/**
 * Whether the words from `j` to the name at `npAt` are the name's role, maybe after a description:
 * "a road contractor, Ali Khan," and "the envoy, former minister Ali Khan," (the role came from nounPhraseBefore).
 */
function roleFillsGap(text: string, tokens: Token[], np: SpeakerMention, j: number, npAt: number): boolean {
  if (np.apposition === null) return false;
  for (let r = j; r < npAt; r++) if (text.startsWith(np.apposition, (tokens[r] as Token).start)) return onlyRoleWords(tokens, j, r);
  return false;
}

/** “…,” Smith said / “…,” said Smith, the minister / “…,” according to Smith. */
function clauseAfter(text: string, tokens: Token[], slot: number): Attribution | null {
  let j = slot + 1;
  while (j < tokens.length && AFTER_QUOTE_MARKS.has((tokens[j] as Token).text)) j++;
  if (isAccordingTo(tokens, j)) {
    const np = nounPhraseAfter(text, tokens, j + 2, tokens.length);
    return np ? { speaker: np, source: "according", verbAt: null } : null;
  }
  for (let v = j; v < tokens.length && v - j <= 24; v++) {
    const t = tokens[v] as Token;
    if (isQuote(t) || t.text === "." || t.text === ";") return null;
    const n = verbAt(tokens, v);
    if (!n) continue;
    if (v === j) {
      const np = nounPhraseAfter(text, tokens, v + n, tokens.length);
      return np ? { speaker: np, source: "after", verbAt: t.start } : null;
    }
    const found = nounPhraseBefore(text, tokens, subjectEnd(tokens, v), j, true);
    const np = found && relayedSpeaker(text, tokens, found, j, true);
    if (!np) return null;
    // The phrase must fill the gap, bar a role written before a name ("ministry spokesperson Lin Hua") or a
    // spokesperson for a named body ("a spokesperson for the Port of Rotterdam Authority": the body speaks).
    let npAt = j;
    while (npAt < v && (tokens[npAt] as Token).start !== np.start) npAt++;
    const link = tokens[npAt - 1]?.text === "the" ? npAt - 2 : npAt - 1;
    const forBody = link > j && (tokens[link]?.text === "for" || tokens[link]?.text === "of") && isSpeakerNoun(tokens[link - 1]!.text) && onlyRoleWords(tokens, j, link);
    return npAt < v && (onlyRoleWords(tokens, j, npAt) || forBody || roleFillsGap(text, tokens, np, j, npAt)) ? { speaker: np, source: "after", verbAt: t.start } : null;
  }
  return null;
}

/**
 * Whether a sentence opens with a reporting clause that belongs to the quote
 * before it: the splitter cannot know that “Why now?” Lena Voss said … is
 * one sentence, so the quote extractor rejoins them.
 */
export function opensWithAttribution(text: string, sentence: Span, sentenceTokens: Token[]): boolean {
  // The clause is looked for in the sentence's first 400 characters.
  const tokens = sentence.end - sentence.start <= 400 ? sentenceTokens : tokenize(text, sentence.start, sentence.start + 400);
  const placeholder: Token = { start: sentence.start, end: sentence.start, text: QUOTE, kind: "punct" };
  return clauseAfter(text, [placeholder, ...tokens], 0) !== null;
}

/** Tokens a colon's clause may span: "Asked whether …, she laughed:" keeps only "she laughed". */
const COLON_CLAUSE = 16;
const CLAUSE_BREAKS = new Set([",", ";", ".", "—", "–"]);

/**
 * A clause with no reporting verb ending in a colon right before the quote:
 * a speaker's speech noun ("Her answer:", "The minister's reply was brief:")
 * or a subject and any verb ("she laughed:", "Aránguiz smiled:").
 */
function colonClause(text: string, tokens: Token[], slot: number): Attribution | null {
  if (tokens[slot - 1]?.text !== ":") return null;
  let c = slot - 2;
  while (c >= 0 && slot - c <= COLON_CLAUSE && !CLAUSE_BREAKS.has((tokens[c] as Token).text) && !isQuote(tokens[c])) c--;
  if (slot - c > COLON_CLAUSE) return null;
  const start = subjectStart(tokens, c + 1, slot - 1);
  for (let k = start; k < slot - 1; k++) if (verbAt(tokens, k)) return null;
  const first = tokens[start] as Token | undefined;
  if (!first) return null;
  // "Her answer:", "His reply was sharp:"
  if (/^(his|her)$/iu.test(first.text) && isSpeechNoun(tokens[start + 1])) {
    return { speaker: { start: first.start, end: first.end, text: first.text, kind: "pronoun", apposition: null }, source: "before", verbAt: null };
  }
  // "Eze's reply:", "The minister's answer:"
  for (let k = start + 1; k < slot - 2 && k - start <= 5; k++) {
    if ((tokens[k] as Token).kind === "poss" && isSpeechNoun(tokens[k + 1])) {
      const owner = nounPhraseBefore(text, tokens, k, start);
      return owner ? { speaker: owner, source: "before", verbAt: null } : null;
    }
  }
  const np = nounPhraseAfter(text, tokens, start, slot - 1);
  if (!np) return null;
  let next = start;
  while (next < slot - 1 && (tokens[next] as Token).end <= np.end) next++;
  const verb = tokens[next];
  return verb && verb.kind === "word" && verb.text === verb.text.toLowerCase() ? { speaker: np, source: "before", verbAt: null } : null;
}

/** Words "quoted … as" may hold: "quoted the founder of the Cuban revolution as". */
const QUOTED_OBJECT = 8;

/** Who "quoted X as saying" quotes: all of X when nothing but words stands between "quoted" and "as" (`as`: its index). */
function quotedObject(text: string, tokens: Token[], as: number, floor: number): SpeakerMention | null {
  for (let k = as - 1; k >= floor && as - k <= QUOTED_OBJECT; k--) {
    const t = tokens[k] as Token;
    if (QUOTED.has(t.text)) return k + 1 < as ? objectPhrase(text, tokens, k + 1, as) : null;
    if (t.kind !== "word" && t.kind !== "poss") break;
  }
  return nounPhraseBefore(text, tokens, as, floor, true);
}

/** The subject of the reporting verb at `v`, or of an earlier one when it has none ("…, saying", "to note", "and urged"). */
function subjectOf(text: string, tokens: Token[], v: number, floor: number): SpeakerMention | null {
  // "Xinhua quoted Okafor as saying", "… quoted him as having told": the speaker is the object before "as";
  // "Okafor was quoted by Xinhua as saying": the subject.
  const as = asBefore(tokens, v);
  if (as >= 0) {
    const passive = subjectEnd(tokens, v);
    const np = passive === v ? quotedObject(text, tokens, as, floor) : nounPhraseBefore(text, tokens, passive, floor);
    if (np) return np;
  }
  const np = nounPhraseBefore(text, tokens, v, floor);
  if (np) return relayedSpeaker(text, tokens, np, floor, false);
  for (let k = v - 1; k >= floor && v - k <= LOOKBACK; k--) {
    if (verbAt(tokens, k)) {
      const earlier = nounPhraseBefore(text, tokens, k, Math.max(0, k - LOOKBACK));
      if (earlier) return earlier;
    }
  }
  return null;
}

/** "both sides", "the two countries": parties to a joint decision, whose words someone else reports. */
const JOINT_PARTIES = /^(?:both|(?:the\s+)?two)\s+(?:sides|countries|parties|governments|delegations)$/iu;

/** Smith said “…” / as he put it, “…” / According to Interfax, “…”. */
function clauseBefore(text: string, view: SentenceView, slot: number): Attribution | null {
  const { tokens } = view;
  const floor = previousQuote(tokens, slot) + 1;
  // "The ministry said both sides agreed to “…”": the joint parties only if no one reports their words.
  let joint: Attribution | null = null;
  for (let v = slot - 1; v >= floor && slot - v <= LOOKBACK; v--) {
    const t = tokens[v] as Token;
    if (isAccordingTo(tokens, v)) {
      const np = nounPhraseAfter(text, tokens, v + 2, slot);
      if (np) return { speaker: np, source: "according", verbAt: null };
    }
    if (!verbAt(tokens, v)) continue;
    const np = subjectOf(text, tokens, v, Math.max(0, v - LOOKBACK));
    if (np && !joint && JOINT_PARTIES.test(np.text)) {
      joint = { speaker: np, source: "before", verbAt: t.start };
      continue;
    }
    if (np) return { speaker: np, source: "before", verbAt: t.start };
    // A verb without a subject of its own ("…, saying", "and insisted that") takes the sentence's subject.
    return joint ?? { speaker: view.subject, source: "before", verbAt: t.start };
  }
  return joint;
}

/** Where the sentence's own subject starts, after any opening adverbial. */
export const sentenceSubjectStart = (tokens: Token[]): number => subjectStart(tokens, 0, Math.min(tokens.length, 40));

/** The sentence's own subject, skipping an opening adverbial: "In a letter, Smith …" → Smith. `start`: sentenceSubjectStart(tokens). */
export function sentenceSubject(text: string, tokens: Token[], start = sentenceSubjectStart(tokens)): SpeakerMention | null {
  if (isQuote(tokens[start])) return null;
  return nounPhraseAfter(text, tokens, start, Math.min(tokens.length, start + 20));
}

/** The attribution of the quote whose placeholder is `tokens[slot]`. */
export function parseAttribution(text: string, view: SentenceView, slot: number): Attribution {
  const { tokens } = view;
  const after = clauseAfter(text, tokens, slot);
  const before = clauseBefore(text, view, slot);
  // “…,” according to Politico, after "Lawmakers called it …": the outlet relays, the lawmakers speak.
  if (after && !(after.source === "according" && before?.speaker && before.source === "before")) return after;
  const colon = colonClause(text, tokens, slot);
  if (colon) return colon;
  if (before) return before;
  if (previousQuote(tokens, slot) >= 0) return NONE;
  const { subject } = view;
  return subject && subject.kind !== "pronoun" ? { speaker: subject, source: "subject", verbAt: null } : NONE;
}
