// Resolves each speaker as written to the name a dataset user wants: pronouns
// to the most salient compatible person (pronounSalience.ts), with each
// person's gender learnt as the text goes from titles, gendered nouns and the
// pronouns that point to them (genderBelief.ts), definite descriptions to
// the nearest person whose role fits ("the agriculture minister" → the one
// whose role says agriculture), "the company" to the company named before,
// surnames to full names, and classifies the rest (media, government,
// organization). A description that fits no one is kept as written; an
// unresolved pronoun yields null.
import type { Sentence, Span } from "../context";
import { countryByName, findCountries, type CountryMention } from "../countries";
import { roleSays, type Gender, type PersonMention } from "../people";
import { isSpaceCode, type Token } from "../tokens";
import { GenderBelief } from "./genderBelief";
import { GENDERED, type CueKind, type GenderCue } from "./genderCueParser";
import { beforeTail, isGovernmentName, isMediaName, isOrganizationName, nounType } from "./lexicon";
import { isQuote } from "./attributionParser";
import { nounPhraseBefore } from "./nounPhrase";
import { antecedent } from "./pronounSalience";
import type { Clause } from "./reportingClauseParser";
import type { Entity, QuoteCandidate, SpeakerMention, SpeakerType } from "./types";

export interface Resolution {
  name: string | null;
  type: SpeakerType;
  role: string | null;
  country: string | null;
  /** Found through a pronoun, a description or a surname. */
  resolved: boolean;
}

const LOOKBACK = 200;
const DEFINITE = /^(the|this|that)\s/iu;
/** Heads of descriptions that stand for a company named earlier ("the company said"). */
const COMPANY_NOUNS = new Set(["company", "firm", "group", "carrier", "lender", "manufacturer", "operator", "airline", "producer", "exporter", "importer"]);
const NAME_STOP = /\b(of|for|and|the)\b|[0-9]/u;

