// One-way flows stated without a figure, only in unambiguous shapes:
//   "sales of ammunition … from North Korea to Russia"
//   "Russia is believed to be providing food and energy supplies …" (to the one other country named)
//   "North Korea has supplied Russia with artillery shells" (the buyer between the verb and "with")
//   "Germany imports most of its natural gas from Norway" (a buying subject, the seller after "from")
//   "Kuwait is South Korea's third-largest crude supplier" (a supplier role of one country for another)
//   "Bangladesh's main exports to India are ready-made garments" (the goods after "are")
//   "Indonesia buys Chinese mining equipment" (the seller's demonym opening the goods)
//   "Morocco relies on France for much of its soft wheat" (the seller after "relies on", the goods after "for")
// Hypothetical or negated wording ("would supply", "does not sell") yields nothing.
import type { Span } from "../context";
import { distinct } from "./countryContext";
import type { CountryMention } from "../countries";
import { goodsFrom } from "./goodsParser";
import { lastMentionEndingBy, type Frame } from "./frameParser";
import { allMatches } from "../allMatches";

export interface FlowMention extends Frame, Span {}

const NOUN_FRAME = /\b(?:sales|exports|shipments|deliveries|supplies|transfers) of\s+/giu;
const VERB_FRAME = /\b(?:providing|supplying|selling|sending|shipping|delivering|exporting|provides|supplies|sells|sends|ships|delivers|exports|provided|supplied|sold|sent|shipped|delivered|exported|ship|send|sell|export|supply)\s+(?:back\s+|on\s+)?/giu;
/** Only auxiliaries, hedges and a short aside ("Chile, for its part, supplies") may stand between the subject country and the verb. */
const AUXILIARIES = /^(?:['’]s)?(?:\s+(?:firms|companies|exporters|producers|factories|manufacturers|farmers|growers|suppliers|traders|mills|refiners|miners|plants|utilities))?(?:,\s+(?:for\s+(?:its|their)\s+part|in\s+turn|in\s+return|meanwhile),)?(?:\s+(?:is|are|was|were|has|have|had|been|be|being|to|also|reportedly|allegedly|believed|said|thought|likely|already|now|still|long|increasingly|mainly|mostly|chiefly|largely|primarily|principally|began|begun|started|continues|continued|resumed))*\s+$/iu;
/** A noun-framed flow names its exporter after "from", inside the sentence as every mention is. */
const FROM = /from/iu;
/**
 * Every VERB_FRAME verb holds one of these stems. Without /u the scan runs faster; /iu case folding adds only "ſ"
 * for s among these letters, and that is spelled out.
 */
const VERB_STEM = /provid|[sſ]uppl|[sſ]ell|[sſ]old|[sſ]end|[sſ]ent|[sſ]hip|deliver|export/i;
const BUY_FRAME = /\b(?:imports|imported|importing|buys|bought|buying|purchases|purchased|purchasing)\s+/giu;
const BUY_STEM = /import|bu[yo]|purchas/i;
/** "most of its natural gas": the share is not part of the goods. */
const SHARE = /^(?:(?:most|much|some|all|half|part|a\s+third|a\s+quarter|the\s+bulk)\s+of\s+(?:its|their|the)\s+)/iu;
const WITH = /^\s+with\s+/iu;
const UNREAL = /\b(?:would|could|might|may|if|whether|not|never|no longer|denied|denies|deny|refused|ban|banned|halt|halted|stop|stopped)\b/iu;

const at = (mentions: CountryMention[], pos: number) => mentions.find((c) => c.start === pos) ?? null;

/** Between a country and the one whose supplier it is: "is", "remains the", "has become". */
const IS = /^\s+(?:is|was|remains|remained|became|has\s+become|had\s+become)(?:\s+(?:now|still|also|again|once))?(?:\s+the)?\s+$/u;
/** After the second country: "'s third-largest crude supplier", "'s biggest supplier of liquefied natural gas". */
const ROLE = /^['’]s\s+((?:[\p{L}-]+\s+){0,4}?)(suppliers?|exporters?)\b(?:\s+of\s+)?/u;
/** Words that rank the role and are no goods: "third-largest", "top", "main". */
const RANK = /^(?:(?:the|single|sole|largest|biggest|top|main|leading|key|major|principal|chief|dominant|primary|second|third|fourth|fifth|No\.?\s*\d|number\s+\w+|[\p{L}]+-(?:largest|biggest))\s+)*/iu;

const FROM_COUNTRY = /^\s*from\s+(?:the\s+)?/iu;
const TO_COUNTRY = /^\s*to\s+(?:the\s+)?/iu;
/** "sending natural gas from the Vaca Muerta formation to Brazil": the buyer a few words on, in the same clause. */
const TO_LATER = /^[^,.;]{1,60}?\bto\s+(?:the\s+)?/iu;

/** The country right after `word` (FROM_COUNTRY, TO_COUNTRY) at `from`. */
function countryAfterWord(text: string, word: RegExp, from: number, mentions: CountryMention[]): CountryMention | null {
  const m = word.exec(text.slice(from, from + 80));
  return m ? at(mentions, from + m[0].length) : null;
}

export function figurelessFlows(text: string, sentence: Span, mentions: CountryMention[]): FlowMention[] {
  const local = text.slice(sentence.start, sentence.end);
  const out: FlowMention[] = [];
  for (const m of FROM.test(local) ? allMatches(NOUN_FRAME, local) : []) {
    const goods = goodsFrom(text, sentence.start + m.index + m[0].length, sentence.end);
    if (!goods) continue;
    const from = countryAfterWord(text, FROM_COUNTRY, goods.end, mentions);
    const to = from ? countryAfterWord(text, TO_COUNTRY, from.end, mentions) : null;
    if (from && to && from.iso3 !== to.iso3) {
      out.push({ start: sentence.start + m.index, end: to.end, direction: "a_to_b", exporter: from.iso3, importer: to.iso3, goods: goods.text, metric: null });
    }
  }
  for (const m of VERB_STEM.test(local) ? allMatches(VERB_FRAME, local) : []) {
    const verbAt = sentence.start + m.index;
    const subject = subjectCountry(text, mentions, verbAt) ?? itSubject(text, sentence, mentions, verbAt);
    if (!subject) continue;
    // "supplied Russia with artillery shells", "supplies the United States with": the buyer, then the goods.
    const buyer = at(mentions, verbAt + m[0].length + (/^the\s+/iu.exec(text.slice(verbAt + m[0].length, verbAt + m[0].length + 5))?.[0].length ?? 0));
    const withGoods = buyer && buyer.iso3 !== subject.iso3 ? WITH.exec(text.slice(buyer.end, buyer.end + 10)) : null;
    if (buyer && withGoods) {
      // The shape says the goods follow: any noun phrase is them ("with avocados and blueberries").
      const goods = goodsFrom(text, buyer.end + withGoods[0].length, sentence.end, true);
      if (goods) out.push({ start: subject.start, end: goods.end, direction: "a_to_b", exporter: subject.iso3, importer: buyer.iso3, goods: goods.text, metric: null });
      continue;
    }
    const goods = goodsFrom(text, verbAt + m[0].length, sentence.end);
    if (!goods) continue;
    const others = distinct(mentions).filter((c) => c !== subject.iso3);
    const to = countryAfterWord(text, TO_COUNTRY, goods.end, mentions) ?? countryAfterWord(text, TO_LATER, goods.end, mentions);
    const importer = to && to.iso3 !== subject.iso3 ? to.iso3 : others.length === 1 ? others[0]! : null;
    if (importer) out.push({ start: subject.start, end: goods.end, direction: "a_to_b", exporter: subject.iso3, importer, goods: goods.text, metric: null });
  }
  out.push(...roleFlows(text, sentence, mentions), ...mainExports(text, sentence, mentions), ...relianceFlows(text, sentence, mentions));
  for (const m of BUY_STEM.test(local) ? allMatches(BUY_FRAME, local) : []) {
    const verbAt = sentence.start + m.index;
    // "Germany's imports of …" is a noun, not a buying subject.
    const subject = subjectCountry(text, mentions, verbAt, false) ?? itSubject(text, sentence, mentions, verbAt);
    if (!subject) continue;
    const after = verbAt + m[0].length;
    const share = SHARE.exec(text.slice(after, after + 30))?.[0].length ?? 0;
    // "Indonesia buys Chinese mining equipment": the seller's demonym opens the goods.
    const demonym = at(mentions, after + share);
    const goods = goodsFrom(text, demonym ? demonym.end + 1 : after + share, sentence.end);
    // "Russia imports China" names a seller but no goods: no record.
    if (!goods) continue;
    const seller = demonym ?? countryAfterWord(text, FROM_COUNTRY, goods.end, mentions);
    if (seller && seller.iso3 !== subject.iso3) out.push({ start: subject.start, end: seller.end, direction: "a_to_b", exporter: seller.iso3, importer: subject.iso3, goods: goods.text, metric: null });
  }
  return out;
}

const RELY_FRAME = /\b(?:relies|rely|relied|relying|depends|depend|depended|depending)\s+(?:heavily\s+|largely\s+|mostly\s+|mainly\s+)?on\s+(?:the\s+)?/giu;
const RELY_STEM = /rel[iy]|depend/i;
/** "for much of its": between the seller and the goods. */
const FOR_SHARE = /^\s+for\s+(?:(?:most|much|some|all|half|part|a\s+third|a\s+quarter|the\s+bulk)\s+of\s+(?:its|their|the)\s+)?/iu;

/**
 * "Morocco still relies on France for much of its soft wheat" (the seller, then "for" and the goods), "Iraq relies on
 * Jordanian electricity" (the seller's demonym opening the goods): the subject buys from the country it relies on.
 */
function relianceFlows(text: string, sentence: Span, mentions: CountryMention[]): FlowMention[] {
  const local = text.slice(sentence.start, sentence.end);
  const out: FlowMention[] = [];
  for (const m of RELY_STEM.test(local) ? allMatches(RELY_FRAME, local) : []) {
    const verbAt = sentence.start + m.index;
    const buyer = subjectCountry(text, mentions, verbAt, false);
    const seller = at(mentions, verbAt + m[0].length);
    if (!buyer || !seller || seller.iso3 === buyer.iso3) continue;
    const share = FOR_SHARE.exec(text.slice(seller.end, seller.end + 40));
    // "relies on Peru for its security" relies on no goods: the phrase must name some.
    const goods = goodsFrom(text, share ? seller.end + share[0].length : seller.end + 1, sentence.end);
    if (goods) out.push({ start: buyer.start, end: goods.end, direction: "a_to_b", exporter: seller.iso3, importer: buyer.iso3, goods: goods.text, metric: null });
  }
  return out;
}

/** "'s main exports to (the)", "'s exports to (the)": between the exporter and the importer of "A's main exports to B are …". */
const MAIN_EXPORTS_TO = /^['’]s\s+(?:(?:main|chief|principal|leading|top|biggest|largest|key)\s+)?exports\s+to\s+(?:the\s+)?$/u;
/** "are", "include", "are led by", "consist of": what the exports are. A bare "exports to B" needs one of the describing verbs. */
const ARE = /^\s+(?:(?:are|were)\s+(?:led|dominated)\s+by|consist(?:ed)?\s+(?:mainly\s+|mostly\s+)?of|include[sd]?|(are|were))\s+/u;

/** "Bangladesh's main exports to India are ready-made garments, jute products and fish", "India's exports to the UAE are led by gems": A sells the goods to B. */
function mainExports(text: string, sentence: Span, mentions: CountryMention[]): FlowMention[] {
  const out: FlowMention[] = [];
  mentions.forEach((a, k) => {
    const b = mentions[k + 1];
    if (!b || b.iso3 === a.iso3 || b.end > sentence.end || !MAIN_EXPORTS_TO.test(text.slice(a.end, b.start))) return;
    const are = ARE.exec(text.slice(b.end, b.end + 30));
    // "Peru's exports to Chile were $2 billion" is a figure's frame; only "main exports to" takes a bare "are".
    if (are?.[1] && !/\s(?:main|chief|principal|leading|top|biggest|largest|key)\s/u.test(text.slice(a.end, b.start))) return;
    const goods = are ? goodsFrom(text, b.end + are[0].length, sentence.end, true) : null;
    if (goods) out.push({ start: a.start, end: goods.end, direction: "a_to_b", exporter: a.iso3, importer: b.iso3, goods: goods.text, metric: null });
  });
  return out;
}

/** "A is B's largest crude supplier", "A remains B's top supplier of LNG": A sells to B. */
function roleFlows(text: string, sentence: Span, mentions: CountryMention[]): FlowMention[] {
  const out: FlowMention[] = [];
  mentions.forEach((a, k) => {
    const b = mentions[k + 1];
    if (!b || b.iso3 === a.iso3 || b.end > sentence.end || !IS.test(text.slice(a.end, b.start)) || UNREAL.test(text.slice(a.end, b.start))) return;
    const role = ROLE.exec(text.slice(b.end, b.end + 80));
    if (!role) return;
    const described = role[1]!.replace(RANK, "").trim();
    const after = /\bof\s+$/u.test(role[0]) ? goodsFrom(text, b.end + role[0].length, sentence.end, true) : null;
    const goods = after?.text ?? (described || null);
    out.push({ start: a.start, end: after?.end ?? b.end + role[0].length, direction: "a_to_b", exporter: a.iso3, importer: b.iso3, goods, metric: null });
  });
  return out;
}

/** The country acting as the verb's subject: the nearest one before it, only auxiliaries between, unless the wording is unreal. */
/** ", while it buys", "and it sells": "it" in a second clause is the sentence's subject. */
const IT_BEFORE = /(?:,\s*(?:while|and|but|whereas)|;)\s+it(?:\s+(?:also|mainly|mostly|largely|chiefly|in\s+turn))*\s+$/u;
/** What may open a sentence before its subject: nothing, or a phrase set off by a comma ("In 2023, "). */
const OPENING = /^[\s"“]*(?:[^,.;:"“”]{1,40},\s*)?$/u;

/** "Chile sells copper to China, while it buys machinery from China": the country the sentence opens with. */
function itSubject(text: string, sentence: Span, mentions: CountryMention[], verbAt: number): CountryMention | null {
  if (!IT_BEFORE.test(text.slice(Math.max(sentence.start, verbAt - 40), verbAt))) return null;
  const first = mentions.find((c) => c.start >= sentence.start);
  return first && first.end < verbAt && OPENING.test(text.slice(sentence.start, first.start)) ? first : null;
}

function subjectCountry(text: string, mentions: CountryMention[], verbAt: number, possessive = true): CountryMention | null {
  // Only the nearest country can be the subject: an earlier one has a country name, no auxiliary, in between.
  const nearest = lastMentionEndingBy(mentions, verbAt);
  const between = nearest ? text.slice(nearest.end, verbAt) : "";
  if (!nearest || !AUXILIARIES.test(between) || (!possessive && /^['’]/u.test(between))) return null;
  return UNREAL.test(between) ? null : nearest;
}
