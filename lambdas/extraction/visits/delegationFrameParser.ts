// Frames where the visitor takes others along or answers a visit:
//   lead:   "Ana Ruiz led a delegation of 30 executives to Nigeria" → Ana Ruiz visits Nigeria
//   accompany: "In 1999 he accompanied Norway's fisheries minister to Santiago" → both visit Chile
//   return: "Tran returned the visit in May" → the host is resolved later, from the visit it answers
import terms from "../../../data/gazetteer/visit-terms.json";
import { findCountries } from "../countries";
import { alt, cuesOf, matchesIn, mention, placesFrom, subjectOf, type Args, type VisitMention } from "./frames";
import { visitorsAfter } from "./visitorParser";

const LEAD = new RegExp(String.raw`\b(?:${alt(terms.leadVerbs)})\s+(?:a|an|the|his|her|their|some|about|more\s+than|\d+)\s+`, "giu");
const LEAD_CUES = cuesOf(terms.leadVerbs);
/** Plural group heads ("traders", "executives", "companies"): "led 35 Ugandan traders to". */
const PLURAL_HEADS = terms.groupHeads.filter((h) => /[^s]s$/u.test(h));
/** The group led, then the first "to" after it: "a delegation of 30 executives to", "35 Ugandan traders to". */
const LED_GROUP = new RegExp(String.raw`^[^.;,]{0,60}?\b(?:${[...terms.collectiveHeads, ...PLURAL_HEADS].join("|")})\b[^.;]{0,80}?\s+to(?=\s)`, "u");
const RETURNED_CUES = cuesOf(["returned", "returns", "returning", "return"]);
const RETURNED = /\b(?:returned|returns|returning|return)\s+(?:the|that|this|his|her|their)\s+visit\b/giu;

const ACCOMPANIED_CUES = cuesOf(["accompanied", "accompanies", "accompany", "accompanying"]);
const ACCOMPANIED = /\b(?:accompanied|accompanies|accompany|accompanying)\s/giu;
/** The companion, then "to" and the destination: "Norway's fisheries minister to". */
const COMPANION_TO = /^[^.;:,]{1,80}?\s+to(?=\s)/u;

/** The cue words of every lead, accompany and return frame: a sentence holding none of the lists has none. */
export const DELEGATION_CUES = [LEAD_CUES, ACCOMPANIED_CUES, RETURNED_CUES];

export function leadFrames(args: Args): VisitMention[] {
  const out: VisitMention[] = [];
  for (const { start, end } of matchesIn(args, LEAD, LEAD_CUES)) {
    const group = LED_GROUP.exec(args.text.slice(end, Math.min(args.sentence.end, end + 160)));
    const leader = group ? subjectOf(args, start) : null;
    if (!group || !leader) continue;
    // "X will lead a delegation of 30 Canadian companies": a leader of unsaid country leads their own country's delegation.
    const visitor = leader.country ? leader : { ...leader, country: findCountries(group[0])[0]?.iso3 ?? null };
    for (const place of placesFrom(args, end + group[0].length)) {
      const found = mention(args, visitor, { start, end: end + group[0].length }, place);
      if (found) out.push(found);
    }
  }
  return out;
}

/** The one who accompanies and the one accompanied both visit the destination. */
export function accompanyFrames(args: Args): VisitMention[] {
  const out: VisitMention[] = [];
  for (const { start, end } of matchesIn(args, ACCOMPANIED, ACCOMPANIED_CUES)) {
    const to = COMPANION_TO.exec(args.text.slice(end, Math.min(args.sentence.end, end + 100)));
    const places = to ? placesFrom(args, end + to[0].length) : [];
    if (!places.length) continue;
    const companion = visitorsAfter(args.text, end, args.people)[0];
    const visitors = [subjectOf(args, start), companion && companion.end <= end + to![0].length ? companion : null];
    for (const visitor of visitors) {
      if (!visitor) continue;
      // A companion of unsaid country travels with the subject's party, and the other way round.
      const other = visitors.find((v) => v && v !== visitor && v.country);
      const who = visitor.country || !other ? visitor : { ...visitor, country: other.country };
      for (const place of places) {
        const found = mention(args, who, { start, end: end + to![0].length }, place);
        if (found) out.push(found);
      }
    }
  }
  return out;
}

export function returnFrames(args: Args): VisitMention[] {
  const out: VisitMention[] = [];
  for (const { start, end } of matchesIn(args, RETURNED, RETURNED_CUES)) {
    const visitor = subjectOf(args, start);
    const found = visitor?.country ? mention(args, visitor, { start, end }, null, { returnVisit: true }) : null;
    if (found) out.push(found);
  }
  return out;
}
