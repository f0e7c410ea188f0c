// Speaker noun phrases around a reporting verb, read off tokens without a
// tagger: a name ("Agence Nationale de Presse (ANP)", "Kenya's Energy
// Ministry"), a pronoun, or a description whose head is a speaker noun ("the
// Peruvian leader", "one Energy Ministry official"), with an apposition (", a
// trade economist at Leeds,") set aside as a role.
import titles from "../../../data/gazetteer/titles.json";
import { isJoinedName } from "../people";
import { isCapitalized, isSpaceCode, type Token } from "../tokens";
import { beforeTail, isSpeakerNoun, nounType, postModifierAt, verbAt } from "./lexicon";
import type { SpeakerMention } from "./types";

const lower = (s: string): string => s.toLowerCase();
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const RELATIVES = new Set(["who", "which"]);
// Not "that": before a subject it is mostly a conjunction ("a move that Beijing condemned").
const DETERMINERS = new Set(["the", "a", "an", "another", "one", "two", "three", "some", "several", "many", "its", "his", "her", "their", "our", "this", "these", "those", "both", "other"]);
const PARTICLES = new Set(["of", "for", "and", "de", "van", "von", "der", "bin", "al", "da", "del", "di", "du", "la", "le", "&"]);
/** Calendar words are capitalised but never part of a speaker's name ("The ministry on Friday said"). */
const CALENDAR = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]);
const MODIFIERS = new Set([...titles.modifiers, ...titles.heads].map(lower));
const OPENERS = new Set(titles.notNameStarts.map(lower));
const TITLE_HEADS = new Set(titles.heads.map(lower));
/** Words between a subject and its verb: "Lopez himself hailed", "has since said", "later added". */
const BETWEEN = new Set(["has", "have", "had", "also", "then", "later", "again", "further", "once", "since", "himself", "herself", "itself", "themselves", "would", "will", "just", "already", "still", "once", "first", "previously", "earlier", "recently", "reportedly", "separately", "repeatedly", "publicly", "privately", "however", "too", "even", "initially", "finally", "subsequently", "always", "often", "long"]);

const DASHES = new Set(["-", "–", "—"]);

// Module-level: esbuild (node20/22 targets) turns a \p{…} literal outside [] into `new RegExp(…)`, built on every call.
const HAS_LETTER = /\p{L}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const DIGITS = /^\d{1,2}$/u;
/** "IMF", "G20", "3M"; never a bare number ("17" in a "17:20" timestamp). */
const ACRONYM = /^(?=[^A-Z]*[A-Z])[A-Z0-9][A-Z0-9.&-]+$/u;
/** Whether `s` holds no whitespace but single ASCII spaces, so collapsing its whitespace runs leaves it as it is. */
function singleSpaced(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (code === 32 ? s.charCodeAt(k + 1) === 32 : isSpaceCode(code)) return false;
  }
  return true;
}

/** Every whitespace run as one space: "Lin\nHua" → "Lin Hua". Most phrases are single-spaced already and skip the regex. */
const oneSpaced = (s: string): string => (singleSpaced(s) ? s : s.replace(/\s+/gu, " "));

const lastWord = (s: string): string => s.slice(s.lastIndexOf(" ") + 1);
const word = (t: Token | undefined): string => (t && t.kind === "word" ? t.text : "");
/** A word in lower case with a letter. ASCII is read by char code (no lower-cased copy); any other character takes the slow path. */
function isLowerWord(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const s = t.text;
  let letter = false;
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (code >= 128) return s === lower(s) && HAS_LETTER.test(s);
    if (code >= 65 && code <= 90) return false;
    if (code >= 97 && code <= 122) letter = true;
  }
  return letter;
}
const isNameWord = (t: Token | undefined): boolean =>
  (isCapitalized(t) && notOpenerOrDate(lower((t as Token).text))) || (t !== undefined && t.kind === "word" && (ACRONYM.test(t.text) || isJoinedName(t.text)));
