// Named people: capitalised name sequences with the title or role written
// before them ("Peruvian President Maria Lopez", "Kenya's trade minister Amina
// Odhiambo", "Mr. Okafor"), and later mentions ("Lopez", "Mr. Okafor") resolved
// to the full name introduced earlier. A sequence counts as a person only with
// evidence: a title, an honorific, an apposition (", a port economist"), a
// reporting verb right after a two-word name, or an earlier full mention.
import titles from "../../data/gazetteer/titles.json";
import verbs from "../../data/gazetteer/reporting-verbs.json";
import speakerNouns from "../../data/gazetteer/speaker-nouns.json";
import type { ArticleContext, Sentence, Span } from "./context";
import { countriesIn, findCountries, type CountryMention } from "./countries";
import { memoOn } from "./memo";
import { isCapitalized, oneLine, sentenceTokens, type Token } from "./tokens";

export type Gender = "male" | "female";

export interface PersonMention extends Span {
  /** Full name: as written when introduced, else the earlier full name a surname points to. */
  name: string;
  /** The name as written here ("Lopez"); `start`..`end` also covers the role. */
  surface: string;
  nameSpan: Span;
  /** Title or role as written ("Peruvian President", "a trade economist at Leeds"), here or at the introduction. */
  role: string | null;
  /** ISO3 of the role's country ("Peruvian President" → PER). */
  country: string | null;
  gender: Gender | null;
  /** True when `name` came from an earlier mention rather than this one. */
  resolved: boolean;
}

/**
 * Token texts lower-cased, kept: the same words recur in every sentence and article, lower-casing a two-byte
 * string goes through ICU, and a kept string keeps its hash for the Set lookups that follow. Bounded.
 */
const LOWERED = new Map<string, string>();
const LOWERED_MAX = 50_000;
function lower(s: string): string {
  let lowered = LOWERED.get(s);
  if (lowered === undefined) {
    if (LOWERED.size >= LOWERED_MAX) LOWERED.clear();
    LOWERED.set(s, (lowered = s.toLowerCase()));
  }
  return lowered;
}
const HONORIFICS = new Set(titles.honorifics.map(lower));
const HEADS = new Set(titles.heads.map(lower));
const MODIFIERS = new Set(titles.modifiers.map(lower));
const COMPLEMENTS = new Set(titles.complements.map(lower));
/** A minister's field: before a head ("Oil Minister") or after "of" ("Minister of Petroleum and Natural Gas"). */
const PORTFOLIOS = new Set(titles.portfolios.map(lower));
const NOT_NAME = new Set(titles.notNameWords.map(lower));
const FEMALE = new Set(titles.femaleHonorifics.map(lower));
const MALE = new Set(titles.maleHonorifics.map(lower));
/** Heads that stand for a whole role alone, so one name word after them is enough ("President Lopez"). */
const STRONG_HEADS = new Set(titles.strongHeads.map(lower));
const NOT_LOWER_HEADS = new Set(titles.notLowercaseHeads);
/** Nouns that describe a person in an apposition (", a cotton farmer,"). */
const PERSON_NOUNS = new Set(speakerNouns.person);
const SAY = new Set(verbs.verbs.flat().map(lower));
const ACTS = new Set(titles.personVerbs);
const PASSIVE = new Set(["was", "were"]);
const LEADS = new Set(["led", "headed"]);
/** Capitalised words that open sentences, never names ("When", "The"). He/She are Chinese surnames too: see nameStart(). */
const STOP = new Set(titles.notNameStarts.map(lower));
/** Lower-case particles inside names ("Ursula von der Leyen", "Secretary of State"). */
const PARTICLES = new Set(["of", "de", "van", "von", "der", "den", "bin", "al", "da", "del", "di", "du", "la", "le", "y", "dos", "das"]);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word";
/** A word no name holds: an organisation word, a title word or a number. */
function notNameWord(t: Token): boolean {
  const w = lower(t.text);
  return NOT_NAME.has(w) || HEADS.has(w) || MODIFIERS.has(w) || isDigitCode(t.text.charCodeAt(0));
}
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

