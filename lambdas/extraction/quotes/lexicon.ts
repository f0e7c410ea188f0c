// The quote extractor's dictionaries, loaded once: reporting verbs, news
// outlets, speaker nouns. Lookups take tokens so callers never re-split text.
import media from "../../../data/gazetteer/media.json";
import nouns from "../../../data/gazetteer/speaker-nouns.json";
import titles from "../../../data/gazetteer/titles.json";
import verbs from "../../../data/gazetteer/reporting-verbs.json";
import type { Token } from "../tokens";
import type { SpeakerType } from "./types";

const lower = (s: string): string => s.toLowerCase();

const INFLECTED = new Set(verbs.verbs.flatMap((forms) => forms.slice(1)));
const BARE = new Set(verbs.verbs.map((forms) => forms[0] as string));
const PHRASAL = new Set(verbs.phrasal.flat());
const SPEECH_NOUNS = new Set(verbs.speechNouns);
/**
 * Every word a reporting verb can start with, as verbAt accepts it (written in lower case): most tokens fail this
 * one lookup, and a token that passes needs no lower-casing.
 */
const VERB_STARTS = new Set([...INFLECTED, ...BARE, ...[...PHRASAL].map((p) => p.split(" ")[0] as string)].filter((w) => w === lower(w)));
/** Words after which a bare verb form is a verb, not a noun ("to note", "will say"). */
const BARE_CONTEXT = new Set(["to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "i", "we", "you", "they"]);

const OUTLETS = new Set(media.outlets.map(lower));
const MEDIA_NAME_WORDS = new Set(media.nameWords.map(lower));
const GOVERNMENT_NAME_WORDS = nouns.governmentNameWords;

/** How many tokens a reporting verb takes at `i` (1, 2 for "pointed out"), or 0. */
export function verbAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== "word" || !VERB_STARTS.has(t.text)) return 0;
  const next = tokens[i + 1];
  if (next && next.kind === "word" && PHRASAL.has(`${t.text} ${next.text}`)) return 2;
  if (INFLECTED.has(t.text)) return 1;
  const prev = tokens[i - 1];
  if (BARE.has(t.text) && prev && BARE_CONTEXT.has(lower(prev.text))) return 1;
  return 0;
}

/** A noun naming what someone said: "answer", "reply", "advice". */
export const isSpeechNoun = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && SPEECH_NOUNS.has(lower(t.text));

/** The name without a leading "the"; a name not starting with t/T is left alone without running the regex. */
const withoutThe = (name: string): string => ((name.charCodeAt(0) | 0x20) === 0x74 ? name.replace(/^the\s+/iu, "") : name);
const isOutlet = (name: string): boolean => OUTLETS.has(lower(withoutThe(name)));

/** A name that reads as a news outlet: a known outlet, or ending in an outlet word ("Harbour News", "The Lagos Times"). */
export function isMediaName(name: string): boolean {
  if (isOutlet(name) || OUTLETS.has(lower(name))) return true;
  // "News Agency of Lesotho": the outlet word ends the part before "of".
  const words = (name.split(/\s+of\s/u)[0] as string).split(/\s+/u);
  // An outlet's edition or section: "Politico Europe", "Bloomberg Opinion".
  if (words.length >= 2 && isOutlet(words.slice(0, -1).join(" "))) return true;
  return words.length >= 2 && MEDIA_NAME_WORDS.has(lower(words[words.length - 1] as string));
}

export const isGovernmentName = (name: string): boolean => GOVERNMENT_NAME_WORDS.some((w) => name.includes(w));

const ORGANIZATION_NAME_WORDS = new Set(titles.notNameWords);
/** A name holding a word no person's name has ("World Bank", "Northwind Logistics"). */
export const isOrganizationName = (name: string): boolean => name.split(/\s+/u).some((w) => ORGANIZATION_NAME_WORDS.has(w));

const POST_MODIFIERS = nouns.postModifiers.map((p) => p.split(" "));
/** First words of the post-modifiers: one lookup turns away nearly every token. */
const POST_MODIFIER_STARTS = new Set(POST_MODIFIERS.map((p) => p[0] as string));

/** Words that open a description's tail: a link to a place or body, or a post-modifier's first word. */
const TAIL = new RegExp(`\\s(?:for|of|at|in|from|to|${[...POST_MODIFIER_STARTS].join("|")})\\s`, "u");

/** A description without its tail: "an analyst at Nordbank in Oslo" → "an analyst", "a person familiar with the talks" → "a person". */
export const beforeTail = (description: string): string => description.split(TAIL)[0] as string;

/** How many tokens a phrase opening an unnamed speaker's tail takes at `i` ("familiar with", "close to"; written in lower case), or 0. */
export function postModifierAt(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first || first.kind !== "word" || !POST_MODIFIER_STARTS.has(first.text)) return 0;
  const words = POST_MODIFIERS.find((p) => p.every((w, k) => tokens[i + k]?.text === w));
  return words?.length ?? 0;
}

/** Each speaker noun's type; a noun in several lists takes the first (media, government, organization, person). */
const NOUN_TYPES = new Map<string, SpeakerType>();
const NOUN_LISTS: [SpeakerType, string[]][] = [
  ["media", media.nouns],
  ["government", nouns.government],
  ["organization", nouns.organization],
  ["person", [...nouns.person, ...titles.heads.map(lower)]],
];
for (const [type, words] of NOUN_LISTS) {
  for (const w of words) if (!NOUN_TYPES.has(w)) NOUN_TYPES.set(w, type);
}

/** The speaker type a description's head noun implies ("the diplomat" → person), or null. */
export const nounType = (head: string): SpeakerType | null => NOUN_TYPES.get(lower(head)) ?? null;

export const isSpeakerNoun = (word: string): boolean => nounType(word) !== null;