/** What follows the last whitespace, lower-cased (the last piece of splitting on whitespace), read from the end. */
function lastWord(s: string): string {
  let k = s.length - 1;
  while (k >= 0 && !isSpaceCode(s.charCodeAt(k))) k--;
  return s.slice(k + 1).toLowerCase();
}
/** The noun a description hangs on: "a spokesman for the ministry" → spokesman. */
const headOf = (s: string): string => lastWord(beforeTail(s));
const countryOf = (text: string): string | null => findCountries(text)[0]?.iso3 ?? null;
const isPlural = (head: string): boolean => nounType(head) !== null && /[^s]s$/u.test(head) && nounType(head.slice(0, -1)) !== null;
/** "the Times" → "Times", "Reuters's" → "Reuters"; the regexes run only when the first or last letter allows a match. */
function bareName(s: string): string {
  const rest = s.charCodeAt(0) === 0x74 ? s.replace(/^the\s+/u, "") : s;
  return rest.charCodeAt(rest.length - 1) === 0x73 ? rest.replace(/['’]s$/u, "") : rest;
}

/** A role without the owner it belongs to: "the Prime Minister's Trade Envoy" is an envoy, not a minister. */
function ownRole(role: string | null): string | null {
  if (role === null) return null;
  const owner = Math.max(role.lastIndexOf("'s "), role.lastIndexOf("’s "));
  return owner < 0 ? role : role.slice(owner + 3);
}

function roleFits(entity: Entity, head: string, country: string | null, modifiers: string[]): boolean {
  if (country && entity.country !== country) return false;
  const own = ownRole(entity.role);
  const role = own?.toLowerCase() ?? "";
  if (!modifiers.every((w) => role.includes(w))) return false;
  return roleSays(own, head);
}

/** The words of a description that narrow its head, bar determiners and countries: "the agriculture minister" → agriculture. */
function modifiersOf(description: string, head: string): string[] {
  let rest = ` ${description.toLowerCase()} `;
  for (const c of findCountries(description)) rest = rest.replace(` ${c.surface.toLowerCase()} `, " ");
  return rest.split(/\s+/u).filter((w) => w && w !== head && !/^(the|this|that)$/u.test(w));
}

// Module-level: esbuild (node20/22 targets) turns a \p{…} literal outside [] into `new RegExp(…)`, built on every call.
const UPPER_START = /^\p{Lu}/u;

/** "Northwind's works council", not "the council": a description that names its owner. */
const namesOwner = (name: string): boolean => name.replace(/^(the|an?|this|that)\s/iu, "").split(/\s+/u).some((w) => UPPER_START.test(w));

/** "Peru and South Africa": countries joined by "and"; `found` are the countries in `name`. */
function onlyCountries(name: string, found: CountryMention[]): boolean {
  if (found.length === 0) return false;
  let rest = name;
  for (const c of found) rest = rest.replace(c.surface, " ");
  return /^(\s|and|the|,)*$/u.test(rest);
}

/** Type of a name that is not a known person; `byName` is countryByName(name), `countries` finds the countries in it. */
function nameType(name: string, byName: string | null, countries: () => CountryMention[]): SpeakerType {
  if (isMediaName(name)) return "media";
  if (byName || isGovernmentName(name) || onlyCountries(name, countries())) return "government";
  if (isOrganizationName(name)) return "organization";
  const words = name.split(/\s+/u);
  if (words.length === 1 && nounType(name)) return nounType(name) as SpeakerType; // "Police said"
  // Two or three capitalised words with no organisation word read as a person ("Nadia Petrova").
  if (words.length >= 2 && words.length <= 3 && !NAME_STOP.test(name) && countries().length === 0) return "person";
  return "organization";
}

interface Classification {
  type: SpeakerType;
  country: string | null;
}

/** Type and country of a name that is not a known person, looking for countries in it at most once. */
function classifyName(name: string): Classification {
  const byName = countryByName(name);
  let found: CountryMention[] | undefined;
  const countries = (): CountryMention[] => (found ??= findCountries(name));
  const type = nameType(name, byName, countries);
  return { type, country: type === "person" ? null : (byName ?? countries()[0]?.iso3 ?? null) };
}

/** A body's name as bodyFitting compares it: lower-case words and head noun. */
interface BodyName {
  words: string[];
  head: string;
}

/** One thing the resolver reads, at its offset: exactly one of person, clause and cue is set (one shape, so sorting compares plain fields). */
interface Item {
  at: number;
  person: PersonMention | null;
  clause: Clause | null;
  cue: GenderCue | null;
}

export class SpeakerResolver {
  private readonly entities: Entity[] = [];
  /** Each person's gender as the text has told it so far. */
  private readonly genders = new GenderBelief();
  private readonly classified = new Map<string, Classification>();
  private readonly bodyNames = new Map<string, BodyName>();

  constructor(
    private readonly people: PersonMention[],
    subjectStarts: Set<number>,
    clauses: Clause[],
    quoteSpans: Span[],
    private readonly sentences: Sentence[],
    /** The article's gender cues (parseGenderCues/addGenderCues), in text order. */
    cues: GenderCue[],
  ) {
    const inQuote = (at: number): boolean => {
      // Quote spans are sorted; a binary search keeps this linear overall.
      let lo = 0;
      let hi = quoteSpans.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const q = quoteSpans[mid] as Span;
        if (at < q.start) hi = mid - 1;
        else if (at >= q.end) lo = mid + 1;
        else return true;
      }
      return false;
    };
    // In text order, so each pronoun is read with what the text said before it.
    const items: Item[] = [];
    for (const person of people) if (!inQuote(person.start)) items.push({ at: person.start, person, clause: null, cue: null });
    for (const cue of cues) items.push({ at: cue.at, person: null, clause: null, cue });
    for (const clause of clauses) items.push({ at: clause.start, person: null, clause, cue: null });
    items.sort((a, b) => a.at - b.at);
    for (const item of items) {
      if (item.cue) {
        const e = this.pronounAntecedent(item.cue.at, item.cue.kind, item.cue.gender);
        if (e) this.genders.vote(e.name, item.cue.gender);
      } else if (item.person) {
        const p = item.person;
        if (p.gender) this.genders.know(p.name, p.gender);
        const main = subjectStarts.has(p.start);
        const sentence = this.sentenceAt(p.start);
        // Fields listed, not spread: Node 20 takes microseconds to build `{ ...place, more }`.
        this.entities.push({
          at: p.start,
          sentence,
          paragraph: this.paragraphOf(sentence),
          name: p.name,
          words: p.name.split(" "),
          type: "person",
          role: p.role,
          country: p.country,
          plural: false,
          subject: main,
          main,
          said: false,
          possessor: false,
          proper: true,
        });
      } else {
        const c = item.clause as Clause;
        const r = this.resolve(c);
        if (!r.name) continue;
        const sentence = this.sentenceAt(c.start);
        this.entities.push({
          at: c.start,
          sentence,
          paragraph: this.paragraphOf(sentence),
          name: r.name,
          words: r.name.split(" "),
          type: r.type,
          role: r.role,
          country: r.country,
          // "Analysts were divided" is plural whether or not it is capitalised; so is "Han and Nair".
          plural: (c.kind === "description" || c.kind === "name") && (isPlural(headOf(c.text)) || (r.type === "person" && / and /u.test(c.text))),
          subject: true,
          main: subjectStarts.has(c.start),
          said: c.said,
          possessor: c.possessor,
          proper: c.kind === "name" || r.resolved,
        });
      }
    }
  }

  private paragraphOf(sentence: number): number {
    return this.sentences[sentence]?.paragraph ?? -1;
  }

  /** Index just past the entities before `at`: those looked back over are [end - LOOKBACK, end), nearest last. */
  private endBefore(at: number): number {
    let lo = 0;
    let hi = this.entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.entities[mid] as Entity).at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Entities before `at`, nearest first, at most LOOKBACK of them. */
  private before(at: number): Entity[] {
    const end = this.endBefore(at);
    return this.entities.slice(Math.max(0, end - LOOKBACK), end).reverse();
  }

  // Index loops, not before(): this runs for every speaker, and copying the lookback each time is the cost.
  private find(at: number, fits: (e: Entity) => boolean, subjectsFirst: boolean): Entity | undefined {
    const end = this.endBefore(at);
    const stop = Math.max(0, end - LOOKBACK);
    if (subjectsFirst) {
      for (let k = end - 1; k >= stop; k--) if ((this.entities[k] as Entity).subject && fits(this.entities[k] as Entity)) return this.entities[k];
    }
    for (let k = end - 1; k >= stop; k--) if (fits(this.entities[k] as Entity)) return this.entities[k];
    return undefined;
  }

  /** The person mention whose name lies inside the span (people are in text order). */
  private personWithin(span: Span): PersonMention | undefined {
    let lo = 0;
    let hi = this.people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.people[mid] as PersonMention).nameSpan.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const p = this.people[lo];
    return p && p.nameSpan.end <= span.end ? p : undefined;
  }

  /** Index of the sentence holding offset `at` (sentences are in text order). */
  private sentenceAt(at: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sentences[mid] as Sentence).start <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  private fromEntity(e: Entity, resolved: boolean): Resolution {
    return { name: e.name, type: e.type, role: e.role, country: e.country, resolved };
  }

  resolve(m: SpeakerMention): Resolution {
    if (m.kind === "pronoun" || m.kind === "relative") return this.pronoun(m);
    if (m.kind === "description") return this.description(m);
    return this.name(m);
  }

  private pronounAntecedent(at: number, kind: CueKind, gender: Gender): Entity | undefined {
    const sentence = this.sentenceAt(at);
    const here = { sentence, paragraph: this.paragraphOf(sentence) };
    return antecedent(this.before(at), here, kind, gender, (e) => this.genders.of(e.name));
  }

  private pronoun(m: SpeakerMention): Resolution {
    const w = m.text.toLowerCase();
    const gendered = GENDERED[w];
    let fits: (e: Entity) => boolean;
    if (gendered) {
      const e = this.pronounAntecedent(m.start, gendered[1], gendered[0]);
      return e ? this.fromEntity(e, true) : { name: null, type: "person", role: null, country: null, resolved: false };
    } else if (w === "it" || w === "which") fits = (e) => e.type !== "person" && !e.plural;
    else if (w === "they" || w === "them") fits = (e) => e.plural || e.type === "government" || e.type === "organization";
    else return { name: null, type: "unknown", role: null, country: null, resolved: false };
    const e = this.find(m.start, fits, true);
    if (e) return this.fromEntity(e, true);
    return { name: null, type: "unknown", role: null, country: null, resolved: false };
  }

  private description(m: SpeakerMention): Resolution {
    // The description without its tail: "the minister in Brussels" is no Belgian.
    const core = beforeTail(m.text);
    const head = lastWord(core);
    // "A ministry statement" speaks for the government.
    const words = core.toLowerCase().split(/\s+/u);
    // An unknown noun after a determiner in a reporting clause is nearly always someone: "one winemaker said".
    const headType = nounType(head) ?? "person";
    const type = headType !== "person" && nounType(words[words.length - 2] ?? "") === "government" ? "government" : headType;
    const country = countryOf(core);
    if (DEFINITE.test(m.text)) {
      const e = type === "person" ? (this.personFitting(m, core, head, country) ?? this.untitledTopic(m, country)) : this.bodyFitting(m, head);
      if (e) return this.fromEntity(e, true);
    }
    return { name: m.text, type, role: m.apposition, country, resolved: false };
  }

  /** The nearest person whose role has the head and all the modifiers of the description's `core` (beforeTail), else just its head. */
  private personFitting(m: SpeakerMention, core: string, head: string, country: string | null): Entity | undefined {
    const modifiers = modifiersOf(core, head);
    return (
      (modifiers.length ? this.find(m.start, (x) => x.type === "person" && roleFits(x, head, country, modifiers), false) : undefined) ??
      this.find(m.start, (x) => x.type === "person" && roleFits(x, head, country, []), false)
    );
  }

  /**
   * When no one's role fits "the Kazakh leader": the person the previous sentence or this one is about, if the text
   * never gave them a title ("Seitkali seems to agree. Before leaving, the Kazakh leader said").
   */
  private untitledTopic(m: SpeakerMention, country: string | null): Entity | undefined {
    const sentence = this.sentenceAt(m.start);
    const topic = this.find(m.start, (e) => e.main && e.sentence >= sentence - 1, false);
    // A person's name, not a capitalised title standing alone ("The President").
    const named = topic && topic.type === "person" && topic.proper && !topic.plural && !DEFINITE.test(topic.name);
    return named && topic.role === null && (!country || !topic.country || topic.country === country) ? topic : undefined;
  }

  /** The nearest body a definite description repeats: "the ministry" → "Energy Ministry", "the company" → "Northwind Logistics". */
  private bodyFitting(m: SpeakerMention, head: string): Entity | undefined {
    return this.find(m.start, (x) => {
      if (x.type === "person") return false;
      const { words, head: own } = this.bodyName(x.name);
      if (x.proper && words.includes(head) && words.length > 1) return true;
      if (own === head && namesOwner(x.name)) return true;
      return COMPANY_NOUNS.has(head) && x.type === "organization" && x.proper && !words.some((w) => nounType(w) !== null);
    }, false);
  }

  /** A body's name split for bodyFitting, once per name: each description is checked against every body before it. */
  private bodyName(name: string): BodyName {
    let b = this.bodyNames.get(name);
    if (!b) this.bodyNames.set(name, (b = { words: name.toLowerCase().split(/\s+/u), head: headOf(name) }));
    return b;
  }

  private name(m: SpeakerMention): Resolution {
    const person = this.personWithin(m);
    if (person) return { name: person.name, type: "person", role: person.role ?? m.apposition, country: person.country, resolved: person.resolved };
    const name = bareName(m.text);
    const words = name.split(/\s+/u);
    // A surname or short name repeats a person named in full, never a description's word ("Chilean aid" is not "a Chilean official").
    const known = this.find(m.start, (e) => e.type === "person" && e.proper && words.every((w) => e.words.includes(w)), false);
    if (known) return { name: known.name, type: known.type, role: known.role ?? m.apposition, country: known.country, resolved: known.name !== name };
    const { type, country } = this.classify(name);
    return { name, type, role: m.apposition, country, resolved: false };
  }

  /** Type and country of a name that is no known person; names recur in an article, and classifying one is costly. */
  private classify(name: string): Classification {
    let c = this.classified.get(name);
    if (!c) this.classified.set(name, (c = classifyName(name)));
    return c;
  }
}

