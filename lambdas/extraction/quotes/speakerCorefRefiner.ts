// Resolves each speaker as written to the name a dataset user wants: pronouns
// to the nearest compatible earlier speaker ("he added" → the last man quoted
// or named as a subject), definite descriptions to the nearest person whose
// role fits ("the Russian leader" → Vladimir Putin), surnames to full names,
// and classifies the rest (media, government, organization). A description
// that fits no one is kept as written; an unresolved pronoun yields null.
import type { Span } from "../context";
import { countryByName, findCountries } from "../countries";
import type { Gender, PersonMention } from "../people";
import { isGovernmentName, isMediaName, nounType } from "./lexicon";
import type { QuoteCandidate, SpeakerMention, SpeakerType } from "./types";

/** Someone who can be pointed back to. */
interface Entity {
  at: number;
  name: string;
  words: string[];
  type: SpeakerType;
  role: string | null;
  country: string | null;
  gender: Gender | null;
  plural: boolean;
  /** Named as a clause or sentence subject, the usual antecedent of a pronoun. */
  subject: boolean;
  /** A proper name ("Foreign Ministry"), not a description ("the central bank"). */
  proper: boolean;
}

export interface Resolution {
  name: string | null;
  type: SpeakerType;
  role: string | null;
  country: string | null;
  /** Found through a pronoun, a description or a surname. */
  resolved: boolean;
}

const LOOKBACK = 200;
const LEADER_ROLES = ["president", "premier", "prime minister", "chancellor", "king", "queen", "leader", "chairman", "emir", "sultan", "monarch", "general secretary"];
const DEFINITE = /^(the|this|that)\s/iu;
const NAME_STOP = /\b(of|for|and|the)\b|[0-9]/u;

