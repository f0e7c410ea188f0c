// What every visit frame parser shares: the sentence it reads, the places and
// people in it, and how a frame becomes a mention (its status from the clause
// around it, its destination, its purpose).
import terms from "../../../data/gazetteer/visit-terms.json";
import type { Sentence, Span } from "../context";
import { countryByName } from "../countries";
import type { PersonMention } from "../people";
import { allMatches, type Matcher } from "../allMatches";
import { lastEndingBy } from "../textOrder";
import { findPlaces, type Place } from "./placeFinder";
import { bareRoleBefore, personVisitor, visitorBefore, visitorsAfter, type Visitor } from "./visitorParser";

export interface VisitMention extends Span {
  visitor: Visitor;
  host: string | null;
  place: string | null;
  /** The destination is the dateline's city ("a visit here"). */
  here: boolean;
  /** "returned the visit": the host is whoever came the other way before. */
  returnVisit: boolean;
  status: "occurred" | "planned";
  purpose: string | null;
  /** More than one visit told at once ("three visits", "18 delegations"). */
  count: number;
  /** The frame itself (verb or noun and its place), without the visitor: dates are taken nearest to it. */
  frame: Span;
}

export interface Args {
  text: string;
  sentence: Sentence;
  /** People of this sentence; `everyone` also holds earlier ones, for "his visit". */
  people: PersonMention[];
  everyone: PersonMention[];
  places: Place[];
  /** The sentence's words as cue words are looked up in them (cueWords). */
  cueWords: CueWords;
}

/** Longest first, spaces matching any whitespace (wire copy wraps lines). */
export const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
const PLANNED = new RegExp(String.raw`\b(?:${alt(terms.plannedCues)})\b`, "u");
const UNREAL = new RegExp(String.raw`\b(?:${alt(terms.unrealCues)})\b|n['’]t\b`, "u");
const CANCELLED = new RegExp(String.raw`\b(?:${alt(terms.cancelCues)})\b`, "u");
/** "The visit …, planned for May, has been called off": the sentence's own verb cancels it, past any commas. */
const CALLED_OFF = /\b(?:(?:has|have|had)\s+been|was|were)\s+(?:cancell?ed|called\s+off|postponed|scrapped|shelved|ruled\s+out|put\s+off|put\s+on\s+hold|dropped)\b/u;
/** "accepted an invitation to visit Kazakhstan; the dates will be agreed": a visit with no date yet is undecided, no plan. */
const UNDECIDED = /\b(?:dates?\s+(?:will|would|is\s+to|are\s+to)\s+be\s+(?:agreed|set|fixed|determined|worked\s+out)|(?:date|dates|time)\s+(?:yet\s+)?to\s+be\s+(?:agreed|set|fixed|determined|announced)|(?:a|at\s+a)\s+mutually\s+(?:convenient|agreed|acceptable)\s+(?:time|date))\b/u;
/** Words between a verb and its place: "the city of", "the northeast city of", "the". */
const PLACE_LEAD = /^\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:city|capital|port|town|province|region|resort|state|prefecture|governorate|oblast|krai|county|department|emirate|canton)\s+of\s+)?(?:the\s+)?/u;
/** "Republic of Angola": a formal state name the gazetteer does not hold, before the country's short name. */
const STATE_OF = /^(?:(?:Federal|Islamic|Democratic|Socialist|Arab|Hashemite|Bolivarian|Plurinational)\s+)*(?:Republic|Kingdom|Sultanate|State|Emirate|Principality|Grand\s+Duchy|Commonwealth)\s+of\s+(?:the\s+)?/u;
/** "the Indian capital", "the Chilean port city": a demonym names the country when no city is given. */
const DEMONYM_HEAD = String.raw`(?:capital|city|port|mainland|Far\s+East|far\s+east|countryside|heartland)\b`;
const DEMONYM_PLACE = new RegExp(String.raw`^\s+the\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)\s+(?:(?:port|coastal|northern|southern|eastern|western)\s+)?${DEMONYM_HEAD}`, "u");
/** "landed in the capital": with no demonym, the capital of the country whose place was named last; not "returned to the capital" (home). */
const BARE_CAPITAL = /^\s+the\s+capital\b/u;
const RETURN_TO = /\b(?:return(?:ed|s|ing)?|back)\s+to$/u;
const DEMONYM_CUE = new RegExp(String.raw`\b${DEMONYM_HEAD}`, "u");

