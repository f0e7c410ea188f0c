// "Japan hosted X", "Qatar's Emir received X in Doha", "Indonesian Trade
// Minister A hosted his Australian counterpart, B, in Jakarta": the subject's
// country (or the place named after the guest) hosts the guest after the verb.
import terms from "../../../data/gazetteer/visit-terms.json";
import { alt, cuesOf, matchesIn, mention, placeAt, subjectOf, type Args, type VisitMention } from "./frames";
import { personVisitor, visitorBefore, visitorsAfter, type Visitor } from "./visitorParser";
import type { Place } from "./placeFinder";

const HOSTED = new RegExp(String.raw`\b(?:${alt(terms.hostVerbs)})\b`, "giu");
const HOSTED_CUES = cuesOf(terms.hostVerbs);
/** "X was received by Z", "X was greeted at the airport by Z", "… at the National Palace by Z": the guest stands before the verb, the host after "by". */
const HOSTED_BY = /\b(?:was|were|is|are|be|been|being)\s+(?:(?:warmly|formally|personally|officially)\s+)?(?:hosted|received|welcomed|greeted|met)(?:\s+(?:at|on|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?\s+by(?=\s)/giu;
const HOSTED_BY_CUES = cuesOf(["hosted", "received", "welcomed", "greeted", "met"]);
/** "X was welcomed in Washington", "X was received at the Kremlin": no host named, the place is the destination. */
const HOSTED_IN = /\b(?:was|were|is|are|be|been|being)\s+(?:(?:warmly|formally|personally|officially)\s+)?(?:hosted|received|welcomed|greeted)\s+(?:in|at)(?=\s)/giu;
const HOSTED_IN_CUES = cuesOf(["hosted", "received", "welcomed", "greeted"]);
/** "Pakistan was visited by a Saudi delegation": the place before the verb is the destination, the visitor follows "by". */
const VISITED_BY = /\b(?:was|were|is|are|be|been|being)\s+(?:(?:also|first|recently|last|later|then)\s+)?visited\s+by(?=\s)/gu;
const VISITED_BY_CUES = cuesOf(["visited"]);
/** "Kenya will host X", "Japan is set to welcome X": auxiliaries between the host country and its verb. */
const HOST_AUXILIARIES = /^(?:\s+(?:will|would|also|is|are|was|were|has|have|had|set|due|expected|scheduled|to|formally|warmly|officially))*\s*$/u;
/** Words allowed between the verb and a named guest: "his Australian counterpart,", "the visiting". */
const GUEST_LEAD = /^\s*(?:(?:his|her|their)\s+(?:(?:[\p{Lu}][\p{L}-]+\s+)?counterpart,?\s*)?|(?:the\s+)?visiting\s+)?$/u;
/** "… in Doha", "… at the palace in Lima", "…, the Saudi investment minister, in Riyadh", "welcomed X to Kumasi": where the guest was received. */
const WHERE = /^(?:,[^.;,]{1,60}(?=,))?,?[^.;,]{0,50}?\b(?:in|at|to)(?=\s)/u;
const TITLE_APPOSITION = /^,\s+(?:the\s+)?((?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Minister|Secretary|President|Premier|Chancellor)(?:\s+(?:of|for)\s+[\p{Lu}][\p{L}-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}-]*){0,3})?),/u;
/** "Egypt welcomed Turkish investors in its industrial zones": investors and firms are welcomed as capital, not as guests. */
const WELCOMED_CAPITAL = /^(?:[\p{Lu}][\p{L}-]*\s+)*(?:(?:foreign|private|more|new)\s+)?(?:investors|investment|investments|companies|firms|businesses|capital)$/u;
/** "his Singapore counterpart", "her counterpart": a guest named by the host's office. */
const COUNTERPART_AFTER = /^\s*(?:his|her|their)\s+(?:[\p{Lu}][\p{L}-]*\s+)?counterparts?\b/u;

/** The place of the first "in" or "at" after the guest that names one: "received X in audience in Amman". */
function placeWhere(args: Args, from: number): Place | null {
  const limit = Math.min(args.sentence.end, from + 60);
  for (let at = from, where = WHERE.exec(args.text.slice(at, limit)); where; where = WHERE.exec(args.text.slice(at, limit))) {
    at += where[0].length;
    const place = placeAt(args, at);
    if (place) return place;
  }
  return null;
}

/** "hosted the Minister of Economy of Ukraine, X": the guest's own role, in apposition before the name. */
const rolePut = (between: string, role: string | null) => !!role && between.replace(/\s+/gu, " ").trim().replace(/,$/u, "").replace(/^(?:the|a|an) /iu, "") === role.replace(/\s+/gu, " ");