const notOpenerOrDate = (w: string): boolean => !OPENERS.has(w) && !CALENDAR.has(w);

function mention(text: string, tokens: Token[], from: number, to: number, apposition: string | null, anyHead = false): SpeakerMention | null {
  // A trailing parenthetical acronym and a trailing possessive are not part of the name.
  let end = to;
  if (word(tokens[end - 1]) === "" && tokens[end - 1]?.text === ")") {
    let k = end - 1;
    while (k > from && tokens[k]?.text !== "(") k--;
    if (k > from) end = k;
  }
  if (tokens[end - 1]?.kind === "poss") end--;
  if (end <= from) return null;
  const first = tokens[from] as Token;
  const last = tokens[end - 1] as Token;
  const lw = lower(last.text);
  // "The Ghanaian Minister", "the Cabinet Secretary": a determiner, a modifier and a capitalised person noun describe
  // someone, they name no one. A bare "The Minister" stays as written: which minister it is, the text rarely settles.
  const titled = end - from >= 3 && isNameWord(last) && DETERMINERS.has(lower(first.text)) && nounType(lw) === "person";
  const kind = PRONOUNS.has(lw) && end - from === 1 ? "pronoun" : RELATIVES.has(lw) ? "relative" : isNameWord(last) && !titled ? "name" : "description";
  if (kind === "description" && !anyHead && !isSpeakerNoun(last.text)) return null;
  return { start: first.start, end: last.end, text: oneSpaced(text.slice(first.start, last.end)), kind, apposition };
}

const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);

/** The whole object of a verb, tokens [from, to), as a speaker: "quoted him as saying", "quoted the founder of the party as saying". */
export function objectPhrase(text: string, tokens: Token[], from: number, to: number): SpeakerMention | null {
  const t = tokens[from] as Token;
  if (to - from === 1 && OBJECT_PRONOUNS.has(lower(t.text))) return { start: t.start, end: t.end, text: t.text, kind: "pronoun", apposition: null };
  return mention(text, tokens, from, to, null, true);
}

/** First words that make a comma-set phrase an apposition: ", a policy analyst", ", who leads the group". */
const APPOSITION_OPENERS = new Set(["a", "an", "the", "his", "her", "its", "their", "another", "former", "now", "who"]);
/** Marks that end an apposition after a name. */
const PHRASE_ENDS = new Set([",", ".", ";", ":"]);
/** Words that open a tail of a description: "its chief executive at …". */
const TAIL_LINKS = new Set(["at", "for", "of", "in", "with", "to"]);
/** Conjunctions and adverbs that may open a sentence before its subject: "But Smith said". */
const SENTENCE_OPENERS = new Set(["but", "and", "yet", "so", "still", "now", "then"]);

/** An apposition between commas: ", a policy analyst for …," ", the party's main newspaper," ", 45,". */
function isApposition(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 20) return false;
  const first = lower(word(tokens[from]));
  if (APPOSITION_OPENERS.has(first)) return true;
  if (/^\d+$/u.test(first) && to - from === 1) return true;
  if (isBareRole(tokens, from, to)) return true;
  return tokens.slice(from, Math.min(to, from + 4)).some((t) => t.kind === "poss");
}

const ROLE_LINKS = new Set(["of", "at", "for"]);
/** Words tying a description to where its speaker is or is posted: "a trader in Lagos", "an official at Sinopec", "the envoy to Norway". */
const PLACE_LINKS = new Set(["in", "at", "from", "to"]);

/** A role with no determiner, as wire copy writes it: ", president of the growers' association,", ", chief economist at …,". */
function isBareRole(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && isLowerWord(tokens[k]) && (MODIFIERS.has(word(tokens[k])) || isSpeakerNoun(word(tokens[k])))) k++;
  return k > from && (k === to || ROLE_LINKS.has(word(tokens[k])));
}

