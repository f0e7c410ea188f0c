// Verb, noun and event frames of one sentence, each with its visitor(s) and destination:
//   verb:  "Ana Ruiz visited Peru and Chile", "arrived in the city of Osaka", "toured a plant in Lagos",
//          "spent two days in Manila", "… before continuing to Lima", "Chinese officials were in Seoul"
//   noun:  "Ruiz's visit to Lima", "visits to X by Y's … ministers", "a visit here by …", "three visits to X",
//          "on a three-day visit to X" (the sentence's subject), "a return visit by X"
//   event: "a signing ceremony … in Lima" with a foreign participant, "a meeting in the Oval Office with X"
// Hypothetical, negated or cancelled wording yields nothing; future wording is "planned".
import terms from "../../../data/gazetteer/visit-terms.json";
import type { Sentence } from "../context";
import { findCountries } from "../countries";
import type { PersonMention } from "../people";
import { alt, CueSet, cuesOf, cueWords, holdsPhrase, matchesIn, mayNamePlace, mention, phraseCuesOf, placeAt, placesFrom, pronounOwner, subjectOf, type Args, type CueWords, type VisitMention } from "./frames";
import { FirstWordMatcher } from "./firstWordMatcher";
import { HOST_CUES, hostFrames } from "./hostFrameParser";
import { accompanyFrames, DELEGATION_CUES, leadFrames, returnFrames } from "./delegationFrameParser";
import { findPlaces, type Place } from "./placeFinder";
import { anyCase, numberOf, personVisitor, visitorBefore, visitorsAfter, type Visitor } from "./visitorParser";