const APPOSITION_ENDS = new Set([",", ".", ";", ":", "(", ")", "\"", "“", "”", "who", "whose", "which", "that"]);

/**
 * isCapitalized, reading the first letter in the article's text rather than the token's: token texts come in
 * several string representations, which makes reading a character from them a slow generic lookup.
 */
function capitalised(text: string, t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const code = text.charCodeAt(t.start);
  return code < 128 ? code >= 65 && code <= 90 : isCapitalized(t);
}

/** Whether a person's role says what a description does ("defense minister"); "leader" fits any head of state or government. */
export function roleSays(role: string | null, description: string): boolean {
  const written = role?.toLowerCase() ?? "";
  return description === "leader" ? titles.leaderRoles.some((r) => written.includes(r)) : written.includes(description);
}

/** How many words of a role may stand between "led by" and the name: "led by Qatar Chamber board member X". */
const LED_ROLE_REACH = 6;

/** Whether "led by" / "headed by" ends at `at`, or a few words of a role before it (no punctuation between). */
function ledBy(tokens: Token[], at: number): boolean {
  for (let k = at; k >= 1 && at - k <= LED_ROLE_REACH; k--) {
    const t = tokens[k] as Token;
    if (!isWord(t)) return false;
    if (t.text === "by") return LEADS.has(lower((tokens[k - 1] as Token).text));
  }
  return false;
}

/** "al-Kuwari", "el-Masry", "bin-Salman": an Arabic article or kinship word joined to a capitalised name. */
const JOINED_PARTICLE = new RegExp(String.raw`^(?:${titles.joinedParticles.join("|")})-\p{Lu}`, "u");
/** Whether a word is a name behind a lower-case joined particle ("al-Kuwari"). */
export const isJoinedName = (word: string): boolean => JOINED_PARTICLE.test(word);
/** A word of a name: capitalised, or a capitalised name behind a joined particle. */
const nameWord = (text: string, t: Token | undefined): boolean => capitalised(text, t) || (isWord(t) && isJoinedName(t.text));

/** Runs of capitalised words (with inner particles), split at anything else. */
function capitalisedRuns(text: string, tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(text, tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    // "Minister of Petroleum and Natural Gas Ananya Rao": after "Head of", "and" joins the portfolio.
    let portfolio = false;
    for (;;) {
      const t = tokens[j];
      if (nameWord(text, t)) j++;
      // "Minister for Trade Ana Ruiz", "Special Representative for North Korea X": "for" joins a title's portfolio.
      else if (isWord(t) && t.text === "for" && capitalised(text, tokens[j + 1]) && holdsHead(tokens, i, j)) {
        portfolio = true;
        j += 2;
      } else if (isWord(t) && PARTICLES.has(t.text) && capitalised(text, tokens[j + 1])) {
        portfolio ||= t.text === "of" && HEADS.has(lower((tokens[j - 1] as Token).text));
        j += 2;
      } else if (isWord(t) && t.text === "the" && (tokens[j - 1] as Token).text === "of" && capitalised(text, tokens[j + 1])) j += 2;
      // "Ursula von der Leyen": two particles before the next capitalised word.
      else if (isWord(t) && PARTICLES.has(t.text) && isWord(tokens[j + 1]) && PARTICLES.has(tokens[j + 1]!.text) && capitalised(text, tokens[j + 2])) j += 3;
      else if (portfolio && isWord(t) && t.text === "and" && capitalised(text, tokens[j + 1])) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

const FOR_BRIEF = /\bfor\s+(?:the\s+)?$/u;

function holdsHead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (HEADS.has(lower((tokens[k] as Token).text))) return true;
  return false;
}

/** Where "Head of …" ends: "Secretary of State", "Minister of International Trade and Industry"; `at` is the "of". */
function complementEnd(tokens: Token[], at: number, to: number): number {
  let i = at + 1;
  while (i < to - 1) {
    const w = lower((tokens[i] as Token).text);
    const joined = lower(tokens[i + 1]?.text ?? "") === "and";
    if (!(COMPLEMENTS.has(w) || PORTFOLIOS.has(w) || w === "and" || w === "for" || joined)) break;
    i++;
  }
  return i;
}

/** Whether a head follows within a few words, leaving a name: "Oil Minister" in "Angola's Oil Minister Teo Mbemba". */
function headAhead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1 && k - from < 3; k++) if (HEADS.has(lower((tokens[k] as Token).text))) return true;
  return false;
}

