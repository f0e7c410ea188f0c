// What a figure measures: a bilateral total ("trade turnover", "trade deficit")
// or a one-way flow of goods, and whichever parties the wording itself fixes:
// the origin of the goods ("U.S. goods"), a buyer ("Beijing resume buying",
// "purchases … by a South Korean mission"), a seller ("X's exports to Y").
// Parties the wording leaves open are filled from context by the caller.
import type { Span } from "../context";
import type { CountryMention } from "../countries";
import type { Figure } from "./figureParser";
import { goodsAfterFigure, goodsFrom, type GoodsPhrase } from "./goodsParser";
import { allMatches } from "../allMatches";
import { lastEndingBy } from "../textOrder";
import { BILATERAL_METRICS, BUY_VERBS, FLOW_NOUNS, NOT_TRADE, SELL_VERBS, words } from "./terms";

export interface Frame {
  direction: "bilateral" | "a_to_b";
  exporter: string | null;
  importer: string | null;
  goods: string | null;
  metric: string | null;
  /** Which end of a flow the wording stands at: "imports", "bought" (import) or "exports", "sold" (export). */
  side?: "export" | "import";
}

/** A metric this far before (or after) the figure still governs it. */
const REACH_BEFORE = 160;
const REACH_AFTER = 60;
/** Longer than any metric as written, wrapped lines included ("two-way\n   commerce"). */
const MAX_CUE_CHARS = 80;
const METRIC_RE = new RegExp(String.raw`\b(?:${[...BILATERAL_METRICS].sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, "\\s+")).join("|")})\b`, "gi");
const TRADE_PARTNER = /\btrad(?:ing|e) partners?\b/i;
/** "budget deficit", "current-account surplus", "fiscal deficit": balances that are not trade. */
const OTHER_BALANCE = /\b(?:budget|budgetary|fiscal|account|government|primary|federal|pension)\s+$/iu;

export interface Cue extends Span {
  text: string;
  kind: "bilateral" | "export" | "import" | "buy" | "sell" | "purchase";
}

/** The sentence's bilateral metrics ("trade turnover", "deficit"), in text order. */
export function metricCuesIn(text: string, sentence: Span): Cue[] {
  const local = text.slice(sentence.start, sentence.end);
  const cues: Cue[] = [];
  for (const m of allMatches(METRIC_RE, local)) {
    if (TRADE_PARTNER.test(local.slice(m.index, m.index + 16))) continue;
    if (OTHER_BALANCE.test(local.slice(Math.max(0, m.index - 20), m.index))) continue;
    cues.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0], kind: "bilateral" });
  }
  return cues;
}

/** The words wordCueKind names a kind for. */
export const CUE_WORDS = [...new Set([...FLOW_NOUNS, ...BUY_VERBS, ...SELL_VERBS])];
/**
 * Any cue word, in any case: a sentence without one has no word cue, and is not split into words. The cue words are
 * ASCII letters without a "k", so a word that lower-cases to one is spelled in ASCII (only the Kelvin sign lower-cases
 * to an ASCII letter), and /i finds it.
 */
const ANY_CUE_WORD = new RegExp(CUE_WORDS.join("|"), "i");