/** The guest after a host verb; two for "the leaders of China and Russia". */
function guestsAfter(args: Args, end: number): Visitor[] {
  const { text } = args;
  const person = args.people.find((p) => p.start >= end && p.start <= end + 160 && (GUEST_LEAD.test(text.slice(end, p.start)) || rolePut(text.slice(end, p.start), p.role)));
  // "welcomed X's remarks" welcomes words, not a guest.
  if (person && !/^['’]s?\b/u.test(text.slice(person.end, person.end + 2))) return [personVisitor(text, person)];
  // "hosted his Singapore counterpart": the counterpart as a visitor read back from its end, as a subject is.
  const counterpart = COUNTERPART_AFTER.exec(text.slice(end, end + 60));
  const guest = counterpart ? visitorBefore(text, end + counterpart[0].length, end, []) : null;
  // "…, the Minister for Trade and Industry,": the counterpart's title in apposition names the office.
  const title = guest && TITLE_APPOSITION.exec(text.slice(guest.end, guest.end + 80));
  if (guest) return [title ? { ...guest, name: title[1]!, end: guest.end + title[0].length } : guest];
  return visitorsAfter(text, end, args.people, { groupsOnly: true });
}

/** The guest before a passive host verb, hosted where the sentence says ("in Madrid") or in the host's country. */
function passiveHostFrames(args: Args): VisitMention[] {
  const { text, sentence } = args;
  const out: VisitMention[] = [];
  for (const { start, end } of matchesIn(args, HOSTED_BY, HOSTED_BY_CUES)) {
    const guest = visitorBefore(text, start, sentence.start, args.people);
    const host = visitorsAfter(text, end, args.people)[0];
    if (!guest || !host) continue;
    const place = placeWhere(args, host.end) ?? (host.country ? { start: end, end, iso3: host.country, city: null } : null);
    if (!place || place.iso3 === guest.country) continue;
    const found = mention(args, guest, { start, end: Math.max(end, host.end) }, place);
    if (found) out.push(found);
  }
  for (const { start, end } of matchesIn(args, HOSTED_IN, HOSTED_IN_CUES)) {
    const guest = subjectOf(args, start);
    const place = placeAt(args, end);
    if (!guest || !place || place.iso3 === guest.country) continue;
    const found = mention(args, guest, { start, end }, place);
    if (found) out.push(found);
  }
  for (const { start, end } of matchesIn(args, VISITED_BY, VISITED_BY_CUES)) {
    const place = args.places.findLast((p) => p.end <= start && /^\s*$/u.test(text.slice(p.end, start)));
    const visitor = place ? visitorsAfter(text, end, args.people)[0] : undefined;
    if (!visitor || place!.iso3 === visitor.country) continue;
    const found = mention(args, visitor, { start: place!.start, end: Math.max(end, visitor.end) }, place!);
    if (found) out.push(found);
  }
  return out;
}

/** The cue words of every host frame: a sentence holding none of the lists has none. */
export const HOST_CUES = [HOSTED_CUES, HOSTED_BY_CUES, HOSTED_IN_CUES, VISITED_BY_CUES];

export function hostFrames(args: Args): VisitMention[] {
  const out: VisitMention[] = [];
  for (const { start, end } of matchesIn(args, HOSTED, HOSTED_CUES)) {
    for (const guest of guestsAfter(args, end)) if (!WELCOMED_CAPITAL.test(guest.name)) out.push(...hosted(args, guest, start, end));
  }
  return [...out, ...passiveHostFrames(args)];
}

/** The guest's visit to the host of "X hosted the guest": the place after the guest, else the subject's place or country. */
function hosted(args: Args, guest: Visitor, start: number, end: number): VisitMention[] {
  const { text, sentence } = args;
  const subjectPlace = args.places.findLast((p) => p.end <= start && HOST_AUXILIARIES.test(text.slice(p.end, start)));
  const subject = subjectPlace ? null : visitorBefore(text, start, sentence.start, args.people);
  const place = placeWhere(args, guest.end) ?? subjectPlace ?? null;
  const host = place?.iso3 ?? subject?.country ?? null;
  // "X hosted Ukraine's minister" with no country for X: a foreign guest is hosted where the story is filed.
  const here = !host && subject?.kind === "person" && !!guest.country;
  if ((!host && !here) || host === guest.country) return [];
  const found = here ? mention(args, guest, { start, end }, null, { here: true }) : mention(args, guest, { start, end }, place ?? { start: end, end, iso3: host!, city: null });
  return found ? [found] : [];
}