/** Where the role prefix of a capitalised run ends: after the last title word that still leaves a name. */
function rolePrefixEnd(tokens: Token[], from: number, to: number, countryTokens: Set<number>, afterCountry: boolean): number {
  let roleEnd = from;
  let i = from;
  // "Lagos Governor X", "Ogun State Governor X", "Central Bank Governor X": the words before a head qualify it.
  const qualified = !HEADS.has(lower((tokens[from] as Token).text)) && headAhead(tokens, from + 1, to);
  while (i < to - 1) {
    const t = tokens[i] as Token;
    const w = lower(t.text);
    if (HONORIFICS.has(w) || HEADS.has(w)) {
      roleEnd = i + 1;
      const joint = lower((tokens[i + 1] as Token).text);
      if (joint === "of" || joint === "for") {
        // "President of Chile Elena Ruiz", "Special Representative for North Korea X": the country completes the role.
        const country = countryEnd(countryTokens, i + 2);
        if (country > i + 2 && country < to) {
          i = roleEnd = country;
          continue;
        }
        const end = complementEnd(tokens, i + 1, to);
        if (end > i + 2) {
          // "Minister of Foreign Affairs of Ukraine X": a country after the portfolio completes it too.
          const owner = lower((tokens[end] as Token).text) === "of" ? countryEnd(countryTokens, end + 1) : end;
          i = roleEnd = owner > end + 1 && owner < to ? owner : end;
          continue;
        }
      }
    } else if (!MODIFIERS.has(w) && !PORTFOLIOS.has(w) && !countryTokens.has(i) && !(afterCountry && headAhead(tokens, i + 1, to)) && !(qualified && roleEnd === from)) break;
    i++;
  }
  return roleEnd;
}

/**
 * "Egyptian Trade and Industry Minister X", "Japan's Economy, Trade and Industry Minister X": a role run that follows
 * "and" or a comma may continue a list of portfolios back to a country; its start is that country's, else `at`.
 */
function portfolioListBefore(tokens: Token[], at: number, countryTokens: Set<number>): number {
  const isPortfolio = (k: number) => k >= 0 && PORTFOLIOS.has(lower((tokens[k] as Token).text)) && /^\p{Lu}/u.test((tokens[k] as Token).text);
  const isJoint = (k: number) => k >= 0 && (lower((tokens[k] as Token).text) === "and" || (tokens[k] as Token).text === ",");
  let k = at - 1;
  while (isJoint(k) && isPortfolio(k - 1)) {
    k--;
    while (isPortfolio(k - 1)) k--;
    // "Japan's Economy, …" or "Egyptian Trade …": a country's possessive, or the country word itself, opens the role.
    const owner = (tokens[k - 1] as Token | undefined)?.kind === "poss" ? k - 2 : k - 1;
    if (countryTokens.has(owner)) return countryStart(countryTokens, owner);
    k--;
  }
  return at;
}

/** The token after the country name starting at `at`, or `at` when no country starts there. */
function countryEnd(countryTokens: Set<number>, at: number): number {
  let k = at;
  while (countryTokens.has(k)) k++;
  return k;
}

/**
 * "Tomas Varga of Hungary": where the name ends, at an "of" followed by a country's name that ends the run,
 * else `to` ("Anna Berg of Oslo University" is a name and an institution, not a country).
 */
function nameEndBeforeCountry(tokens: Token[], from: number, to: number, countries: CountryMention[], countryTokens: Set<number>): number {
  for (let k = from + 1; k < to - 1; k++) {
    if ((tokens[k] as Token).text !== "of" || countryEnd(countryTokens, k + 1) !== to) continue;
    const country = countries.find((c) => c.start === (tokens[k + 1] as Token).start);
    return country && (country.kind === "name" || country.kind === "short") ? k : to;
  }
  return to;
}

