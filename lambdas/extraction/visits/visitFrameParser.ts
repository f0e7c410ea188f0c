// Visit frames in one sentence, each with its visitor(s) and destination:
//   verb:  "Kim Jong Un visited Russia", "Modi arrived in the city of Xi'an", "Chinese officials were in Seoul"
//   noun:  "Putin's visit to Pyongyang", "visits to North Korea by Russia's … ministers", "a visit here by …",
//          "a South Korean trade mission to the United States"
//   event: "a signing ceremony … in Pyongyang" with a foreign participant, "a meeting in the Oval Office with Liu He"
// Hypothetical, negated or cancelled wording yields nothing; future wording is "planned".
import terms from "../../../data/gazetteer/visit-terms.json";
import type { Sentence, Span } from "../context";
import type { PersonMention } from "../people";
import { findCountries } from "../countries";
import { findPlaces, type Place } from "./placeFinder";
import { personVisitor, visitorBefore, visitorsAfter, type Visitor } from "./visitorParser";

export interface VisitMention extends Span {
  visitor: Visitor;
  host: string | null;
  place: string | null;
  /** The destination is the dateline's city ("a visit here"). */
  here: boolean;
  status: "occurred" | "planned";
  purpose: string | null;
}

const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
const VISIT_VERB = new RegExp(String.raw`\b(?:${alt(terms.visitVerbs)})\b`, "giu");
const ARRIVAL = new RegExp(String.raw`\b(?:${alt(terms.arrivalVerbs)})\b`, "giu");
const VISIT_NOUN = new RegExp(String.raw`\b(?:${alt(terms.visitNouns)})\s+(?:(to)\b|(here)\b|(of|by)\b)`, "giu");
const EVENT = new RegExp(String.raw`\b(?:${alt(terms.eventNouns)})\b`, "giu");
const PLANNED = new RegExp(String.raw`\b(?:${alt(terms.plannedCues)})\b`, "u");
const UNREAL = new RegExp(String.raw`\b(?:${alt(terms.unrealCues)})\b|n['’]t\b`, "u");
/** Words between a verb and its place: "the city of", "the northeast city of", "the". */
const PLACE_LEAD = /^\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:city|capital|port|town|province|region|resort)\s+of\s+)?(?:the\s+)?/u;
const PURPOSE = /^,?(?:\s+[\p{L}\p{N}.]+){0,3}?\s+(?:for|to)\s+((?:the\s+)?[^,.;()]{3,100})/u;
const HOSTED = /\b(?:hosted|hosts|hosting|welcomed|welcomes|received)\b/giu;
const COPULA = /^(?:was|were|is|are)\s+in$/iu;

interface Args {
  text: string;
  sentence: Sentence;
  /** People of this sentence; `everyone` also holds earlier ones, for "his visit". */
  people: PersonMention[];
  everyone: PersonMention[];
  places: Place[];
}

function placeAt(args: Args, from: number): Place | null {
  const lead = PLACE_LEAD.exec(args.text.slice(from, from + 60));
  const at = from + (lead ? lead[0].length : 0);
  return args.places.find((p) => p.start === at) ?? null;
}