/** The role an apposition gives, up to any relative clause inside it; none for a relative clause or an age. */
function appositionRole(text: string, tokens: Token[], from: number, to: number): string | null {
  const first = lower(word(tokens[from]));
  if (RELATIVES.has(first) || first === "whose" || /^\d+$/u.test(first)) return null;
  let end = from + 1;
  while (end < to && !RELATIVES.has(word(tokens[end])) && word(tokens[end]) !== "whose" && word(tokens[end]) !== "that") end++;
  return oneSpaced(text.slice((tokens[from] as Token).start, (tokens[end - 1] as Token).end));
}

/** One to four name words, nothing else: the "Maria Jensen" in ", Maria Jensen,". */
function isNameBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let k = from; k < to; k++) if (!isNameWord(tokens[k])) return false;
  return true;
}

/**
 * Lower-case role words ending in a speaker noun, then one to four name words, between commas: the
 * "deputy trade representative Dana Whitfield" in "The official, deputy trade representative Dana Whitfield,".
 * Returns where the name starts, or -1.
 */
function roleThenName(tokens: Token[], from: number, to: number): number {
  let last = to - 1;
  while (last >= from && !isLowerWord(tokens[last])) last--;
  if (last < from || !isSpeakerNoun(word(tokens[last])) || !isNameBetween(tokens, last + 1, to)) return -1;
  return onlyRoleWords(tokens, from, last + 1) ? last + 1 : -1;
}

/** Whether a determiner sits at `i` or within `reach` words before it, lower-case or capitalised ("a Malaysian road contractor"). */
function determinerWithin(tokens: Token[], i: number, floor: number, reach: number): boolean {
  for (let k = i; k >= floor && i - k <= reach; k--) {
    if (DETERMINERS.has(lower(word(tokens[k])))) return true;
    if (!isLowerWord(tokens[k]) && !isNameWord(tokens[k])) return false;
  }
  return false;
}

/** Words that open a clause, so a bare plural right after them is its subject ("after hauliers warned"). */
const CLAUSE_OPENERS = new Set(["after", "as", "when", "while", "because", "since", "though", "although", "and", "but", "that", "where", "until", "before", ","]);

/** A bare plural noun opening a clause: "hauliers" in "after hauliers warned that". */
function isBarePlural(tokens: Token[], k: number, floor: number): boolean {
  const w = word(tokens[k]);
  if (!isLowerWord(tokens[k]) || w.length < 5 || !/[^su]s$/u.test(w) || BETWEEN.has(w) || DETERMINERS.has(w)) return false;
  return k === 0 || (k > floor && CLAUSE_OPENERS.has(lower((tokens[k - 1] as Token).text)));
}

/**
 * Lower-case role words, names and possessives only: "foreign ministry
 * spokesperson" before "Lin Hua", or set off by a comma ("a union board member, Mr Lin Hua").
 */
export function onlyRoleWords(tokens: Token[], from: number, to: number): boolean {
  const end = tokens[to - 1]?.text === "," ? to - 1 : to;
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token;
    if (!(t.kind === "poss" || isNameWord(t) || DETERMINERS.has(lower(t.text)) || MODIFIERS.has(lower(t.text)) || isSpeakerNoun(t.text))) return false;
  }
  return true;
}

/**
 * The noun phrase ending right before token `end` (a verb), not reaching back
 * past `floor`. With `anyHead`, a determiner and a few lower-case words make a
 * description whatever the noun ("one winemaker said"); callers use it only
 * where the position leaves no doubt, right after a quote.
 */
/** Words that link phrases and so never modify a head: "received at the palace by Peru's president". */
const PREPOSITIONS = new Set(["by", "at", "in", "on", "to", "from", "with", "for", "of", "and", "or"]);