const VISIT_VERB = new RegExp(String.raw`\b(?:${alt(terms.visitVerbs)})\b`, "giu");
const VISIT_VERB_CUES = cuesOf(terms.visitVerbs);
/** "is also in", "arrived earlier in", "returned on Friday from", "travelled by armoured train to": an adverb, a day or a means may follow the verb's first word. */
const ADVERB = String.raw`(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:last|this)\s+(?:week|month)\s+|(?:also|already|still|then|later|first|briefly|currently|now|again|earlier|finally|safely|on|today|tomorrow|yesterday)\s+|by\s+(?:[A-Za-z\u00c0-\u024f-]+\s+){1,2}?)?`;
const withAdverb = (phrase: string) => phrase.split(" ").map((w, k) => (k === 1 ? ADVERB : "") + anyCase(w)).join(String.raw`\s+`);
// Each word in either case of its first letter ("Arrives In" in a title-case headline), not /i: ADVERB is repeated in every arrival verb, and case-folding
// the whole pattern made it take ~300 ms to compile on first use (a Lambda cold start); by first word, only the verbs met are compiled.
const ARRIVAL = new FirstWordMatcher([...terms.arrivalVerbs].sort((a, b) => b.length - a.length), withAdverb);
/** Each arrival verb's words stand whole in its matches, the adverb only between them: a sentence without all of one verb's is not scanned. */
const ARRIVAL_CUES = phraseCuesOf(terms.arrivalVerbs);
const STAY = new RegExp(String.raw`\b(?:${alt(terms.stayVerbs)})\s+(?:[\p{L}\p{N}-]+\s+){1,3}?in\b`, "giu");
const STAY_CUES = cuesOf(terms.stayVerbs);
const ONWARD = new RegExp(String.raw`\b(?:${alt(terms.onwardVerbs)})\b`, "giu");
/** Its words are common ("then", "with", "in"), so a sentence is scanned only when it holds all words of one phrase. */
const ONWARD_CUES = phraseCuesOf(terms.onwardVerbs);
/** "X's tour, which began in Ottawa", "a tour of Europe, which began in Paris": a relative clause may stand between the noun and its place. */
const VISIT_NOUN_CUES = cuesOf(terms.visitNouns);
/** "his first trip abroad to Peru", "her first overseas trip of the year to Peru": a few words may qualify the noun before its place. */
const NOUN_QUALIFIER = String.raw`(?:\s+(?:abroad|overseas|of\s+the\s+year|as\s+(?:president|premier|prime\s+minister|chancellor|leader|foreign\s+minister)))?`;
const VISIT_NOUN = new RegExp(String.raw`\b(?:${alt(terms.visitNouns)})(?:(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?,\s+(?:which|that)\s+(?:began|begins|started|starts|opened|opens|kicked\s+off))?${NOUN_QUALIFIER}\s+(?:(to|in|through)\b|(here)\b|(of|by)\b)`, "giu");
const MASS_TRAVEL = /\b(?:thousands|hundreds|millions|tens)\s+of\s+$/u;
/** "Menon's Washington visit", "his China trip": the place before the noun. */
const NOUN_AFTER_PLACE = /^\s+(?:(?:state|official|working|private|surprise)\s+)?(?:visit|trip|tour|stopover)\b/u;
const NOUN_AFTER_PLACE_CUES = cuesOf(["visit", "trip", "tour", "stopover"]);
/** NOUN_AFTER_PLACE reads up to 30 chars on from a place, so past the end of a sentence ending on one. */
const NOUN_AFTER_PLACE_REACH = 30;
const PLACE_NOUN = /visit|trip|tour|stopover/u;
/** "X paid a visit to", "X wrapped up a four-day visit to", "X ended his Asia tour in": the noun's owner is the verb's subject. */
const NOUN_VERB = new RegExp(String.raw`\b(?:${alt(terms.nounVerbs)})\s+(?:(?:yesterday|today)\s+)?(?:(?:a|an|his|her|their|the|its|\d{1,4}|[\p{Ll}]+)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}$`, "u");
/** "X returned from a three-day trip to", "X returned to Jakarta on Thursday from a swing through": the traveller is the verb's subject. */
const RETURNED_FROM = /\b(?:return(?:ed|s|ing)?|(?:came|comes|coming|got|is|was|are|were|arrived|flew)\s+back|back\s+home)\b[^.;:,]{0,45}?\bfrom\s+(?:a|an|his|her|their|its|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u;
/** "X, in Ankara for talks, said", "X, now in Tokyo, …": an apposition places the person. */
const APPOSITION_IN = /,\s+(?:(?:now|currently|already|still)\s+)?in(?=\s)/gu;
const HAS_APPOSITION_IN = new RegExp(APPOSITION_IN.source, "u");
/** "In Tokyo, Kenyan President X signed …": a sentence opening on a place. */
const OPENING_IN = /^\s*(?:In|At)(?=\s)/u;
/** "While in Tokyo, X met …", "During her stay in Tokyo, X signed …", "Speaking in Tokyo, X said …": the person opening the main clause. */
const WHILE_IN_CUES = cuesOf(["while", "when", "during", "speaking"]);
const WHILE_IN = /\b(?:(?:[Ww]hile|[Ww]hen)\s+(?:in|visiting|on\s+a\s+(?:[\p{L}-]+\s+)?visit\s+to)|[Dd]uring\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(?:stay|visit|trip)\s+(?:in|to)|[Ss]peaking\s+in)(?=\s)/gu;
/** "toured the region", "began a tour of East Africa", "set off on a tour": a trip named before its stops. */
const TRIP_WITHOUT_PLACE = /\b(?:toured|tours|touring|visited|visits|visiting|(?:began|begins|started|starts|embarked\s+on|set\s+off\s+on|is\s+on|was\s+on)\s+(?:a|an|his|her|their)\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:tour|trip|visit))(?=\s)/gu;
const HERE = new RegExp(String.raw`\b(?:arrived|arrives|arriving|arrive|came|comes|coming|is|are|was|were|be|due|expected|flew|landed|visited|visiting)\s+${ADVERB}here\b`, "giu");
const HERE_CUES = cuesOf(["here"]);
const TOOK_IN = /\b(?:took|takes|will\s+take|has\s+taken)\s+in(?=\s)/gu;
const TOOK_IN_CUES = phraseCuesOf(["took in", "takes in", "take in", "taken in"]);
const TRIP_NOUN = /\b(?:tour|trip|visit|journey|swing)\b/gu;
const VIRTUAL = /\b(?:by\s+(?:tele)?phone|by\s+video|video\s*link|videoconference|video\s+conference|virtual(?:ly)?|online|remotely)\b/iu;
const LIST_JOINT = /^(?:\s*,\s*|\s+and\s+|,\s+and\s+)$/u;
const TIMES = /^\s+(?:(\S+)\s+times|(twice)|(thrice))\b/u;
const RESIDENT = /\b(?:ambassador|spokes(?:man|woman|person)|correspondent|consul|charg[eé])/iu;
/** "… trip took him to Bhutan": the pronoun's person goes there. */
const TOOK_TO = /\b(?:took|takes|take|will\s+(?:also\s+)?take|has\s+(?:also\s+)?taken)\s+(?:him|her|them)\s+(?:(?:also|then|later|next|on)\s+)?(?:to|through)(?=\s)/gu;
/** A form of "take" and a pronoun: every match holds both. */
const TOOK_TO_CUES = phraseCuesOf(["took", "takes", "take", "taken"].flatMap((verb) => ["him", "her", "them"].map((pronoun) => `${verb} ${pronoun}`)));
const EVENT = new RegExp(String.raw`\b(?:${alt(terms.eventNouns)})\b`, "giu");
const EVENT_CUES = cuesOf(terms.eventNouns);
const COPULA = /^(?:was|were|is|are)\s+(?:\p{L}+\s+)?in$/iu;
/** "toured copper mines in Antofagasta", "visited the Congress of Deputies and the Senate in Madrid": a few words, then the place. */
const OBJECT_THEN_IN = /^\s+(?:[\p{L}\p{N}'’-]+\s+){1,8}?(?:in|at|around|near)(?=\s)/u;
/** "on a three-day visit to", "during an official trip to": the noun's visitor is the sentence's subject. */
/** "… visited Mozambique in January and will visit Angola": the verb shares the subject of the frame before it. */
const AND_VERB = /\band(?:\s+(?:has|have|had|was|were|is|are|will|would|also|then|later|(?:due|expected|scheduled|set|slated)\s+to|plans\s+to))*\s+$/u;
/** "the Chinese president's state visit": a possessive, then a few words before the noun. */
const ROLE_POSSESSIVE = /['’]s\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** "his visit", "her three-day Asia tour": a possessive pronoun owns the noun. */
const HIS_NOUN = /\b(?:his|her)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u;
/** "X left Canberra on Friday after a three-day visit": the place left is the one visited. */
const LEFT = /\b(?:left|leaves|leaving|departed|departs)(?=\s)/gu;
const LEFT_CUES = cuesOf(["left", "leaves", "leaving", "departed", "departs"]);
const AFTER_VISIT = /^[^.;]{0,30}?\bafter\s+(?:a|an|his|her|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:visit|trip|stay|tour)\b/u;
const GROUP_NOUN = /^(?:missions?|delegations?)$/u;
/** "sent three trade missions", "will dispatch a delegation": the verb, then the group's own words. */
const SENT = /\b((?:sent|send|sends|sending|dispatched|dispatches|dispatch)\s+)(?:[\p{L}\p{N}-]+\s+){0,3}$/u;
/** Between a sending country and its verb: "China will", "Peru has already". */
const SENDER_AUX = /^(?:\s+(?:will|would|also|has|have|had|already|is|are|to|plans|set|due|expected))*\s+$/u;
const ON_A_VISIT = /\b(?:on|upon|during|for|after|before)\s+(?:(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3})?$/iu;

/** A verb with a place and no subject of its own ("… and travelled on to Athens"): a further stop of the frame before it. */
interface Stop {
  start: number;
  end: number;
  places: Place[];
}

/** What makes a bare "visit" a verb: "to" or a modal before it, an adverb or two between ("will also visit"). */
const MODAL_BEFORE = /\b(?:to|will|would|could|may|might|shall)\s+(?:(?:also|then|later|soon|first|again|now|still|finally|not|\p{Ll}+ly)\s+){0,2}$/u;

function verbFrames(args: Args): { found: VisitMention[]; shared: Stop[] } {
  const { text, sentence } = args;
  const out: VisitMention[] = [];
  const shared: Stop[] = [];
  const arrival = holdsPhrase(args.cueWords, ARRIVAL_CUES);
  for (const [re, cues] of [[VISIT_VERB, VISIT_VERB_CUES], [ARRIVAL, null], [STAY, STAY_CUES]] as const) {
    if (re === ARRIVAL && !arrival) continue;
    for (const { m, start, end } of matchesIn(args, re, cues)) {
      // "visits to X by Y" is a noun frame; bare "visit"/"tour" is a verb only after "to" or a modal ("will visit").
      if (re === VISIT_VERB && /^\s+(?:to|here|of|by)\b/u.test(text.slice(end, end + 6))) continue;
      if (re === VISIT_VERB && /^(?:visit|tour)$/iu.test(m[0]) && !MODAL_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      let places = placesFrom(args, end);
      if (!places.length && re === VISIT_VERB) {
        const object = OBJECT_THEN_IN.exec(text.slice(end, Math.min(sentence.end, end + 90)));
        if (object) places = placesFrom(args, end + object[0].length);
      }
      if (!places.length) continue;
      const visitor = subjectOf(args, start);
      if (!visitor && AND_VERB.test(text.slice(Math.max(sentence.start, start - 40), start))) shared.push({ start, end, places });
      // "X was in Seoul": the visitor stands right before the copula (or before ", who was in").
      if (!visitor || (COPULA.test(m[0]) && !/^[\s,]*(?:who\s*)?$/u.test(text.slice(visitor.end, start).replace(/\b(?:also|then|still|already|himself|herself|themselves)\b/gu, "")))) continue;
      // "returned to Brasilia" is a trip abroad only when the traveller's own country is known (and not Brazil).
      if (/^return/iu.test(m[0]) && /\bto$/u.test(m[0]) && !visitor.country) continue;
      // "has visited China three times": the count of visits.
      const listed = listEnd(args, places[0]!.end);
      const said = TIMES.exec(text.slice(listed, listed + 20));
      const times = said?.[2] ? 2 : said?.[3] ? 3 : numberOf(said?.[1] ?? "");
      for (const who of withPartners(args, visitor)) {
        for (const place of places) {
          const found = mention(args, who, { start, end }, place, times ? { count: times } : {});
          if (found) out.push(found);
        }
      }
    }
  }
  return { found: out, shared };
}

/** Where a list of places ends ("Kyiv and Kharkiv"), even when its later places repeat a country. */
function listEnd(args: Args, end: number): number {
  for (const p of args.places) if (p.start >= end && LIST_JOINT.test(args.text.slice(end, p.start))) end = p.end;
  return end;
}

/** "Foreign Minister A and Defence Minister B flew to Tokyo": the subject and the people joined to it, of one country when the others' is unsaid. */
/** "A and B", "A and the head of KOTRA, B": what joins a partner to the visitor after it. */
const PARTNER_JOINT = /^,?\s+and\s+(?:(?:the|a|an|his|her|its|their)\s+[^,.;:“”"]{1,60},\s*)?$/u;

/** What joins two roles: "and", with the style of the second ("… and Her Majesty the Queen of …"). */
const GROUP_JOINT = /\s+and\s+(?:(?:His|Her|Their)\s+(?:Royal\s+)?(?:Majesty|Majesties|Highness|Excellency)\s+)?$/u;

function withPartners(args: Args, visitor: Visitor): Visitor[] {
  // "Cyprus's president and Greece's prime minister are expected": two roles, each of its own country.
  if (visitor.kind === "group") {
    const joint = GROUP_JOINT.exec(args.text.slice(Math.max(args.sentence.start, visitor.start - 40), visitor.start));
    const at = joint ? visitor.start - joint[0].length : -1;
    const partner = joint ? visitorBefore(args.text, at, args.sentence.start, args.people) : null;
    return partner?.country && partner.end === at && partner.count === 1 ? [partner, visitor] : [visitor];
  }
  const all = [visitor];
  for (let at = visitor.start; visitor.kind === "person"; ) {
    const p = args.people.findLast((q) => q.end <= at && q.start >= args.sentence.start && PARTNER_JOINT.test(args.text.slice(q.end, at)));
    if (!p) break;
    all.unshift(personVisitor(args.text, p));
    at = p.start;
  }
  const country = all.find((v) => v.country)?.country ?? null;
  return all.map((v) => (v.country ? v : { ...v, country }));
}

/** What may open a sentence before its subject: nothing, or a phrase set off by a comma ("On Tuesday, "). */
const SUBJECT_OPENING = /^[\s"“]*(?:[^,.;:"“”]{1,40},\s*)?$/u;

/**
 * "X met Y on Tuesday and is due to travel on to Montevideo": with no trip told before the stop, the person who opens
 * the sentence is its subject, and so the traveller.
 */
function sentenceSubject(args: Args, before: number): { visitor: Visitor; start: number; end: number } | undefined {
  const p = args.people[0];
  if (!p || p.end > before || p.start < args.sentence.start || !SUBJECT_OPENING.test(args.text.slice(args.sentence.start, p.start))) return undefined;
  return { visitor: personVisitor(args.text, p), start: p.start, end: p.end };
}

/** "… and will visit Angola", "… before continuing to Manila": a further stop for the visitor of the frame before it. */
function furtherStops(args: Args, frames: { visitor: Visitor; start: number; end: number }[], stops: Stop[]): VisitMention[] {
  const out: VisitMention[] = [];
  for (const { start, end, places } of stops) {
    const previous = frames.filter((v) => v.end <= start).sort((a, b) => a.end - b.end).at(-1) ?? sentenceSubject(args, start);
    if (!previous) continue;
    for (const place of places) {
      const found = mention(args, previous.visitor, { start, end }, place);
      if (found) out.push({ ...found, start: Math.min(previous.start, found.start) });
    }
  }
  return out;
}

/** "came to Moscow from Minsk, where on Monday he took part in …": the place a visitor came from, and was at. */
function stopsBefore(args: Args): Stop[] {
  const out: Stop[] = [];
  for (const p of args.places) {
    const from = /\bfrom\s+$/u.exec(args.text.slice(Math.max(args.sentence.start, p.start - 6), p.start));
    if (from && /^,\s+where\b/u.test(args.text.slice(p.end, p.end + 8))) out.push({ start: p.start - from[0].length, end: p.start, places: [p] });
  }
  return out;
}

/** The person or group whose phrase starts right at `at` ("Indian Prime Minister X", "a Chinese delegation"). */
function visitorAt(args: Args, at: number): Visitor | null {
  const person = args.people.find((p) => p.start >= at && p.start <= at + 4);
  return person ? personVisitor(args.text, person) : (visitorsAfter(args.text, at, args.people)[0] ?? null);
}

/** Frames that place a person without a travel verb: "X, in Ankara for talks, said", "While in Tokyo, X met", "In Tokyo, X signed", "X left Lima after a visit", "… took him to Bhutan". */
function placedFrames(args: Args): VisitMention[] {
  const { text, sentence } = args;
  const out: VisitMention[] = [];
  const add = (visitor: Visitor | null, span: { start: number; end: number }, place: Place | null) => {
    const found = visitor && place ? mention(args, visitor, span, place) : null;
    if (found) out.push(found);
  };
  for (const { start, end } of matchesIn(args, APPOSITION_IN)) {
    const visitor = visitorBefore(text, start, sentence.start, args.people);
    if (visitor?.end === start) add(visitor, { start, end }, placeAt(args, end));
  }
  for (const { start, end } of matchesIn(args, WHILE_IN, WHILE_IN_CUES)) {
    const place = placeAt(args, end);
    const comma = place ? /^[^.;,]{0,30},\s*/u.exec(text.slice(place.end, Math.min(sentence.end, place.end + 40))) : null;
    const visitor = place && comma ? visitorAt(args, place.end + comma[0].length) : null;
    // "Speaking in Washington, Russian Ambassador X said": an ambassador or spokesman lives there.
    if (visitor && !RESIDENT.test(visitor.role ?? visitor.name)) add(visitor, { start, end }, place);
  }
  // "In Tokyo, Kenyan President X signed …": a sentence opening on a place puts its named subject there.
  const opening = OPENING_IN.exec(sentence.text);
  const where = opening ? placeAt(args, sentence.start + opening[0].length) : null;
  const comma = where ? /^(?:\s+(?:on|last|this|early|late)\s+\p{L}+)?,\s*/u.exec(text.slice(where.end, where.end + 30)) : null;
  const subject = comma ? args.people.find((p) => p.start === where!.end + comma[0].length) : undefined;
  // Not "X's remarks", nor an ambassador or spokesman, who lives there.
  if (subject && !/^['’]/u.test(text.slice(subject.end, subject.end + 1)) && !RESIDENT.test(subject.role ?? "")) add(personVisitor(text, subject), { start: sentence.start, end: where!.end }, where);
  for (const { start, end } of matchesIn(args, LEFT, LEFT_CUES)) {
    const place = placeAt(args, end);
    if (place && AFTER_VISIT.test(text.slice(place.end, Math.min(sentence.end, place.end + 80)))) add(subjectOf(args, start), { start, end }, place);
  }
  // "X's tour, which began …, took him to Regina": the trip's owner, else the pronoun's person.
  for (const { start, end } of holdsPhrase(args.cueWords, TOOK_TO_CUES) ? matchesIn(args, TOOK_TO) : []) {
    const owner = tripOwner(args, start)?.owner ?? pronounOwner(args, start);
    for (const place of placesFrom(args, end)) add(owner, { start, end }, place);
  }
  // "X's tour of Asia took in Seoul, Tokyo and Manila": the owner of the trip named before.
  for (const { start, end } of holdsPhrase(args.cueWords, TOOK_IN_CUES) ? matchesIn(args, TOOK_IN) : []) {
    const trip = tripOwner(args, start);
    for (const place of trip ? placesFrom(args, end) : []) add(trip!.owner, { start: trip!.start, end }, place);
  }
  return out;
}

/** The owner of the last trip noun before `at` in the sentence ("Rao's tour … took him to"). */
function tripOwner(args: Args, at: number): { owner: Visitor; start: number } | null {
  const trip = [...args.text.slice(args.sentence.start, at).matchAll(TRIP_NOUN)].at(-1);
  if (!trip) return null;
  const start = args.sentence.start + trip.index;
  const owner = nounOwners(args, start, start + trip[0].length, { here: false, by: false }, start + trip[0].length)[0];
  return owner ? { owner, start } : null;
}

/** "A Brazilian delegation arrived here today", "X is due here next week": the dateline's city is the destination. */
function hereFrames(args: Args): VisitMention[] {
  const out: VisitMention[] = [];
  for (const { m, start, end } of matchesIn(args, HERE, HERE_CUES)) {
    const visitor = subjectOf(args, start);
    // A copula needs its subject right before it: "X is here", not "the talks X wanted are here".
    if (!visitor || (/^(?:is|are|was|were|be)\b/iu.test(m[0]) && !/^[\s,]*(?:who\s+)?(?:will\s+)?$/u.test(args.text.slice(visitor.end, start)))) continue;
    const found = mention(args, visitor, { start, end }, null, { here: true });
    if (found) out.push(found);
  }
  return out;
}

const isVisiting = (p: PersonMention) => /^(?:the\s+)?visiting\s/iu.test(p.role ?? "");

/** "Visiting Kenyan President X told reporters in Tokyo …": where the sentence puts X, else the dateline's city. */
function visitingFrames(args: Args): VisitMention[] {
  const { text, sentence } = args;
  const out: VisitMention[] = [];
  for (const p of args.people.filter(isVisiting)) {
    const visitor = personVisitor(text, p);
    const at = [...text.slice(p.end, sentence.end).matchAll(/\s(?:in|at)(?=\s)/gu)].map((m) => placeAt(args, p.end + m.index + m[0].length)).find((q) => q && q.iso3 !== visitor.country);
    const found = at ? mention(args, visitor, p, at) : mention(args, visitor, p, null, { here: true });
    if (found) out.push(found);
  }
  return out;
}

/** The country that sends a group: the subject's ("Chile's salmon farmers sent"), else a country named as subject ("China will send"). */
function senderCountry(args: Args, verbAt: number): string | null {
  const subject = visitorBefore(args.text, verbAt, args.sentence.start, args.people);
  if (subject?.country) return subject.country;
  return args.places.findLast((p) => p.city === null && p.end <= verbAt && SENDER_AUX.test(args.text.slice(p.end, verbAt)))?.iso3 ?? null;
}

/** Who a visit noun belongs to: "his visit", "X's visit", "a visit by X", "X paid a visit", "X, on a visit to". */
function nounOwners(args: Args, start: number, end: number, m: { here: boolean; by: boolean }, placeEnd: number): Visitor[] {
  const { text, sentence } = args;
  const before = text.slice(Math.max(sentence.start, start - 60), start);
  if (HIS_NOUN.test(before)) {
    const owner = pronounOwner(args, start);
    return owner ? [owner] : [];
  }
  const owner = args.people.find((p) => p.end <= start && p.end >= start - 50 && /^\s*['’]s?\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}$/u.test(text.slice(p.end, start)));
  if (owner) return [personVisitor(text, owner)];
  const named = possessiveName(text, start, sentence.start);
  if (named.length) return named;
  // "The Chinese president's state visit": a role or group owns the noun.
  const possessive = ROLE_POSSESSIVE.exec(before);
  const role = possessive ? visitorBefore(text, start - before.length + possessive.index, sentence.start, args.people) : null;
  if (role?.kind === "group") return [role];
  // "a trip to Lima in 2023 by Chile's foreign minister": a few words may stand before "by".
  const by = /^(?:\s+[\p{L}\p{N}.]+){0,4}?\s+by\s+/u.exec(text.slice(placeEnd, placeEnd + 50));
  if (m.by || by) {
    const after = visitorsAfter(text, m.by ? end : placeEnd + by![0].length, args.people);
    if (after.length) return after;
  }
  // "Tran paid a visit to …", "Australian ministers have made three visits to …", "X wrapped up a visit": the verb's subject.
  const support = NOUN_VERB.exec(before);
  if (support) {
    const at = start - before.length + support.index;
    // "the minister has made four trips to Tokyo": a bare role refers back, as a verb's subject does.
    // "X accepted an invitation to make an official visit to": subjectOf looks through the verb that governs the trip.
    const v = subjectOf(args, at);
    if (v) return withPartners(args, v);
  }
  const returned = RETURNED_FROM.exec(before);
  if (returned) {
    const v = subjectOf(args, start - before.length + returned.index);
    if (v) return withPartners(args, v);
  }
  if (m.here) {
    const rest = /^(?:\s+(?:this|last)\s+(?:week|month))?\s+by\s+/u.exec(text.slice(end, end + 30));
    if (rest) return visitorsAfter(text, end + rest[0].length, args.people);
  }
  // "X landed on Sunday on a three-day visit to France": the sentence's subject, else the person right after ("On a visit to Y, X said").
  const onVisit = ON_A_VISIT.exec(before);
  if (onVisit) {
    const subject = args.people.filter((p) => p.end <= start).at(0) ?? args.people.find((p) => p.start >= placeEnd && p.start <= placeEnd + 4);
    if (subject) return [personVisitor(text, subject)];
    // "The Vietnamese president is on a state visit to Laos": a group or role as the subject.
    const role = visitorBefore(text, start - before.length + onVisit.index, sentence.start, args.people);
    if (role) return [role];
  }
  return [];
}

/** "Ana Ruiz's visit" with no title anywhere: a capitalised possessive that is not a country is taken as the visitor's name. */
function possessiveName(text: string, at: number, floor: number): Visitor[] {
  const before = text.slice(Math.max(floor, at - 50), at);
  const m = /(?<![\p{L}.])([\p{Lu}][\p{Ll}'-]+(?:\s+[\p{Lu}][\p{Ll}'-]+){0,2})['’]s\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(before);
  if (!m || findCountries(m[1]!).length || /^(?:The|This|That|His|Her|Its|Their|Our|A|An)$/u.test(m[1]!.split(/\s/)[0]!)) return [];
  const start = at - before.length + m.index;
  return [{ start, end: start + m[1]!.length, name: m[1]!, role: null, country: null, kind: "person", count: 1 }];
}

function nounFrames(args: Args): VisitMention[] {
  const { text } = args;
  const out: VisitMention[] = [];
  for (const { m, start, end } of matchesIn(args, VISIT_NOUN, VISIT_NOUN_CUES)) {
    const noun = m[0].split(/[\s,]+/)[0]!.toLowerCase();
    // Delegations and missions are visitors, handled as groups by the verb and lead frames; but "X returned from a
    // five-day mission to India" is X's trip.
    if (GROUP_NOUN.test(noun) && !RETURNED_FROM.test(text.slice(Math.max(args.sentence.start, start - 60), start))) {
      // "Millers have sent three trade missions to São Paulo": the missions travel, of the senders' country when told.
      const sent = SENT.exec(text.slice(Math.max(args.sentence.start, start - 50), start));
      const sentAt = sent ? start - sent[0].length : -1;
      const v = visitorBefore(text, start + noun.length, sent ? sentAt + sent[1]!.length : args.sentence.start, args.people);
      const places = m[1] ? placesFrom(args, end) : [];
      const visitor = sent && v && !v.country ? { ...v, country: senderCountry(args, sentAt) } : v;
      for (const place of visitor && (visitor.country || sent) ? places : []) {
        const found = mention(args, visitor!, { start, end }, place);
        if (found) out.push(found);
      }
      continue;
    }
    // "Iranian businesspeople make thousands of trips to Dubai": mass travel, like tourism, is no visit.
    if (MASS_TRAVEL.test(text.slice(Math.max(0, start - 20), start))) continue;
    // "a tour of Kenya, Tanzania and Ethiopia" names places; "a visit of X" names the visitor.
    // "a tour of Southeast Asia in Hanoi": a region the gazetteer lacks, then the stop.
    const tourOf = m[3] === "of" && /^tours?$/u.test(noun) ? placesOrStop(args, end) : [];
    let places = m[1] ? placesFrom(args, end) : tourOf;
    if (m[1] && !places.length) continue;
    const placeEnd = places.at(-1)?.end ?? end;
    const visitors = nounOwners(args, start, end, { here: !!m[2], by: !!m[3] && !tourOf.length }, placeEnd);
    // "a return visit by X to China", "a swing by X through Accra and Lomé", "a tour by X of Ghana": the place may follow the visitor.
    if (!places.length && visitors.length && m[3]) {
      const to = (/^(?:tour|swing)s?$/u.test(noun) ? /^\s*,?\s+(?:to|through|of)\s/u : /^\s*,?\s+(?:to|through)\s/u).exec(text.slice(visitors[0]!.end, visitors[0]!.end + 12));
      if (to) places = placesFrom(args, visitors[0]!.end + to[0].length - 1);
    }
    const returnVisit = !places.length && /\breturn\s+$/iu.test(text.slice(start - 7, start));
    // "three visits", "18 official visits": a number right before the noun, or one word before it.
    const before = text.slice(Math.max(0, start - 30), start);
    const number = /(?:^|\s)(\S+)\s+$/u.exec(before)?.[1] ?? "";
    const count = /s$/u.test(noun) ? (numberOf(number) ?? numberOf(/(?:^|\s)(\S+)\s+[\p{Ll}-]+\s+$/u.exec(before)?.[1] ?? "") ?? 1) : 1;
    for (const visitor of visitors) {
      for (const place of places.length ? places : [null]) {
        const found = mention(args, visitor, { start, end }, place, { here: !!m[2], returnVisit, count: Math.max(count, visitor.count) });
        if (found) out.push(found);
      }
    }
  }
  return [...out, ...placeNounFrames(args)];
}

/** After "a tour of": its places, else the city a few words on ("of Southeast Asia in Hanoi"). */
function placesOrStop(args: Args, end: number): Place[] {
  const places = placesFrom(args, end);
  if (places.length) return places;
  const stop = /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:in|at)\s+/u.exec(args.text.slice(end, end + 60));
  return stop ? placesFrom(args, end + stop[0].length) : [];
}

/** "Menon's Washington visit", "his China trip", "a Japan visit by X": the place stands before the noun. */
function placeNounFrames(args: Args): VisitMention[] {
  const out: VisitMention[] = [];
  for (const place of args.places) {
    const noun = NOUN_AFTER_PLACE.exec(args.text.slice(place.end, place.end + NOUN_AFTER_PLACE_REACH));
    if (!noun) continue;
    const end = place.end + noun[0].length;
    for (const visitor of nounOwners(args, place.start, end, { here: false, by: false }, end)) {
      const found = mention(args, visitor, { start: place.start, end }, place);
      if (found) out.push(found);
    }
  }
  return out;
}

function eventFrames(args: Args): VisitMention[] {
  const { text, sentence } = args;
  const out: VisitMention[] = [];
  for (const { start, end } of matchesIn(args, EVENT, EVENT_CUES)) {
    const within = text.slice(end, Math.min(sentence.end, end + 100));
    let place: Place | null = null;
    for (const p of within.matchAll(/\b(?:in|at)\s+/gu)) if (!place) place = placeAt(args, end + p.index + p[0].length - 1);
    // "attended the Antalya Diplomacy Forum": an event named after its city.
    const named = !place && /^attend/iu.test(text.slice(start, end)) ? /^\s+the(?=\s)/u.exec(within) : null;
    if (named) place = placeAt(args, end + named[0].length);
    // "held talks by video link with X in Tokyo": nobody travelled.
    if (!place || VIRTUAL.test(text.slice(Math.max(sentence.start, start - 40), place.end + 40))) continue;
    const withPerson = /^[^.;]{0,40}?\bwith\s+/u.exec(text.slice(place.end, place.end + 60));
    const candidates: Visitor[] = [];
    if (withPerson) {
      const guest = args.people.find((p) => p.start >= place!.end + withPerson[0].length && p.start <= place!.end + withPerson[0].length + 40);
      if (guest) candidates.push(personVisitor(text, guest));
    }
    // "held talks with X in Moscow", "talks between A and B in Tokyo", "a dinner for X in Tokyo": people named before the place.
    const between = args.people.filter((p) => p.start > end && p.end <= place!.start && /\b(?:with|between|for)\b/u.test(text.slice(end, p.start)));
    candidates.push(...between.map((p) => personVisitor(text, p)));
    // "North Korea's foreign minister held talks …", "U.S. negotiators met …": a group or role as the subject, or a
    // person whose role in apposition names the country ("X, Vice Minister of Trade of Korea, signed …").
    const verb = /\b(?:held|holds|hold|holding|attended|attends|attend|attending|had|has|have|having|gave|gives|give|giving)\s+(?:(?:a|an|the|two\s+days\s+of)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(Math.max(sentence.start, start - 40), start));
    const subject = visitorBefore(text, verb ? start - verb[0].length : start, sentence.start, args.people);
    if (subject?.country) candidates.push(subject);
    if (/\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,5}$/u.test(text.slice(Math.max(sentence.start, start - 60), start))) {
      const owner = pronounOwner(args, start);
      if (owner) candidates.push(owner);
    }
    for (const p of args.people.filter((q) => !candidates.some((c) => c.name === q.name))) {
      // Participants named as the sentence's subject (before the event, or right after an opening phrase),
      // only when their country is known: "X said at a conference in New York" says nothing of travel otherwise.
      const visitor = personVisitor(text, p);
      if (visitor.country && (p.end <= start || /^[^.;]*,\s*$/u.test(text.slice(place.end, p.start)))) candidates.push(visitor);
    }
    // "A held talks with B in Tokyo": when a foreign subject is the traveller, a partner of unknown country is the host.
    const traveller = candidates.some((c) => c.end <= start && c.country && c.country !== place!.iso3);
    for (const visitor of candidates) {
      if (visitor.country === place.iso3 || (traveller && !visitor.country && visitor.start > start)) continue;
      const found = mention(args, visitor, { start, end }, place);
      if (found) out.push(found);
    }
  }
  return out;
}

/** "X toured the region, stopping in A and B": a trip whose stops are told after it. */
function tripsWithoutPlace(args: Args): { visitor: Visitor; start: number; end: number }[] {
  const out: { visitor: Visitor; start: number; end: number }[] = [];
  for (const { start, end } of matchesIn(args, TRIP_WITHOUT_PLACE)) {
    const visitor = subjectOf(args, start);
    if (visitor) out.push({ visitor, start, end });
  }
  return out;
}

/** The cue words gating each frame's regex (null: ungated), and the phrases gating others (all words of one must stand). */
const FRAME_CUES = [VISIT_VERB_CUES, STAY_CUES, VISIT_NOUN_CUES, NOUN_AFTER_PLACE_CUES, WHILE_IN_CUES, LEFT_CUES, HERE_CUES, EVENT_CUES, ...HOST_CUES, ...DELEGATION_CUES];
const FRAME_PHRASES = [ARRIVAL_CUES, TOOK_TO_CUES, TOOK_IN_CUES, ONWARD_CUES];
/** All frame cues at once; and each phrase's first word, which a sentence holding the phrase holds (null: a gate is open). */
const FRAME_CUE_SET = FRAME_CUES.includes(null) ? null : new CueSet(FRAME_CUES.flat() as number[]);
const PHRASE_HEADS = FRAME_PHRASES.every((phrases) => phrases?.every((phrase) => phrase.length > 0)) ? new CueSet(FRAME_PHRASES.flatMap((phrases) => phrases!.map((phrase) => phrase[0]!))) : null;

/**
 * Whether any frame may start in the sentence: each starts from a match of a regex its cue words gate, or from one of a
 * few ungated shapes (", in Lima" after a visitor; an opening "In Lima," before a person; a visiting person; a place at
 * the sentence's end read on into the text after it). Most sentences have none: they are not parsed (nor their places found).
 */
function mayHoldFrame(text: string, sentence: Sentence, people: PersonMention[], words: CueWords): boolean {
  return (
    !FRAME_CUE_SET ||
    words.holdsAnyOf(FRAME_CUE_SET) ||
    ((!PHRASE_HEADS || words.holdsAnyOf(PHRASE_HEADS)) && FRAME_PHRASES.some((phrases) => holdsPhrase(words, phrases))) ||
    HAS_APPOSITION_IN.test(sentence.text) ||
    (people.length > 0 && OPENING_IN.test(sentence.text)) ||
    people.some(isVisiting) ||
    PLACE_NOUN.test(text.slice(Math.max(sentence.start, sentence.end - "stopover".length + 1), sentence.end + NOUN_AFTER_PLACE_REACH))
  );
}

const QUESTION_MARK = 63;

/** Every visit mention of the sentence, in text order. */
export function visitsIn(text: string, sentence: Sentence, here: PersonMention[], everyone: PersonMention[]): VisitMention[] {
  // "Will Chile's president go to India?" asks; it tells of no visit.
  if (text.charCodeAt(sentence.end - 1) === QUESTION_MARK) return [];
  const words = cueWords(text, sentence.start, sentence.end);
  if (!mayHoldFrame(text, sentence, here, words)) return [];
  const args: Args = { text, sentence, people: here, everyone, places: findPlaces(text, sentence), cueWords: words };
  // Without a place only frames whose destination can come from elsewhere (dateline, the host's country, a returned visit) apply.
  const placed = mayNamePlace(args);
  const ifPlaced = (parse: (a: Args) => VisitMention[]) => (placed ? parse(args) : []);
  const verbs = placed ? verbFrames(args) : { found: [], shared: [] };
  const frames = [...verbs.found, ...nounFrames(args), ...ifPlaced(placedFrames), ...visitingFrames(args), ...hereFrames(args), ...ifPlaced(eventFrames), ...hostFrames(args), ...ifPlaced(leadFrames), ...ifPlaced(accompanyFrames), ...returnFrames(args)];
  const onward = placed && holdsPhrase(args.cueWords, ONWARD_CUES) ? matchesIn(args, ONWARD).map(({ start, end }) => ({ start, end, places: placesFrom(args, end) })) : [];
  const stops = [...verbs.shared, ...onward, ...placed ? stopsBefore(args) : []];
  const all = [...frames, ...(stops.length ? furtherStops(args, [...frames, ...tripsWithoutPlace(args)], stops) : [])];
  return all.filter((v) => v.host === null || v.visitor.country !== v.host).sort((a, b) => a.start - b.start);
}