/**
 * A person described earlier in the pronoun's own sentence: "When I sat down with Peru's trade minister, he told
 * me". Asked only when no one the text named before fits the pronoun.
 */
function describedInSentence(text: string, q: QuoteCandidate, pronoun: SpeakerMention): SpeakerMention | null {
  const { tokens } = q.view;
  let at = tokens.findIndex((t) => t.start === pronoun.start);
  while (--at >= 0 && !isQuote(tokens[at])) {
    const t = tokens[at] as Token;
    if (t.kind !== "word" || t.text !== t.text.toLowerCase() || nounType(t.text) !== "person" || isPlural(t.text)) continue;
    const np = nounPhraseBefore(text, tokens, at + 1, 0);
    if (np && np.kind === "description") return np;
  }
  return null;
}

export function speakerCorefRefiner(quotes: QuoteCandidate[], resolver: SpeakerResolver, text: string): QuoteCandidate[] {
  for (const q of quotes) {
    const m = q.attribution.speaker;
    if (!m) continue;
    let r = resolver.resolve(m);
    const described = r.name === null && m.kind === "pronoun" && GENDERED[m.text.toLowerCase()] ? describedInSentence(text, q, m) : null;
    if (described) r = resolver.resolve(described);
    q.speaker = r.name;
    q.speakerType = r.type;
    q.role = r.role;
    q.country = r.country;
    q.resolved = r.resolved;
  }
  return quotes;
}