export function nounPhraseBefore(text: string, tokens: Token[], end: number, floor: number, anyHead = false): SpeakerMention | null {
  let i = end;
  for (let skipped = 0; i > floor && skipped < 3; skipped++) {
    const w = word(tokens[i - 1]);
    if (!(BETWEEN.has(w) || (/ly$/u.test(w) && w === lower(w)))) break;
    i--;
  }
  let apposition: string | null = null;
  // Up to two appositions in a row: "Ms. Chen, 52, a former trade lawyer, said".
  // `comma` is the comma closing the apposition being tried; the phrase then ends before its opening comma.
  let comma = tokens[i - 1]?.text === "," ? i - 1 : -1;
  for (let round = 0; round < 2 && comma > floor; round++) {
    let j = comma - 1;
    while (j > floor && tokens[j]?.text !== "," && comma - j < 22) j--;
    const named = round === 0 && tokens[j]?.text === "," ? roleThenName(tokens, j + 1, comma) : -1;
    if (named > 0) {
      // "The official, deputy trade representative Dana Whitfield, said": the name speaks, its title is the role.
      const described = nounPhraseBefore(text, tokens, j, floor, true);
      if (!described || described.kind !== "description") return null;
      return mention(text, tokens, named, comma, oneSpaced(text.slice((tokens[j + 1] as Token).start, (tokens[named - 1] as Token).end)));
    }
    if (tokens[j]?.text === "," && isApposition(tokens, j + 1, comma)) {
      // A relative clause (", who leads the group,") or an age is skipped but is no role.
      apposition ??= appositionRole(text, tokens, j + 1, comma);
      i = comma = j;
    } else if (round > 0) break;
    else if (tokens[j]?.text === "," && isNameBetween(tokens, j + 1, comma)) {
      // "A spokeswoman for the commission, Maria Jensen, added": the name speaks, the description is its role.
      // A name set off like this is someone, so the description may have any noun ("a road contractor, Ali Khan,").
      const role = nounPhraseBefore(text, tokens, j, floor, true);
      const name = mention(text, tokens, j + 1, comma, role && role.kind === "description" ? role.text : null);
      return role && role.kind === "description" ? name : null;
    } else return null;
  }
  const prev = tokens[i - 1];
  if (!prev || i <= floor) return null;
  const withTail = describedWithTail(text, tokens, i, floor, anyHead);
  if (withTail) return withTail;
  const pw = lower(word(prev));
  if (isBarePlural(tokens, i - 1, floor)) return mention(text, tokens, i - 1, i, apposition, true);
  if (RELATIVES.has(pw) && tokens[i - 2]?.text === ",") {
    // "Lu Ming, a port manager, who said": the antecedent may carry its own apposition.
    let k = i - 2;
    let j = k - 1;
    while (j > floor && tokens[j]?.text !== "," && k - j < 22) j--;
    if (tokens[j]?.text === "," && isApposition(tokens, j + 1, k)) {
      apposition = appositionRole(text, tokens, j + 1, k);
      k = j;
    }
    const antecedent = nounPhraseBefore(text, tokens, k, floor);
    if (!antecedent || (antecedent.kind !== "name" && antecedent.kind !== "description")) return null;
    // Fields listed, not spread: Node 20 takes microseconds to build `{ ...antecedent, apposition }`.
    return { start: antecedent.start, end: antecedent.end, text: antecedent.text, kind: antecedent.kind, apposition: antecedent.apposition ?? apposition };
  }
  if (PRONOUNS.has(pw)) return mention(text, tokens, i - 1, i, apposition);
  // Walk back over the phrase: names with particles, possessives, a parenthetical, modifiers of a speaker noun.
  let from = i;
  const chineseSurname = (k: number): boolean => /^(He|She)$/u.test(word(tokens[k])) && isNameWord(tokens[k + 1]) && k + 1 < i;
  const headIsNoun = isLowerWord(prev) && (isSpeakerNoun(prev.text) || (anyHead && determinerWithin(tokens, i - 2, floor, 2)));
  while (from > floor) {
    const t = tokens[from - 1] as Token;
    const w = lower(t.text);
    if (t.text === ")" ) {
      let k = from - 1;
      while (k > floor && tokens[k]?.text !== "(" && from - k < 8) k--;
      if (tokens[k]?.text !== "(" || !isNameWord(tokens[k - 1])) break;
      from = k;
    } else if (DETERMINERS.has(w)) {
      from--;
      // "a spokesman for the ministry", "the head of the agency": carry on to the noun the phrase hangs on.
      const link = lower(word(tokens[from - 1]));
      if (!((link === "for" || link === "of" || link === "at") && isLowerWord(tokens[from - 2]) && isSpeakerNoun((tokens[from - 2] as Token).text))) break;
      from--;
    } else if (isNameWord(t) || chineseSurname(from - 1)) from--; // "He Lina"
    else if (t.kind === "poss" && isNameWord(tokens[from - 2])) from--;
    // "the farmers' union", "the dockers' union": a plural owner modifies the head.
    else if (t.kind === "poss" && headIsNoun && isLowerWord(tokens[from - 2]) && /s$/u.test(word(tokens[from - 2]))) from -= 2;
    else if (PARTICLES.has(t.text) && isNameWord(tokens[from - 2]) && isNameWord(tokens[from])) from--;
    else if (/^\d+$/u.test(t.text) && word(tokens[from - 2]) === "of") from--;
    else if (t.text === "the" && word(tokens[from - 2]) === "of") from--;
    else if (headIsNoun && isLowerWord(t) && (MODIFIERS.has(w) || isSpeakerNoun(w) || w.includes("-"))) from--;
    else if (headIsNoun && isLowerWord(t) && !PREPOSITIONS.has(w) && determinerWithin(tokens, from - 2, floor, 2)) from--; // "the statistics office", not "the palace by"
    else break;
  }
  while (from < i && OPENERS.has(lower(word(tokens[from]))) && !DETERMINERS.has(lower(word(tokens[from]))) && !chineseSurname(from)) from++;
  if (from >= i) return describedBeforePlace(text, tokens, i, floor, anyHead);
  const phrase = mention(text, tokens, from, i, apposition, anyHead);
  // "one diplomat in Riyadh put it", "an analyst at Nordbank in Oslo said": the person or office speaks, and the
  // place it is in tells which one; "a study from Oxford Economics said" keeps the institution.
  if (phrase && isNameWord(tokens[from]) && PLACE_LINKS.has(word(tokens[from - 1])) && from - 2 >= floor) {
    const described = nounPhraseBefore(text, tokens, from - 1, floor, anyHead);
    const head = described ? nounType(lastWord(beforeTail(described.text))) : null;
    if (described && (head === "person" || head === "government")) return isCommonNoun(described) ? stretched(text, described, phrase.end) : described;
  }
  return phrase;
}