/** ISO3 of the country mention holding `t`. */
const countryAt = (countries: CountryMention[], t: Token): string | null => countries.find((c) => c.start <= t.start && t.end <= c.end)?.iso3 ?? null;

/** Index of the country before a possessive right before `at` ("South Korea's"), else -1. */
function countryPossessiveBefore(tokens: Token[], at: number, countryTokens: Set<number>): number {
  if (tokens[at - 1]?.kind !== "poss" || !countryTokens.has(at - 2)) return -1;
  return countryStart(countryTokens, at - 2);
}

/** The first token of the country name whose token `last` is. */
function countryStart(countryTokens: Set<number>, last: number): number {
  let k = last;
  while (countryTokens.has(k - 1)) k--;
  return k;
}

/** A lower-case role right before the name: "Kenya's trade minister", "chief economist", "the former minister". */
function roleBefore(tokens: Token[], at: number, countryTokens: Set<number>): number {
  let i = at;
  let sawHead = false;
  while (i > 0) {
    const t = tokens[i - 1] as Token;
    const w = lower(t.text);
    // "the official Xinhua agency" is no title, "chief executive Daniel Moreau" is.
    const before = tokens[i - 2];
    const qualified = before !== undefined && (HEADS.has(lower(before.text)) || MODIFIERS.has(lower(before.text)));
    const head = HEADS.has(w) && !(t.text === w && NOT_LOWER_HEADS.has(w) && !qualified);
    // "Senegal's fisheries minister": a portfolio stands before the head too.
    if (t.kind === "word" && (head || (sawHead && (MODIFIERS.has(w) || PORTFOLIOS.has(w))))) {
      sawHead ||= head;
      i--;
    } else if (sawHead && (countryTokens.has(i - 1) || (t.kind === "poss" && countryTokens.has(i - 2)))) i--;
    else break;
  }
  return sawHead ? i : at;
}

/** A capitalised title word: a head ("Minister", "Chairman") or a modifier of one ("Vice", "Deputy"). */
function titleOpens(text: string, t: Token): boolean {
  const w = lower(t.text);
  return capitalised(text, t) && (HEADS.has(w) || MODIFIERS.has(w));
}

/** ", a policy analyst for …", ", the president of …", ", who …", ", China's top trade negotiator" after a name. */
function appositionAfter(text: string, tokens: Token[], at: number): string | null {
  if ((tokens[at] as Token | undefined)?.text !== ",") return null;
  const first = tokens[at + 1];
  if (!isWord(first)) return null;
  if (first.text === "who") return "";
  let end = at + 1;
  // A role ends at its relative clause: ", an agronomist at Cuyo who has studied …" → "an agronomist at Cuyo".
  while (end < tokens.length && end - at < 16 && !APPOSITION_ENDS.has((tokens[end] as Token).text)) end++;
  const words = tokens.slice(at + 1, end);
  // ", South Korea's deputy trade minister,": a possessive within the first words opens one too, and so does a
  // capitalised title (", Vice Minister of Trade of the Republic of Korea,").
  // A title in lower case opens one as well: ", chairman of the Nickel Miners Association,".
  const opener = /^(a|an|the|his|her|their|its)$/iu.test(first.text) || words.slice(1, 4).some((t) => t.kind === "poss") || titleOpens(text, first) || HEADS.has(lower(first.text)) || MODIFIERS.has(lower(first.text));
  // ", a Nigerian-born consultant who advises …": "who" says a person whatever the noun.
  const personal = (tokens[end] as Token | undefined)?.text === "who" || words.some((t) => t.kind === "word" && (HEADS.has(lower(t.text)) || PERSON_NOUNS.has(lower(t.text))));
  if (!opener || !personal) return null;
  // Cut off by the length limit: evidence of a person, but no role worth keeping.
  if (end - at >= 16) return "";
  // ", an agronomist at Cuyo" → "agronomist at Cuyo": the role without its article.
  const from = /^(?:a|an|the)$/iu.test(first.text) && words.length > 1 ? (words[1] as Token) : first;
  return oneLine(text.slice(from.start, (words[words.length - 1] as Token).end));
}