/** Trade words of the sentence: bilateral metrics, flow nouns, buy and sell verbs. */
export function cuesIn(text: string, sentence: Span): Cue[] {
  const local = text.slice(sentence.start, sentence.end);
  const cues = metricCuesIn(text, sentence);
  if (!ANY_CUE_WORD.test(local)) return cues;
  for (const w of words(local)) {
    const kind = wordCueKind(local, w);
    if (kind) cues.push({ start: sentence.start + w.start, end: sentence.start + w.end, text: local.slice(w.start, w.end), kind });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** The kind of trade word `w` is in `local`, or null for most words. */
function wordCueKind(local: string, word: { w: string; start: number }): Cue["kind"] | null {
  // "re-exported", "re-exports": goods passed on are exported all the same.
  const w = word.w.startsWith("re-") ? { ...word, w: word.w.slice(3) } : word;
  if (w.w === "exports" || w.w === "export" || w.w === "sales" || w.w === "shipments") {
    return !BUY_VERBS.has(w.w) || /^(?:the|its|their|of|[\p{L}]+['’]s)$/iu.test(prevWord(local, w.start)) ? "export" : "sell";
  }
  if (w.w === "imports" || w.w === "import") return "import";
  if (w.w === "purchases" || w.w === "purchase") return "purchase";
  if (BUY_VERBS.has(w.w)) return "buy";
  if (SELL_VERBS.has(w.w)) return "sell";
  if (FLOW_NOUNS.has(w.w)) return "export";
  return null;
}

function prevWord(text: string, at: number): string {
  return /([\p{L}'’]+)\s*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? "";
}

/** The figure measures something else: "15 percent tariff", "a loan of $2 billion", "$5 billion in investment". */
function measuresOtherThing(text: string, fig: Figure): boolean {
  const next = /^\s*(?:worth\s+)?(?:(?:of|in)\s+)?(?:the\s+)?([\p{L}]+)/u.exec(text.slice(fig.end, fig.end + 40))?.[1]?.toLowerCase();
  if (next && NOT_TRADE.has(next)) return true;
  const before = /([\p{L}]+)\s+(?:(?:of|at|worth)\s+)?(?:about |around |nearly |some |over |up to |more than )?$/u.exec(text.slice(Math.max(0, fig.start - 40), fig.start))?.[1]?.toLowerCase();
  return before !== undefined && NOT_TRADE.has(before);
}

/** The country written right before `at` in the same clause ("Russia is believed to be …", "South Korea had already …"). */
function subjectBefore(text: string, at: number, mentions: CountryMention[], floor: number): CountryMention | null {
  // Only the nearest country can qualify: any earlier one has this one's clause break between it and `at` too.
  const nearest = lastMentionEndingBy(mentions, at);
  return nearest && nearest.start >= floor && !/[,;:“”"]/.test(text.slice(nearest.end, at)) ? nearest : null;
}

/** The last mention ending at or before `at`. */
export const lastMentionEndingBy = (mentions: CountryMention[], at: number): CountryMention | null => mentions[lastEndingBy(mentions, at)] ?? null;

/** Whose flow a noun names: "India's oil imports", "U.S. exports", "its agricultural exports" (its = the clause subject). */
function possessorOf(text: string, cue: Cue, mentions: CountryMention[], sentence: Span): CountryMention | null {
  const m = /(?:(['’]s|\bits|\btheir)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(Math.max(sentence.start, cue.start - 40), cue.start));
  const lead = cue.start - (m?.[0].length ?? 0);
  if (m?.[1] === "its" || m?.[1] === "their" || m?.[1]?.endsWith("its") || m?.[1]?.endsWith("their")) return subjectBefore(text, lead, mentions, sentence.start);
  // "India's oil imports": the country ends where the match begins; "U.S. exports": a space before.
  return mentions.find((c) => c.end === lead || c.end + 1 === lead) ?? null;
}

const mentionAt = (mentions: CountryMention[], at: number): CountryMention | null => mentions.find((c) => c.start === at) ?? null;

/** A country right after a preposition: "to Russia", "from the United States", "by a South Korean mission". */
function countryAfter(text: string, word: RegExp, from: number, to: number, mentions: CountryMention[]): CountryMention | null {
  const window = text.slice(from, to);
  for (const m of allMatches(word, window)) {
    const at = from + m.index + m[0].length;
    const hit = mentionAt(mentions, at);
    if (hit) return hit;
  }
  return null;
}

/** The words of the figure's clause before it. */
function clauseBefore(text: string, sentence: Span, fig: Figure): string {
  return text.slice(Math.max(sentence.start, fig.start - REACH_BEFORE), fig.start).split(/[,;:]/).at(-1) ?? "";
}

/** The cues that may govern `fig` (a superset, cut by binary search so a run-on sentence is not rescanned per figure). */
function cuesNear(cues: Cue[], fig: Figure): Cue[] {
  const from = fig.start - REACH_BEFORE - MAX_CUE_CHARS;
  let lo = 0, hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < cues.length && cues[end]!.start <= fig.end + REACH_AFTER) end++;
  return cues.slice(lo, end);
}

/** "trade between the region's two largest economies fell": the economies are the parties, not another measure. */
const PARTIES_AS_ECONOMIES = /\b(?:between|among)\s+(?:[\p{L}'’-]+\s+){0,4}?economies\b/giu;
/** Every PARTIES_AS_ECONOMIES match holds this word (the same case folding without /u: "ſ" is the only extra fold here). */
const ECONOMIES = /economie[sſ]/i;
/** The text without its "between the two largest economies" phrases. */
const withoutEconomies = (text: string): string => (ECONOMIES.test(text) ? text.replace(PARTIES_AS_ECONOMIES, "") : text);

/** The frame of a figure, or null when the figure is not about trade. */
export function frameOfFigure(text: string, sentence: Span, fig: Figure, mentions: CountryMention[], cues: Cue[]): Frame | null {
  if (measuresOtherThing(text, fig)) return null;
  let goods = goodsAfterFigure(text, fig.end, sentence.end);
  // A word after the figure governs it only in the same sentence ("51 billion dlrs. Taiwan's exports" was split too late).
  const near = cuesNear(cues, fig).filter((c) => c.end <= fig.start ? fig.start - c.end <= REACH_BEFORE : c.start - fig.end <= REACH_AFTER && !/[.;]\s/.test(text.slice(fig.end, c.start)));
  // The governing word usually comes first ("exports to China to $30 billion"); look after the figure only failing that.
  const nearest = near.filter((c) => c.end <= fig.start).at(-1) ?? near.find((c) => c.start >= fig.end) ?? null;
  if (!goods && !nearest) return null;
  // With a trade word in reach, tonnes are of whatever they name ("exported 820,000 tonnes of sesame seeds").
  if (!goods && (fig.kind === "tonnes" || fig.kind === "barrels")) goods = goodsAfterFigure(text, fig.end, sentence.end, true);
  // "exports rose 3 percent, and GDP grew 1.2 percent": another measure stands between the trade word and the figure.
  if (!goods && nearest && nearest.end <= fig.start && words(withoutEconomies(text.slice(nearest.end, fig.start))).some((w) => NOT_TRADE.has(w.w))) return null;
  // "reserves rose to $51 billion, exports …": the figure's own clause is about another measure.
  if (!goods && nearest && nearest.start >= fig.end && words(clauseBefore(text, sentence, fig)).some((w) => NOT_TRADE.has(w.w))) return null;
  // Percentages and multiples count only as changes of a trade total ("trade rose 37 percent").
  const flows = near.filter((c) => c.kind !== "bilateral");
  const flowCue = flows.filter((c) => c.end <= fig.start).at(-1) ?? flows.find((c) => c.start >= fig.end);
  const isFlow = goods !== null || (nearest !== null && nearest.kind !== "bilateral");
  if (!isFlow) return { direction: "bilateral", exporter: null, importer: null, goods: null, metric: nearest?.text ?? null };
  return flowFrame(text, sentence, mentions, goods, flowCue ?? null);
}


function flowFrame(text: string, sentence: Span, mentions: CountryMention[], goods: GoodsPhrase | null, cue: Cue | null): Frame {
  let exporter: string | null = null;
  let importer: string | null = null;
  // The origin of the goods: "U.S. goods", "Brazilian farm products", "goods from China".
  const origin = goods ? mentions.find((c) => c.start >= goods.start && c.start <= goods.start + 2) : undefined;
  if (origin) exporter = origin.iso3;
  if (goods) {
    const from = countryAfter(text, /\bfrom\s+(?:the\s+)?/g, goods.end, Math.min(sentence.end, goods.end + 20), mentions);
    if (from && !exporter) exporter = from.iso3;
    const by = countryAfter(text, /\bby\s+(?:a|an|the)?\s*/g, goods.end, Math.min(sentence.end, goods.end + 80), mentions);
    if (by && by.iso3 !== exporter) importer = by.iso3;
  }
  if (cue) {
    const subject = cue.kind === "buy" || cue.kind === "sell" ? subjectBefore(text, cue.start, mentions, sentence.start) : possessorOf(text, cue, mentions, sentence);
    const to = countryAfter(text, /\bto\s+(?:the\s+)?/g, cue.end, Math.min(sentence.end, cue.end + 60), mentions);
    const from = countryAfter(text, /\bfrom\s+(?:the\s+)?/g, cue.end, Math.min(sentence.end, cue.end + 60), mentions);
    if (cue.kind === "buy" || cue.kind === "import" || cue.kind === "purchase") {
      if (from && !exporter) exporter = from.iso3;
      if (subject && subject.iso3 !== exporter && !importer) importer = subject.iso3;
    } else {
      if (subject && subject.iso3 !== importer && !exporter) exporter = subject.iso3;
      if (to && to.iso3 !== exporter && !importer) importer = to.iso3;
    }
  }
  const nounGoods = cue && cue.kind !== "buy" && cue.kind !== "sell" ? goodsAfterNoun(text, cue, sentence.end) : null;
  if (nounGoods && !exporter) exporter = mentions.find((c) => c.start === nounGoods.start)?.iso3 ?? null;
  const flowNoun = cue && cue.kind !== "buy" && cue.kind !== "sell";
  const goodsText = goods?.text ?? nounGoods?.text ?? (flowNoun ? (goodsInApposition(text, cue, sentence.end)?.text ?? flowNounPhrase(text, sentence, cue, mentions)) : null);
  const side = !cue ? undefined : cue.kind === "buy" || cue.kind === "import" || cue.kind === "purchase" ? "import" : "export";
  return { direction: "a_to_b", exporter, importer, goods: goodsText, metric: cue && cue.kind !== "buy" && cue.kind !== "sell" ? cue.text : null, ...(side ? { side } : {}) };
}

/** "exports of cars to Australia", "imports of Australian coal", "exports to India of fertilisers": the goods a flow noun names. */
function goodsAfterNoun(text: string, cue: Cue, limit: number): GoodsPhrase | null {
  const m = /^\s+(?:(?:to|from)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+)?of\s+/u.exec(text.slice(cue.end, cue.end + 60));
  return m ? goodsFrom(text, cue.end + m[0].length, limit) : null;
}

/** "Kenyan exports to Ethiopia, mostly tea and cement,", "… to Australia — largely petroleum and tyres —": goods told in an aside after the flow noun. */
const APPOSITION = /^(?:\s+(?:to|from)\s+[^,;—–]{1,30})?(?:,\s*|\s*[—–]\s*|\s+--?\s+)(?:mostly|mainly|largely|chiefly|primarily|principally|predominantly|notably|particularly|especially)\s+/u;

function goodsInApposition(text: string, cue: Cue, limit: number): GoodsPhrase | null {
  const m = APPOSITION.exec(text.slice(cue.end, cue.end + 60));
  const goods = m ? goodsFrom(text, cue.end + m[0].length, limit, true) : null;
  if (!goods) return null;
  // The aside closes with its list: "tea, cement and medicines, fell" ends at "medicines", "iron ore, came" at "ore".
  const items = goods.text.split(",");
  const last = items.findIndex((item, k) => k > 0 && /\b(?:and|or)\b/u.test(item));
  const kept = items.slice(0, /\b(?:and|or)\b/u.test(items[0]!) || last < 0 ? 1 : last + 1).join(",");
  return { start: goods.start, end: goods.start + kept.length, text: kept };
}

/**
 * "agricultural exports", "Kiwifruit exports to Japan" (first in its sentence, and no country's): the flow noun with
 * the one describing word before it. A bare "exports" names no goods.
 */
function flowNounPhrase(text: string, sentence: Span, cue: Cue, mentions: CountryMention[]): string | null {
  const before = text.slice(Math.max(sentence.start, cue.start - 30), cue.start);
  const m = /(?:^|\s)([\p{L}-]+)\s+$/u.exec(before);
  if (!m) return null;
  const word = m[1]!;
  const start = cue.start - before.length + m.index + m[0].length - m[0].trimStart().length;
  const describes = /^\p{Ll}/u.test(word) || (start === sentence.start && !mentions.some((c) => c.start === start));
  const adjective = describes && !/^(?:the|its|their|his|her|our|of|and|in|to|for|a|an|from|on|while|whereas|but|as|with|that|which|when|where|by|at|or|said|says|say|told|showed|shows|reported|puts|put|estimates|estimated|values|valued|pegs|pegged|places|placed|total|overall)$/iu.test(word) ? word : null;
  return adjective ? `${adjective} ${cue.text}` : null;
}