/** A description, or a speaker noun capitalised only because it opens the sentence ("Officials", "People"). */
const isCommonNoun = (m: SpeakerMention): boolean => m.kind === "description" || (!m.text.includes(" ") && isSpeakerNoun(m.text));

/** `m` reaching on to `end`: a description with its tail ("a person" + "familiar with the talks"). */
const stretched = (text: string, m: SpeakerMention, end: number): SpeakerMention => ({
  start: m.start,
  end,
  text: oneSpaced(text.slice(m.start, end)),
  kind: "description",
  apposition: m.apposition,
});

/** Tokens a description's tail may take: "close to the negotiations", "at the checkpoint". */
const TAIL_REACH = 8;

/** Where a tail opened by a post-modifier ("familiar with the talks") ending before `end` starts, or -1. */
function postModifierBefore(tokens: Token[], end: number, floor: number): number {
  for (let k = end - 2; k > floor && end - k <= TAIL_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" && t.kind !== "poss") return -1;
    const n = postModifierAt(tokens, k);
    if (n > 0) return k + n < end ? k : -1;
  }
  return -1;
}

/** A person's description with its post-modifier, before `end`: "A source close to the negotiations (said)". */
function describedWithTail(text: string, tokens: Token[], end: number, floor: number, anyHead: boolean): SpeakerMention | null {
  const tail = postModifierBefore(tokens, end, floor);
  if (tail < 0) return null;
  const described = nounPhraseBefore(text, tokens, tail, floor, anyHead);
  if (!described || !isCommonNoun(described) || nounType(lastWord(beforeTail(described.text))) !== "person") return null;
  return stretched(text, described, (tokens[end - 1] as Token).end);
}