/** Tokens a description before a name may span: "The United Arab Emirates' Minister of State for Foreign Trade". */
const DESCRIPTION_REACH = 12;

/**
 * "The housing minister, Valeria Ocampo": the person description in the few
 * words before the comma at `at + 1`, from its determiner or the clause start;
 * "" when it has no clear start; null when no person noun is there.
 */
function descriptionBefore(text: string, tokens: Token[], at: number): string | null {
  let person = false;
  let start = -1;
  let k = at;
  for (; k >= 0 && at - k < DESCRIPTION_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct") break;
    if (t.kind === "word" && (HEADS.has(lower(t.text)) || PERSON_NOUNS.has(lower(t.text)))) person = true;
    // Only a determiner before the person noun opens the description ("its" in "counsellor in its embassy" does not).
    if (person && /^(a|an|the|his|her|their|its)$/iu.test(t.text)) {
      start = k;
      break; // "The delegation was led by its director of …, X": the nearest determiner opens it.
    }
    // "a trip to Addis Ababa by Kenya's trade minister, X", "… and met South Korea's trade minister, X": a country's
    // possessive before the person noun opens the description, with the capitalised words of its name.
    if (person && t.kind === "poss" && k > 0 && /^\p{Lu}/u.test((tokens[k - 1] as Token).text)) {
      k--;
      while (k > 0 && at - k < DESCRIPTION_REACH && (tokens[k - 1] as Token).kind === "word" && /^\p{Lu}/u.test((tokens[k - 1] as Token).text)) k--;
      start = k;
      break;
    }
  }
  if (!person) return null;
  if (start < 0 && (k < 0 || (tokens[k] as Token).kind === "punct")) start = k + 1;
  // "When Chile's foreign minister visited Oslo in 2016, Lien …": a clause, not a description of Lien.
  if (start >= 0 && SUBORDINATORS.has(lower((tokens[start] as Token).text))) return null;
  // The role is "Nigerian trade minister", without the article that opens the description.
  if (start >= 0 && start < at && /^(?:a|an|the)$/iu.test((tokens[start] as Token).text)) start++;
  return start < 0 ? "" : oneLine(text.slice((tokens[start] as Token).start, (tokens[at] as Token).end));
}

const SUBORDINATORS = new Set(["when", "while", "as", "after", "before", "since", "if", "although", "though", "because", "once", "until", "whenever"]);

function genderOf(words: string[]): Gender | null {
  if (words.some((w) => FEMALE.has(lower(w)))) return "female";
  if (words.some((w) => MALE.has(lower(w)))) return "male";
  return null;
}

interface Known {
  name: string;
  words: string[];
  role: string | null;
  country: string | null;
  gender: Gender | null;
  /** An unconfirmed pair's mention, given once a later mention confirms the pair. */
  pending?: PersonMention;
}

/**
 * People introduced so far; name-like word pairs without evidence that an honorific may confirm later; and the first
 * mentions of pairs confirmed later ("Elena Sotomayor, on her second visit …" once "Sotomayor told …").
 */
interface Registry {
  known: Known[];
  unconfirmed: Known[];
  confirmedLate: PersonMention[];
}

const LOOKBACK = 200;

/** The most recent person whose name holds every given word ("Lopez" → "Maria Lopez"). */
function lastKnown(known: Known[], words: string[]): Known | undefined {
  for (let k = known.length - 1; k >= 0 && known.length - k <= LOOKBACK; k--) {
    if (words.every((w) => (known[k] as Known).words.includes(w))) return known[k];
  }
  return undefined;
}

/** Person mentions in text order, later mentions resolved to earlier full names. */
export function findPeople(ctx: ArticleContext): PersonMention[] {
  return peopleOf(ctx.sentences, ctx.text);
}

/** Quotes, trade and visits all ask for the article's people: found once per sentence list. */
const peopleOf = memoOn((sentences: Sentence[], text: string): PersonMention[] => {
  const registry: Registry = { known: [], unconfirmed: [], confirmedLate: [] };
  const out: PersonMention[] = [];
  const tokens = sentenceTokens(sentences, text);
  sentences.forEach((sentence, k) => {
    for (const p of peopleIn(text, sentence, tokens[k] as Token[], registry)) out.push(p);
  });
  return registry.confirmedLate.length === 0 ? out : [...out, ...registry.confirmedLate].sort((a, b) => a.start - b.start);
});