/** Whether the sentence can name a destination at all: a place, or a demonym's "capital". Sentences without one skip the frames that need it. */
export const mayNamePlace = (args: Args) => args.places.length > 0 || DEMONYM_CUE.test(args.sentence.text);
/** Planning told after the frame: "a visit by X to Y is planned for May", "… is pencilled in for April", "X arrives in Y next week". */
const PLANNED_AFTER = /^\s+(?:is|are)\s+(?:planned|scheduled|expected|due|slated|pencill?ed\s+in|set\s+for)\b|^[^,;]{0,30}\bnext\s+(?:week|month|year)\b/u;
/** "The visit of X to Y, planned for October, is …": an appositive that plans it. */
const PLANNED_APPOSITIVE = /^,\s+(?:planned|scheduled|set|due)\s+(?:for|in)\b/u;
/** "at the invitation of Z" says who asked, not whether the visit happens; "accepted an invitation to visit" makes it planned. */
const INVITED_BY = /\b[Aa]t\s+the\s+invitation\s+of\b/gu;
const ACCEPTED = /\baccept(?:ed|s)?\s+(?:an|the|his|her|their|a)\s+(?:[\p{L}-]+\s+)?invitation\b/gu;
/** "X arrives in Hanoi on Thursday", "X begins a visit to Peru tomorrow": news tells a scheduled trip in the present tense. */
const PRESENT_VERB = /\b(?:arrives|visits|travels|flies|heads|leaves|departs|begins|starts|lands|embarks|pays|makes|tours)\b/u;
const SCHEDULE_AFTER = /^[^,;]{0,30}?\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|tomorrow|next\s+(?:week|month|\p{Lu}\p{Ll}+day))\b/u;
/** "… will visit Kuwait if the talks succeed": a condition after the frame makes it a hypothesis. */
const CONDITION = /\b(?:if|unless|provided\s+that|as\s+long\s+as)\b/u;
/** "Officials said the leader would travel to Kuwait": reported speech puts "will" into the past, it is no hypothesis. */
const REPORTED_WOULD = /\b(?:said|says|announced|confirmed|added|stated|reported|told\s+[\p{L}]+)\s+(?:that\s+)?[^,;.:“”"]{0,80}?\bwould(?=(?:\s+(?:also|then|later|soon|next|first))?\s+(?:visit|travel|go|fly|head|make|pay|arrive|lead|tour|be\s+in|attend)\b)/gu;
const PURPOSE = /^,?(?:\s+[\p{L}\p{N}.]+){0,3}?\s+(?:for|to)\s+((?:the\s+)?[^,.;()\n]{3,100})/u;

/** The place a frame names right after `from` (which stands on the whitespace before it). */
export function placeAt(args: Args, from: number): Place | null {
  const lead = PLACE_LEAD.exec(args.text.slice(from, from + 60));
  const at = from + (lead ? lead[0].length : 0);
  const state = STATE_OF.exec(args.text.slice(at, at + 60));
  const place = args.places.find((p) => p.start === at) ?? (state ? args.places.find((p) => p.start === at + state[0].length) : undefined);
  if (place) return place;
  const demonym = DEMONYM_PLACE.exec(args.text.slice(from, from + 60));
  const iso3 = demonym ? countryByName(demonym[1]!) : null;
  if (demonym && iso3) return { start: from, end: from + demonym[0].length, iso3, city: null };
  const capital = BARE_CAPITAL.exec(args.text.slice(from, from + 20));
  const prior = capital && !RETURN_TO.test(args.text.slice(Math.max(0, from - 12), from)) ? lastPlaceBefore(args, from) : null;
  return prior ? { start: from, end: from + capital![0].length, iso3: prior.iso3, city: null } : null;
}

/** The last place named in the stretch before `at` (this sentence and the one or two before it). */
function lastPlaceBefore(args: Args, at: number): Place | null {
  const from = Math.max(0, at - 400);
  return findPlaces(args.text, { start: from, end: at, paragraph: args.sentence.paragraph, text: args.text.slice(from, at) }).at(-1) ?? null;
}

const ONWARD_LEG = /\b(?:return|head|continu|travel|fl[yiew]|leav|go|went|mov|proceed|depart)[\p{L}]*\s+(?:on\s+|back\s+|home\s+)?to\s+$/u;

function purposeAfter(text: string, end: number): string | null {
  const m = PURPOSE.exec(text.slice(end, end + 120));
  // ", according to the ministry" names a source, not a purpose.
  if (!m || /\baccording\s+to\s+\S+$/u.test(m[0].slice(0, m[0].length - m[1]!.length) + m[1]!.split(/\s/u)[0])) return null;
  // "before returning to Manila", "then flying to Osaka": the next leg, not a purpose.
  if (ONWARD_LEG.test(m[0].slice(0, m[0].length - m[1]!.length))) return null;
  return m[1]!.replace(/\s+/g, " ").replace(/[“”"]/g, "").trim();
}

function statusOf(args: Args, start: number, end: number): "occurred" | "planned" | null {
  // The clause around the frame: up to 80 chars before; after it, to the next comma, only a cancellation counts.
  const after = /^[^,;]{0,40}/u.exec(args.text.slice(end, Math.min(args.sentence.end, end + 40)))![0];
  const rest = args.text.slice(end, Math.min(args.sentence.end, end + 120));
  const before = (reach: number) => args.text.slice(Math.max(args.sentence.start, start - reach), end).replace(INVITED_BY, "").replace(LEFT_TO_VISIT, "$1").replace(ACCEPTED, "planned").replace(REPORTED_WOULD, (m) => `${m.slice(0, -"would".length)}will`);
  if (UNREAL.test(before(80)) || CANCELLED.test(after) || CONDITION.test(after) || CALLED_OFF.test(rest) || UNDECIDED.test(rest)) return null;
  const scheduled = PRESENT_VERB.test(args.text.slice(start, end)) && SCHEDULE_AFTER.test(after);
  return PLANNED.test(before(40)) || PLANNED_AFTER.test(after) || PLANNED_APPOSITIVE.test(rest) || scheduled ? "planned" : "occurred";
}

/** "no UK minister has visited", "neither leader went to": a negated visitor. */
const NO_SUBJECT = /\b(?:[Nn]o|[Nn]either)\s+$/u;
/** A group phrase may hold the "No" that opens its sentence: "No UK Cabinet minister". */
const NO_GROUP = /^(?:No|Neither)\s/u;

/** Between a frame's verb and a place: an earlier place of the same list ("… to Asunción on Thursday and "). */
const LATER_IN_LIST = /\p{Lu}[^.;]*(?:,|\band)\s+$/u;

/** A frame as a mention, or null when its clause is hypothetical, negated or cancelled. */
export function mention(args: Args, visitor: Visitor, span: Span, place: Place | null, extra: Partial<VisitMention> = {}): VisitMention | null {
  const start = Math.min(visitor.start, span.start), end = Math.max(span.end, place?.end ?? span.end, visitor.end);
  if (NO_SUBJECT.test(args.text.slice(Math.max(args.sentence.start, visitor.start - 10), visitor.start)) || NO_GROUP.test(visitor.name)) return null;
  const status = statusOf(args, start, end);
  if (!status) return null;
  return {
    start,
    end,
    visitor,
    host: place?.iso3 ?? null,
    place: place?.city ?? null,
    here: false,
    returnVisit: false,
    status,
    purpose: purposeAfter(args.text, place?.end ?? span.end),
    count: visitor.count,
    // A later place of a list ("to Asunción on Thursday and Montevideo on Friday") is its own frame, so the date nearest it is its own.
    frame: place && LATER_IN_LIST.test(args.text.slice(span.end, place.start)) ? { start: place.start, end: place.end } : { start: span.start, end: Math.max(span.end, place?.end ?? span.end) },
    ...extra,
  };
}

const PRONOUNS = /\b(he|his|him|she|her)\b/giu;
const PRONOUN_AHEAD = /^\W*(?:[\p{L}-]+\s+){0,3}?(he|his|him|she|her)\b/iu;

/** "During his stay in Hanoi, ": an opening phrase, which a pronoun in it shares with the subject after its comma. */
const OPENING_PHRASE = /^(?:During|On|In|At|While|After|Before|Since|Upon|Following|Ahead\s+of|Throughout)\s[^,.;:“”"]*,\s*/u;

/**
 * The person a possessive or subject pronoun ("his visit", "she flew") points to: the last person mentioned before it
 * in its sentence, or, in a sentence's opening phrase, the person the sentence goes on with ("During his stay in Hanoi,
 * Lopez …"). A pronoun with no person before it in its sentence refers back (backReference): to the person or the
 * visitor told last ("Uzbekistan's president arrived in Tokyo. He will visit Osaka").
 */
/** "Chinese officials", "Gulf ministers of trade": a plural head, which "his" or "her" does not refer to. */
const pluralHead = (name: string) => /[^s]s$/u.test(name.split(/\s+(?:of|for)\s+/u)[0]!.split(/\s+/u).at(-1)!);

export function pronounOwner(args: Args, at: number): Visitor | null {
  const opening = OPENING_PHRASE.exec(args.sentence.text);
  const after = opening && args.sentence.start + opening[0].length > at ? args.people.find((q) => q.start === args.sentence.start + opening[0].length) : undefined;
  const p = after ?? args.everyone[lastEndingBy(args.everyone, at)];
  // The visitor stands where the pronoun is, so the mention's span (and the date nearest it) stays local.
  if (p && (after || p.start >= args.sentence.start)) return { ...personVisitor(args.text, p), start: at, end: at };
  // The pronoun: in the frame's first words ("take him to", "his visit"), else the last one before it ("he will fly to").
  const pronoun = PRONOUN_AHEAD.exec(args.text.slice(at, at + 30)) ?? [...args.text.slice(Math.max(args.sentence.start, at - 60), at).matchAll(PRONOUNS)].at(-1);
  // "The Iraqi Prime Minister signed three deals during his visit": with no one named in the sentence, the role it opens with.
  const subject = pronoun && !p ? visitorsAfter(args.text, args.sentence.start, args.people)[0] : undefined;
  if (subject && subject.kind === "group" && subject.count === 1 && subject.end < at && !pluralHead(subject.name)) return { ...subject, start: at, end: at };
  return pronoun ? { start: at, end: at, name: /^h[ei]/iu.test(pronoun[1]!) ? "he" : "she", role: null, country: null, kind: "group", count: 1, refersBack: true } : null;
}

const CONTROL = /\s*\b(?:accepted|accepts|accept)\s+(?:an|the|a|his|her|their)\s+(?:[\p{L}-]+\s+)?invitation\s+to\s+$|\s*\b(?:agreed|agrees|promised|promises|pledged|pledges|vowed|vows|decided|decides)\s+to\s+$/u;

/** "left Pyongyang on Tuesday to visit Laos": the trip has begun, so its "to visit" plans nothing. */
const LEFT_TO_VISIT = /\b(left|departed|set\s+off|set\s+out)\s[^.;:]{1,60}?\bto\s+(?=visit\b)/u;
/** "left Pyongyang by air on Tuesday to ": a departure, then the infinitive of its purpose. */
const DEPARTED_TO = /\b(?:left|leaves|departed|departs|set\s+off|set\s+out)\s[^.;:]{1,60}?\bto\s+$/u;

/** "he flew to …": a subject pronoun, with auxiliaries. */
const PRONOUN_SUBJECT = /\b(?:[Hh]e|[Ss]he)(?:\s+(?:has|had|was|is|will|also|then|later|recently|already|first|last|previously|again|subsequently|to|be|due|set|expected|scheduled|slated|likely))*\s+$/u;

/** The place at `from` and any joined to it by commas or "and" ("Peru, Chile and Ecuador"), one per country. */
export function placesFrom(args: Args, from: number): Place[] {
  const first = placeAt(args, from);
  if (!first) return [];
  const out = [first];
  for (let last = first; ; ) {
    // "Asunción on Thursday and Montevideo on Friday": each stop may carry its day.
    const joint = /^(?:\s+on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?)?(?:\s*,\s*|\s+and\s+|,\s+and\s+)/u.exec(args.text.slice(last.end, last.end + 32));
    const next = joint ? args.places.find((p) => p.start === last.end + joint[0].length) : undefined;
    if (!next) break;
    if (!out.some((p) => p.iso3 === next.iso3)) out.push(next);
    last = next;
  }
  return out;
}

/** The subject of a verb at `at`: a visitor phrase right before it, else "he"/"she" for the last person named. */
export function subjectOf(args: Args, at: number): Visitor | null {
  const visitor = visitorBefore(args.text, at, args.sentence.start, args.people);
  if (visitor) return visitor;
  // "X has accepted an invitation to visit", "X agreed to travel to": the subject of the verb that governs the trip.
  const control = CONTROL.exec(args.text.slice(Math.max(args.sentence.start, at - 60), at));
  if (control) return subjectOf(args, at - control[0].length);
  // "X left Pyongyang by air on Tuesday to visit Laos": the subject of the departure the visit is the purpose of.
  const purpose = DEPARTED_TO.exec(args.text.slice(Math.max(args.sentence.start, at - 80), at));
  if (purpose) return subjectOf(args, at - purpose[0].length);
  if (PRONOUN_SUBJECT.test(args.text.slice(Math.max(args.sentence.start, at - 60), at))) return pronounOwner(args, at);
  return bareRoleBefore(args.text, at, args.sentence.start);
}

/** A word's key: a hash of its letters, in lower case. Two words may share a key; that only lets a gated regex run needlessly. */
function wordKey(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = nextKey(h, word.charCodeAt(k) | 32);
  return h;
}
/** Kept to 30 bits: a small integer to V8. */
const nextKey = (h: number, c: number) => (Math.imul(h ^ c, 16777619) + 1) & 0x3fffffff;

/** The cue words of every gate (cuesOf, phraseCuesOf), numbered by key: a sentence records only which of them it holds. */
const CUE_NUMBERS = new Map<number, number>();
/** Which low 16 bits of a key some cue's key has: most words are no cue, and this tells so without the map. */
const CUE_KEY_ENDS = new Uint8Array(1 << 16);
function cueNumber(word: string): number {
  const key = wordKey(word);
  const known = CUE_NUMBERS.get(key);
  if (known !== undefined) return known;
  CUE_NUMBERS.set(key, CUE_NUMBERS.size);
  CUE_KEY_ENDS[key & 0xffff] = 1;
  return CUE_NUMBERS.size - 1;
}

/** A held-cue bit set has 16 cues per element (cue >> 4, bit cue & 15): a small integer to V8. */
const SLOT_SHIFT = 4, SLOT_BITS = 15;

/** Which cue words a sentence holds. */
export class CueWords {
  constructor(
    /** Bit sets of the cues held (null: none), numbered below `known`. */
    private readonly held: number[] | null,
    private readonly known: number,
    /** "ſ" or "K" in the sentence: a case-sensitive regex takes neither for a letter, so its words may split there; every gate opens. */
    readonly stray: boolean,
  ) {}

  /** A cue numbered after these words were read counts as held: the gate stays open. */
  has(cue: number): boolean {
    return cue >= this.known || (this.held !== null && ((this.held[cue >> SLOT_SHIFT]! >> (cue & SLOT_BITS)) & 1) === 1);
  }

  /** Whether any gate of the set's cues opens (holdsCue of any of its lists): a few ANDs of bit sets. */
  holdsAnyOf(set: CueSet): boolean {
    if (this.stray || set.max >= this.known) return true;
    if (this.held === null) return false;
    for (let slot = 0; slot < set.bits.length; slot++) if ((set.bits[slot]! & this.held[slot]!) !== 0) return true;
    return false;
  }
}

/** Cues as a bit set like a sentence's held cues (CueWords.holdsAnyOf). */
export class CueSet {
  readonly bits: number[] = [];
  readonly max: number;
  constructor(cues: readonly number[]) {
    for (const cue of cues) {
      while (this.bits.length <= cue >> SLOT_SHIFT) this.bits.push(0);
      this.bits[cue >> SLOT_SHIFT]! |= 1 << (cue & SLOT_BITS);
    }
    this.max = Math.max(-1, ...cues);
  }
}

/** "ſ" and "K": a case-insensitive regex takes them for "s" and "k". ("c | 32" is a lower-case ASCII letter exactly for A-Z and a-z.) */
const LONG_S = 0x17f, KELVIN = 0x212a;

/**
 * The cue words among the runs of ASCII letters of a text, in lower case, "ſ" read as "s" and "K" as "k" (the letters besides
 * A-Z that a case-insensitive regex takes for ASCII ones). A word a regex matches between word boundaries or spaces is one of them.
 * "İ" splits words: it lowers to "i" and a dot, and to a regex it is no ASCII letter.
 * Reads text[from, to): a sentence read in its article's text, not as a slice (a slice's chars are read through it).
 * The held cues are a plain array, allocated at the first cue found: most sentences hold none.
 */
export function cueWords(text: string, from = 0, to = text.length): CueWords {
  const known = CUE_NUMBERS.size;
  let held: number[] | null = null;
  let stray = false, h = 0, letters = 0;
  for (let k = from; k <= to; k++) {
    const c = k < to ? text.charCodeAt(k) : 0, lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      h = nextKey(h, lower);
      letters++;
      continue;
    }
    if (c === LONG_S || c === KELVIN) {
      stray = true;
      h = nextKey(h, c === LONG_S ? 115 : 107);
      letters++;
      continue;
    }
    const cue = letters !== 0 && CUE_KEY_ENDS[h & 0xffff] === 1 ? CUE_NUMBERS.get(h) : undefined;
    if (cue !== undefined) {
      held ??= new Array<number>((known >> SLOT_SHIFT) + 1).fill(0);
      held[cue >> SLOT_SHIFT]! |= 1 << (cue & SLOT_BITS);
    }
    h = letters = 0;
  }
  return new CueWords(held, known, stray);
}

/** Whether a regex every match of which holds one of these cue words (cuesOf) may match the sentence. */
export function holdsCue(words: CueWords, cues: readonly number[]): boolean {
  if (words.stray) return true;
  for (const cue of cues) if (words.has(cue)) return true;
  return false;
}

/** Whether a regex every match of which holds all words of one of these phrases (phraseCuesOf; null: no gate) may match the sentence. */
export function holdsPhrase(words: CueWords, phrases: readonly (readonly number[])[] | null): boolean {
  if (!phrases || words.stray) return true;
  for (const phrase of phrases) if (holdsAll(words, phrase)) return true;
  return false;
}

function holdsAll(words: CueWords, cues: readonly number[]): boolean {
  for (const cue of cues) if (!words.has(cue)) return false;
  return true;
}

/** Plain words and spaces: anything else is regex syntax, no word. */
const PLAIN = /^[A-Za-z ]+$/u;

/**
 * Cue words for a regex of these phrases, each between word boundaries or spaces: each phrase's longest word, one of which
 * every match holds. Null (scan every sentence) unless the phrases are plain words.
 */
export function cuesOf(phrases: string[]): number[] | null {
  if (!phrases.every((p) => PLAIN.test(p))) return null;
  return [...new Set(phrases.map((p) => cueNumber(p.split(" ").reduce((a, b) => (b.length > a.length ? b : a)))))];
}

/**
 * Each phrase's words, for a regex every match of which holds all words of one phrase, each between word boundaries or
 * spaces (in any case, or either case of its first letter). Null (scan every sentence) unless the phrases are plain words.
 */
export function phraseCuesOf(phrases: string[]): number[][] | null {
  if (!phrases.every((p) => PLAIN.test(p))) return null;
  return phrases.map((p) => p.split(" ").filter(Boolean).map(cueNumber));
}

/**
 * Frame matches of `re` (global) in the sentence, with absolute offsets. With cue words (cuesOf, one of which every match
 * holds as a whole word, in any case), a sentence holding none is not scanned: most sentences have no visit words, and the scan is the cost.
 */
export function matchesIn(args: Args, re: Matcher, cues: readonly number[] | null = null): { m: RegExpExecArray; start: number; end: number }[] {
  const { sentence } = args;
  if (cues && !holdsCue(args.cueWords, cues)) return [];
  return allMatches(re, sentence.text).map((m) => {
    const start = sentence.start + m.index;
    return { m, start, end: start + m[0].length };
  });
}