/**
 * A person's or office's description before a lower-case place ("a police officer at the checkpoint told me"):
 * the description speaks. The place is left out: "the minister at a news conference" is no longer a description.
 */
function describedBeforePlace(text: string, tokens: Token[], end: number, floor: number, anyHead: boolean): SpeakerMention | null {
  let k = end - 1;
  while (k > floor && end - k <= 3 && isLowerWord(tokens[k]) && !DETERMINERS.has(word(tokens[k]))) k--;
  if (k === end - 1 || !DETERMINERS.has(lower(word(tokens[k]))) || !PLACE_LINKS.has(word(tokens[k - 1])) || k - 2 < floor) return null;
  const described = nounPhraseBefore(text, tokens, k - 1, floor, anyHead);
  const head = described ? nounType(lastWord(beforeTail(described.text))) : null;
  return head === "person" || head === "government" ? described : null;
}

/** The noun phrase starting at token `start`: "said Ravi Patel, the chief economist", "according to Interfax, …". */
export function nounPhraseAfter(text: string, tokens: Token[], start: number, limit: number): SpeakerMention | null {
  let i = start;
  const first = lower(word(tokens[i]));
  if (PRONOUNS.has(first)) return mention(text, tokens, i, i + 1, null);
  if (DETERMINERS.has(first)) i++;
  let headEnd = -1;
  while (i < limit) {
    const t = tokens[i] as Token;
    if (isNameWord(t) || (t.kind === "poss" && headEnd === i)) headEnd = ++i;
    else if (PARTICLES.has(t.text) && headEnd === i && isNameWord(tokens[i + 1])) i++;
    else if (t.text === "(" && headEnd === i) {
      let k = i;
      while (k < limit && tokens[k]?.text !== ")" && k - i < 8) k++;
      if (tokens[k]?.text !== ")") break;
      headEnd = i = k + 1;
    } else if (isLowerWord(t) && (isSpeakerNoun(t.text) || MODIFIERS.has(t.text) || t.text.includes("-") || nounAhead(tokens, i + 1, limit))) {
      i++;
      if (isSpeakerNoun(t.text)) headEnd = i;
    } else break;
  }
  if (headEnd < 0) return null;
  // "Two-way trade", "Bilateral trade": a capitalised word before a common noun is its modifier, no speaker.
  if (i > headEnd && isNameWord(tokens[headEnd - 1])) return null;
  // "the port's new manager, Ana Cruz," and "Peru's Trade Minister, Ana Cruz,": the name after the role speaks.
  const last = lower(word(tokens[headEnd - 1]));
  const named = !isNameWord(tokens[headEnd - 1]) || TITLE_HEADS.has(last) ? namedAfterDescription(text, tokens, start, headEnd, limit) : null;
  if (named) return named;
  // "said a diplomat in Geneva", "said a person familiar with the talks": an unnamed speaker keeps its tail.
  const end = isLowerWord(tokens[headEnd - 1]) ? tailEnd(tokens, headEnd, limit) : headEnd;
  let apposition: string | null = null;
  if (tokens[end]?.text === ",") {
    let k = end + 1;
    while (k < limit && !PHRASE_ENDS.has((tokens[k] as Token).text) && k - end < 22) k++;
    if (isApposition(tokens, end + 1, k) && k > end + 1) apposition = appositionRole(text, tokens, end + 1, k);
  }
  const head = mention(text, tokens, start, headEnd, apposition);
  return head && end > headEnd ? stretched(text, head, (tokens[end - 1] as Token).end) : head;
}