function peopleIn(text: string, sentence: Sentence, tokens: Token[], { known, unconfirmed, confirmedLate }: Registry): PersonMention[] {
  const countries = countriesIn(sentence, text);
  const countryTokens = new Set<number>();
  // Both lists are in text order: one walk marks the tokens inside country names.
  let c = 0;
  for (let i = 0; i < tokens.length && c < countries.length; i++) {
    const t = tokens[i] as Token;
    while (c < countries.length && (countries[c] as CountryMention).end <= t.start) c++;
    const country = countries[c];
    if (country && t.start >= country.start && t.end <= country.end) countryTokens.add(i);
  }
  const out: PersonMention[] = [];
  for (const [runStart, runEnd] of capitalisedRuns(text, tokens)) {
    let from = runStart;
    // Sentence openers are not names, but "He Lina" is: keep He/She when a capitalised word follows.
    while (from < runEnd && STOP.has(lower((tokens[from] as Token).text)) && !(/^(he|she)$/iu.test((tokens[from] as Token).text) && from + 1 < runEnd)) from++;
    if (from >= runEnd) continue;
    const country = countryPossessiveBefore(tokens, from, countryTokens);
    const nameFrom = rolePrefixEnd(tokens, from, runEnd, countryTokens, country >= 0);
    const nameEnd = nameEndBeforeCountry(tokens, nameFrom, runEnd, countries, countryTokens);
    const written = tokens.slice(nameFrom, nameEnd);
    // "The Governor of Okinawa Prefecture": a title's complement, no name ("of …" never opens one).
    if (written[0] !== undefined && written[0].text === lower(written[0].text) && (PARTICLES.has(written[0].text) || written[0].text === "for")) continue;
    if (written.some((_t, k) => countryTokens.has(nameFrom + k))) continue;
    // Particles are part of the name as written, not of the words that later mentions match ("von der Leyen" → "Leyen").
    const nameTokens = written.filter((t) => !PARTICLES.has(lower(t.text)));
    if (nameTokens.length === 0 || nameTokens.length > 4) continue;
    if (nameTokens.some(notNameWord)) continue;
    // "Minister for Trade and Tourism": a portfolio that ends its run is still the title, no name.
    if (nameFrom > from && nameTokens.every((t) => PORTFOLIOS.has(lower(t.text)) || COMPLEMENTS.has(lower(t.text)))) continue;
    const countryAfter = nameEnd < runEnd ? countryAt(countries, tokens[nameEnd + 1] as Token) : null;
    const prefix = tokens.slice(from, nameFrom);
    // "Angola's Oil Minister Teo Mbemba": the role starts at the country.
    const roleStart = nameFrom === from ? roleBefore(tokens, from, countryTokens) : country >= 0 ? country : portfolioListBefore(tokens, from, countryTokens);
    const roleTokens = roleStart < from ? tokens.slice(roleStart, nameFrom) : prefix;
    const honorific = prefix.some((t) => HONORIFICS.has(lower(t.text)));
    const titled = roleTokens.some((t) => HEADS.has(lower(t.text)));
    const strongTitle = honorific || roleTokens.some((t) => STRONG_HEADS.has(lower(t.text))) || roleTokens.length >= 2;
    const words = nameTokens.map((t) => (t.text.endsWith(".") ? t.text.slice(0, -1) : t.text));
    const before = tokens[(roleTokens.length ? roleStart : nameFrom) - 1];
    const after = tokens[runEnd];
    const apposition = appositionAfter(text, tokens, runEnd);
    const described = before?.text === "," ? descriptionBefore(text, tokens, (roleTokens.length ? roleStart : nameFrom) - 2) : null;
    const appositionBefore = described !== null;
    // "… he says." / "“…,” says De Graaf": a reporting verb right after the name, or right before it after a quote.
    const saysNext = (isWord(after) && SAY.has(lower(after.text))) || (isWord(before) && SAY.has(lower(before.text)) && /^[,“”"’]$/u.test(tokens[(roleTokens.length ? roleStart : nameFrom) - 2]?.text ?? ""));
    // "Aidar Seitkali arrived in Baku", "Ana Ruiz was received by": what only a person does, right after the name.
    const actsNext = isWord(after) && (ACTS.has(lower(after.text)) || (PASSIVE.has(lower(after.text)) && ACTS.has(lower(tokens[runEnd + 1]?.text ?? ""))));
    // "Halvard Lien, who died in Bergen": a relative "who" follows only a person.
    const whoNext = after?.text === "," && lower(tokens[runEnd + 1]?.text ?? "") === "who";
    // "a delegation headed by Rafael Ortega Sanchez": who leads a group is a person.
    const opener = (roleTokens.length ? roleStart : nameFrom) - 1;
    const leads = ledBy(tokens, opener);
    let earlier = lastKnown(known, words);
    // "Daniel Moreau spoke … Mr. Moreau said" / "… Moreau said": an honorific or a reporting verb confirms the earlier pair.
    const confirmed = !earlier && (honorific || saysNext) && words.length === 1 ? lastKnown(unconfirmed, words) : undefined;
    if (confirmed) {
      known.push((earlier = confirmed));
      if (confirmed.pending) confirmedLate.push(confirmed.pending);
    }
    const multi = words.length >= 2;
    const evidence =
      earlier !== undefined ||
      (titled && (multi || strongTitle)) ||
      (honorific && words.length >= 1) ||
      (multi && (apposition !== null || appositionBefore || saysNext || leads || ((actsNext || whoNext) && words.length <= 3)));
    if (!evidence) {
      if (multi && words.length <= 3) {
        const nameSpan = { start: (written[0] as Token).start, end: (written[written.length - 1] as Token).end };
        const surface = text.slice(nameSpan.start, nameSpan.end);
        const name = oneLine(surface);
        // Written out rather than spread from nameSpan: a spread and then more fields builds the object slowly.
        const pending = { start: nameSpan.start, end: nameSpan.end, name, surface, nameSpan, role: null, country: null, gender: null, resolved: false };
        unconfirmed.push({ name, words, role: null, country: null, gender: null, pending });
      }
      continue;
    }
    const roleText = roleTokens.length
      ? oneLine(text.slice((roleTokens[0] as Token).start, (roleTokens[roleTokens.length - 1] as Token).end))
      : null;
    const role = roleText && !roleTokens.every((t) => HONORIFICS.has(lower(t.text))) ? roleText : apposition || described || null;
    // "Special Representative for North Korea" serves no North Korea: a country after "for" is the brief, not the owner.
    const roleCountry = (role ? findCountries(role).find((c) => !FOR_BRIEF.test(role.slice(Math.max(0, c.start - 4), c.start)))?.iso3 : undefined) ?? countryAfter;
    const resolved = earlier !== undefined && earlier.words.length > words.length;
    // "Chen Meilin, the chairwoman of …", "His sister, Kim Yo-jong": a gendered noun in the role says it too.
    const gender = genderOf(roleTokens.map((t) => t.text)) ?? genderOf((apposition || described || "").split(/\s+/u));
    const first = (roleTokens[0] ?? written[0]) as Token;
    const last = written[written.length - 1] as Token;
    const nameSpan = { start: (written[0] as Token).start, end: last.end };
    const person: Known = earlier ?? { name: oneLine(text.slice(nameSpan.start, nameSpan.end)), words, role, country: roleCountry, gender };
    if (earlier) {
      earlier.role ??= role;
      earlier.country ??= roleCountry;
      earlier.gender ??= gender;
    } else known.push(person);
    out.push({
      start: first.start,
      // "Tomas Varga of Hungary": the mention runs through the country that describes the person.
      end: countryAfter ? (tokens[runEnd - 1] as Token).end : last.end,
      name: person.name,
      surface: text.slice(nameSpan.start, nameSpan.end),
      nameSpan,
      role: role ?? person.role,
      country: roleCountry ?? person.country,
      gender: gender ?? person.gender,
      resolved,
    });
  }
  return out;
}