const lastWord = (s: string): string => s.split(/\s+/u).pop()?.toLowerCase() ?? "";
/** The noun a description hangs on: "a spokesman for the ministry" → spokesman. */
const headOf = (s: string): string => lastWord(s.split(/\s(?:for|of|at)\s/u)[0] ?? s);
const countryOf = (text: string): string | null => findCountries(text)[0]?.iso3 ?? null;
const isPlural = (head: string): boolean => nounType(head) !== null && /[^s]s$/u.test(head) && nounType(head.slice(0, -1)) !== null;
const bareName = (s: string): string => s.replace(/^the\s+/u, "").replace(/['’]s$/u, "");

function roleFits(entity: Entity, head: string, country: string | null): boolean {
  if (country && entity.country !== country) return false;
  const role = entity.role?.toLowerCase() ?? "";
  if (head === "leader") return LEADER_ROLES.some((r) => role.includes(r));
  return role.includes(head);
}

/** "China and South Korea": countries joined by "and". */
function onlyCountries(name: string): boolean {
  const found = findCountries(name);
  if (found.length === 0) return false;
  let rest = name;
  for (const c of found) rest = rest.replace(c.surface, " ");
  return /^(\s|and|the|,)*$/u.test(rest);
}

/** Type of a name that is not a known person. */
function nameType(name: string): SpeakerType {
  if (isMediaName(name)) return "media";
  if (countryByName(name) || isGovernmentName(name) || onlyCountries(name)) return "government";
  const words = name.split(/\s+/u);
  if (words.length === 1 && nounType(name)) return nounType(name) as SpeakerType; // "Police said"
  // Two or three capitalised words with no organisation word read as a person ("Wooyeal Paik").
  if (words.length >= 2 && words.length <= 3 && !NAME_STOP.test(name) && findCountries(name).length === 0) return "person";
  return "organization";
}

export class SpeakerResolver {
  private readonly entities: Entity[] = [];

  constructor(
    private readonly people: PersonMention[],
    subjectStarts: Set<number>,
    clauses: SpeakerMention[],
    quoteSpans: Span[],
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
    const items: ({ person: PersonMention } | { clause: SpeakerMention })[] = [
      ...people.filter((p) => !inQuote(p.start)).map((person) => ({ person })),
      ...clauses.map((clause) => ({ clause })),
    ];
    items.sort((a, b) => ("person" in a ? a.person.start : a.clause.start) - ("person" in b ? b.person.start : b.clause.start));
    for (const item of items) {
      if ("person" in item) {
        const p = item.person;
        this.entities.push({
          at: p.start,
          name: p.name,
          words: p.name.split(" "),
          type: "person",
          role: p.role,
          country: p.country,
          gender: p.gender,
          plural: false,
          subject: subjectStarts.has(p.start),
          proper: true,
        });
        continue;
      }
      const r = this.resolve(item.clause);
      if (!r.name) continue;
      const head = headOf(item.clause.text);
      const known = this.find(item.clause.start, (e) => e.name === r.name, false);
      this.entities.push({
        at: item.clause.start,
        name: r.name,
        words: r.name.split(" "),
        type: r.type,
        role: r.role,
        country: r.country,
        gender: known?.gender ?? null,
        plural: item.clause.kind === "description" && isPlural(head),
        subject: true,
        proper: item.clause.kind === "name" || r.resolved,
      });
    }
  }

  /** Entities before `at`, nearest first, at most LOOKBACK of them. */
  private *before(at: number): Generator<Entity> {
    let lo = 0;
    let hi = this.entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.entities[mid] as Entity).at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && lo - k <= LOOKBACK; k--) yield this.entities[k] as Entity;
  }

  private find(at: number, fits: (e: Entity) => boolean, subjectsFirst: boolean): Entity | undefined {
    if (subjectsFirst) for (const e of this.before(at)) if (e.subject && fits(e)) return e;
    for (const e of this.before(at)) if (fits(e)) return e;
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

  private fromEntity(e: Entity, resolved: boolean): Resolution {
    return { name: e.name, type: e.type, role: e.role, country: e.country, resolved };
  }

  resolve(m: SpeakerMention): Resolution {
    if (m.kind === "pronoun" || m.kind === "relative") return this.pronoun(m);
    if (m.kind === "description") return this.description(m);
    return this.name(m);
  }

  private pronoun(m: SpeakerMention): Resolution {
    const w = m.text.toLowerCase();
    let fits: (e: Entity) => boolean;
    if (w === "he" || w === "she") {
      const unwanted: Gender = w === "he" ? "female" : "male";
      fits = (e) => e.type === "person" && !e.plural && e.gender !== unwanted;
    } else if (w === "it" || w === "which") fits = (e) => e.type !== "person" && !e.plural;
    else if (w === "they") fits = (e) => e.plural || e.type === "government" || e.type === "organization";
    else return { name: null, type: "unknown", role: null, country: null, resolved: false };
    const e = this.find(m.start, fits, true);
    if (e) return this.fromEntity(e, true);
    return { name: null, type: w === "he" || w === "she" ? "person" : "unknown", role: null, country: null, resolved: false };
  }

  private description(m: SpeakerMention): Resolution {
    const head = headOf(m.text);
    // "A government statement" speaks for the government.
    const words = (m.text.split(/\s(?:for|of|at)\s/u)[0] ?? m.text).toLowerCase().split(/\s+/u);
    // An unknown noun after a determiner in a reporting clause is nearly always someone: "one winemaker said".
    const headType = nounType(head) ?? "person";
    const type = headType !== "person" && nounType(words[words.length - 2] ?? "") === "government" ? "government" : headType;
    const country = countryOf(m.text);
    if (DEFINITE.test(m.text)) {
      const e =
        type === "person"
          ? this.find(m.start, (x) => x.type === "person" && roleFits(x, head, country), false)
          : this.find(m.start, (x) => x.type !== "person" && x.proper && x.name.toLowerCase().split(/\s+/u).includes(head) && x.name.includes(" "), false);
      if (e) return this.fromEntity(e, true);
    }
    return { name: m.text, type, role: m.apposition, country, resolved: false };
  }

  private name(m: SpeakerMention): Resolution {
    const person = this.personWithin(m);
    if (person) return { name: person.name, type: "person", role: person.role ?? m.apposition, country: person.country, resolved: person.resolved };
    const name = bareName(m.text);
    const words = name.split(/\s+/u);
    const known = this.find(m.start, (e) => e.type === "person" && words.every((w) => e.words.includes(w)), false);
    if (known) return { ...this.fromEntity(known, known.name !== name), role: known.role ?? m.apposition };
    const type = nameType(name);
    const country = type === "person" ? null : (countryByName(name) ?? countryOf(name));
    return { name, type, role: m.apposition, country, resolved: false };
  }
}

export function speakerCorefRefiner(quotes: QuoteCandidate[], resolver: SpeakerResolver): QuoteCandidate[] {
  for (const q of quotes) {
    const m = q.attribution.speaker;
    if (!m) continue;
    const r = resolver.resolve(m);
    q.speaker = r.name;
    q.speakerType = r.type;
    q.role = r.role;
    q.country = r.country;
    q.resolved = r.resolved;
  }
  return quotes;
}