/**
 * Where an unnamed speaker's tail after `headEnd` ends: places and employers after in/at/from/to ("in Geneva",
 * "at Nordbank in Oslo"), or a post-modifier up to the next mark or verb ("familiar with the talks"); else `headEnd`.
 */
function tailEnd(tokens: Token[], headEnd: number, limit: number): number {
  const n = postModifierAt(tokens, headEnd);
  if (n > 0) {
    let k = headEnd + n;
    while (k < limit && k - headEnd < TAIL_REACH && (tokens[k]?.kind === "word" || tokens[k]?.kind === "poss") && !verbAt(tokens, k)) k++;
    return k > headEnd + n ? k : headEnd;
  }
  let end = headEnd;
  while (PLACE_LINKS.has(word(tokens[end])) && isNameWord(tokens[end + 1]) && end + 1 < limit) {
    end += 2;
    while (end < limit && isNameWord(tokens[end])) end++;
  }
  return end;
}

/**
 * "its chief executive, Gareth Pryce", "His neighbour at the market, Bridget
 * Lowe": a description, maybe with a short "at/for/of …" tail, then a name
 * between commas. The name speaks; the description is its role.
 */
function namedAfterDescription(text: string, tokens: Token[], start: number, headEnd: number, limit: number): SpeakerMention | null {
  let comma = headEnd;
  if (TAIL_LINKS.has(word(tokens[comma]))) {
    while (comma < limit && comma - headEnd < 7 && tokens[comma]?.kind !== "punct") comma++;
  }
  if (tokens[comma]?.text !== ",") return null;
  let k = comma + 1;
  while (k < limit && !PHRASE_ENDS.has((tokens[k] as Token).text) && k - comma < 6) k++;
  if (!isNameBetween(tokens, comma + 1, k)) return null;
  const role = oneSpaced(text.slice((tokens[start] as Token).start, (tokens[comma - 1] as Token).end));
  return mention(text, tokens, comma + 1, k, role);
}

/** A speaker noun within the next two lower-case words: "works" in "works council", "port" in "port authority". */
function nounAhead(tokens: Token[], from: number, limit: number): boolean {
  if (verbAt(tokens, from - 1) || DETERMINERS.has(word(tokens[from - 1])) || BETWEEN.has(word(tokens[from - 1]))) return false;
  for (let k = from; k < limit && k - from < 2 && isLowerWord(tokens[k]) && !DETERMINERS.has(word(tokens[k])); k++) {
    if (isSpeakerNoun((tokens[k] as Token).text)) return true;
  }
  return false;
}

/** The token after a wire dateline ("LISBON, May 14 -", "MENDOZA, Argentina —") or a timestamp ("09:40 —"), else `from`. */
function afterDateline(tokens: Token[], from: number, to: number): number {
  // A live blog's timestamp: "17:20 — Lee: “…”".
  if (DIGITS.test(word(tokens[from])) && tokens[from + 1]?.text === ":" && DIGITS.test(word(tokens[from + 2])) && DASHES.has(tokens[from + 3]?.text ?? "")) return from + 4;
  if (!ALL_CAPS.test(word(tokens[from]).replace(/[.'’-]/gu, ""))) return from;
  for (let k = from + 1; k < to && k - from <= 10; k++) if (DASHES.has((tokens[k] as Token).text)) return k + 1;
  return from;
}

/** Where a sentence's subject starts: after a dateline and an opening adverbial ("In a letter to …, ", "But ") if any. */
export function subjectStart(tokens: Token[], from: number, to: number): number {
  let i = afterDateline(tokens, from, to);
  if (SENTENCE_OPENERS.has(lower(word(tokens[i])))) i++;
  const w = lower(word(tokens[i]));
  if (OPENERS.has(w) && !DETERMINERS.has(w) && !PRONOUNS.has(w)) {
    let k = i;
    while (k < to && tokens[k]?.text !== "," && k - i < 25) k++;
    if (tokens[k]?.text === ",") return k + 1;
  }
  return i;
}