function purposeAfter(text: string, end: number): string | null {
  const m = PURPOSE.exec(text.slice(end, end + 120));
  return m ? m[1]!.replace(/\s+/g, " ").replace(/[“”"]/g, "").trim() : null;
}

function statusOf(args: Args, start: number, end: number): "occurred" | "planned" | null {
  // The clause around the frame: up to 80 chars before, and after it only to the next comma or semicolon.
  const after = /^[^,;]{0,40}/u.exec(args.text.slice(end, Math.min(args.sentence.end, end + 40)))![0];
  const window = args.text.slice(Math.max(args.sentence.start, start - 80), end) + after;
  if (UNREAL.test(window)) return null;
  return PLANNED.test(args.text.slice(Math.max(args.sentence.start, start - 40), end)) ? "planned" : "occurred";
}

function mention(args: Args, visitor: Visitor, span: Span, place: Place | null, here = false): VisitMention | null {
  const status = statusOf(args, Math.min(visitor.start, span.start), Math.max(span.end, place?.end ?? 0));
  if (!status) return null;
  return {
    start: Math.min(visitor.start, span.start),
    end: Math.max(span.end, place?.end ?? span.end, visitor.end),
    visitor,
    host: place?.iso3 ?? null,
    place: place?.city ?? null,
    here,
    status,
    purpose: purposeAfter(args.text, place?.end ?? span.end),
  };
}

/** "Putin's visit" with no title anywhere: a capitalised possessive that is not a country is taken as the visitor's name. */
function possessiveName(text: string, at: number, floor: number): Visitor[] {
  const before = text.slice(Math.max(floor, at - 50), at);
  const m = /(?<![\p{L}.])([\p{Lu}][\p{Ll}'-]+(?:\s+[\p{Lu}][\p{Ll}'-]+){0,2})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
  if (!m || findCountries(m[1]!).length || /^(?:The|This|That|His|Her|Its|Their|Our|A|An)$/u.test(m[1]!.split(/\s/)[0]!)) return [];
  const start = at - before.length + m.index;
  return [{ start, end: start + m[1]!.length, name: m[1]!, role: null, country: null, kind: "person" }];
}

/** The person a possessive pronoun ("his visit") points to: the last person mentioned before it. */
function pronounOwner(args: Args, at: number): Visitor | null {
  const p = args.everyone.filter((m) => m.end <= at).at(-1);
  return p ? personVisitor(args.text, p) : null;
}

function verbFrames(args: Args): VisitMention[] {
  const { text, sentence } = args;
  const local = text.slice(sentence.start, sentence.end);
  const out: VisitMention[] = [];
  for (const re of [VISIT_VERB, ARRIVAL]) {
    for (const m of local.matchAll(re)) {
      const start = sentence.start + m.index, end = start + m[0].length;
      // "visits to X by Y" is a noun frame; bare "visit" is a verb only after "to"/a modal ("will visit").
      if (re === VISIT_VERB && /^\s+(?:to|here|of|by)\b/u.test(text.slice(end, end + 6))) continue;
      if (re === VISIT_VERB && /^visit$/iu.test(m[0]) && !/\b(?:to|will|would|could|may|might|shall)\s+$/u.test(text.slice(start - 8, start))) continue;
      const place = placeAt(args, end);
      if (!place) continue;
      const visitor = visitorBefore(text, start, sentence.start, args.people);
      if (!visitor || (COPULA.test(m[0]) && !/^[\s,]*$/u.test(text.slice(visitor.end, start).replace(/\b(?:also|then|still|already)\b/gu, "")))) continue;
      const found = mention(args, visitor, { start, end }, place);
      if (found) out.push(found);
    }
  }
  return out;
}

function nounFrames(args: Args): VisitMention[] {
  const { text, sentence } = args;
  const local = text.slice(sentence.start, sentence.end);
  const out: VisitMention[] = [];
  for (const m of local.matchAll(VISIT_NOUN)) {
    const start = sentence.start + m.index, end = start + m[0].length;
    const noun = m[0].split(/\s+/)[0]!.toLowerCase();
    const place = m[1] ? placeAt(args, end) : null;
    if (m[1] && !place) continue;
    const before = text.slice(Math.max(sentence.start, start - 60), start);
    let visitors: Visitor[] = [];
    if (noun === "mission" || noun === "delegation") {
      const v = visitorBefore(text, end - m[0].length + noun.length, sentence.start, args.people);
      if (v && v.country) visitors = [v];
    } else if (/\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(before)) {
      const owner = pronounOwner(args, start);
      if (owner) visitors = [owner];
    } else {
      const owner = args.people.find((p) => /^\s*['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(p.end, start)) && p.end <= start && p.end >= start - 40);
      if (owner) visitors = [personVisitor(text, owner)];
      else visitors = possessiveName(text, start, sentence.start);
    }
    // "a trip to Ankara in 2023 by Egypt's foreign minister": a few words may stand before "by".
    const by = /^(?:\s+[\p{L}\p{N}.]+){0,4}?\s+by\s+/u.exec(text.slice(place?.end ?? end, (place?.end ?? end) + 50));
    if (visitors.length === 0 && (m[3] || by)) visitors = visitorsAfter(text, m[3] ? end : (place?.end ?? end) + by![0].length, args.people);
    // "El-Sisi is expected to pay a return visit to Turkey": the subject of pay/make.
    const support = /\b(?:pay|pays|paid|paying|make|makes|made|making)\s+(?:a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
    if (visitors.length === 0 && support) {
      const v = visitorBefore(text, start - before.length + support.index, sentence.start, args.people);
      if (v) visitors = [v];
    }
    if (visitors.length === 0 && m[2]) {
      const rest = /^(?:\s+(?:this|last)\s+(?:week|month))?\s+by\s+/u.exec(text.slice(end, end + 30));
      if (rest) visitors = visitorsAfter(text, end + rest[0].length, args.people);
    }
    for (const visitor of visitors) {
      const found = mention(args, visitor, { start, end }, place, !!m[2]);
      if (found) out.push(found);
    }
  }
  return out;
}

function eventFrames(args: Args): VisitMention[] {
  const { text, sentence } = args;
  const local = text.slice(sentence.start, sentence.end);
  const out: VisitMention[] = [];
  for (const m of local.matchAll(EVENT)) {
    const start = sentence.start + m.index, end = start + m[0].length;
    const within = text.slice(end, Math.min(sentence.end, end + 60));
    const prep = /\b(?:in|at)\s+/gu;
    let place: Place | null = null;
    for (const p of within.matchAll(prep)) if (!place) place = placeAt(args, end + p.index + p[0].length - 1);
    if (!place) continue;
    const withPerson = /^[^.;]{0,40}?\bwith\s+/u.exec(text.slice(place.end, place.end + 60));
    const candidates: Visitor[] = [];
    if (withPerson) {
      const guest = args.people.find((p) => p.start >= place!.end + withPerson[0].length && p.start <= place!.end + withPerson[0].length + 40);
      if (guest) candidates.push(personVisitor(text, guest));
    }
    if (/\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,5}$/u.test(text.slice(Math.max(sentence.start, start - 60), start))) {
      const owner = pronounOwner(args, start);
      if (owner) candidates.push(owner);
    }
    for (const p of args.people.filter((q) => q.start >= sentence.start && q.end <= sentence.end && !candidates.some((c) => c.name === q.name))) {
      // Participants named as the sentence's subject (before the event, or right after an opening phrase),
      // only when their country is known: "X said at a conference in New York" says nothing of travel otherwise.
      const visitor = personVisitor(text, p);
      if (visitor.country && (p.end <= start || /^[^.;]*,\s*$/u.test(text.slice(place.end, p.start)))) candidates.push(visitor);
    }
    for (const visitor of candidates) {
      if (visitor.country === place.iso3) continue;
      const found = mention(args, visitor, { start, end }, place);
      if (found) out.push(found);
    }
  }
  return out;
}

/** "Japan hosted Indian Prime Minister Narendra Modi", "Beijing welcomed …": the subject country is the host. */
function hostFrames(args: Args): VisitMention[] {
  const { text, sentence } = args;
  const out: VisitMention[] = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(HOSTED)) {
    const start = sentence.start + m.index, end = start + m[0].length;
    const host = args.places.filter((p) => p.end <= start && /^\s*$/u.test(text.slice(p.end, start))).at(-1);
    const guest = args.people.find((p) => p.start >= end && /^\s*$/u.test(text.slice(end, p.start)));
    if (!host || !guest) continue;
    const found = mention(args, personVisitor(text, guest), { start, end }, host);
    if (found) out.push(found);
  }
  return out;
}

/** Every visit mention of the sentence, in text order. */
export function visitsIn(text: string, sentence: Sentence, people: PersonMention[]): VisitMention[] {
  const here = people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const args: Args = { text, sentence, people: here, everyone: people, places: findPlaces(text, sentence.start, sentence.end) };
  const all = [...verbFrames(args), ...nounFrames(args), ...eventFrames(args), ...hostFrames(args)];
  return all.filter((v) => v.host === null || v.visitor.country !== v.host).sort((a, b) => a.start - b.start);
}
