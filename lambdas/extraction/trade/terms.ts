// The trade dictionary (data/gazetteer/trade-terms.json) as sets, loaded once.
import terms from "../../../data/gazetteer/trade-terms.json";
import { allMatches } from "./matches";

const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

export const BILATERAL_METRICS = terms.bilateralMetrics;
export const FLOW_NOUNS = set(terms.flowNouns);
export const BUY_VERBS = set(terms.buyVerbs);
export const SELL_VERBS = set(terms.sellVerbs);
export const GOODS_NOUNS = set(terms.goodsNouns);
export const INCREASE = set(terms.increase);
export const DECREASE = set(terms.decrease);
export const NOT_TRADE = set(terms.notTrade);

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Lower-case words with their offsets in `text` (offsets local to `text`). */
export function words(text: string): { w: string; start: number; end: number }[] {
  return allMatches(WORD, text).map((m) => ({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}
