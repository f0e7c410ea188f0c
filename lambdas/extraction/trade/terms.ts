// The trade dictionary (data/gazetteer/trade-terms.json) as sets, loaded once.
import terms from "../../../data/gazetteer/trade-terms.json";

const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

export const BILATERAL_METRICS = terms.bilateralMetrics;
export const FLOW_NOUNS = set(terms.flowNouns);
export const BUY_VERBS = set(terms.buyVerbs);
export const SELL_VERBS = set(terms.sellVerbs);
export const GOODS_NOUNS = set(terms.goodsNouns);
export const INCREASE = set(terms.increase);
export const DECREASE = set(terms.decrease);
export const NOT_TRADE = set(terms.notTrade);

// A word is /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/u, read with a character scan: words runs on every sentence,
// and a regex builds a match array for each word.
const WORD_CHAR = /[\p{L}\p{N}]/uy;
const JOINERS = new Set(["-", "'", "’"]);

/** The length of the letter or digit at `at` (2 for one outside the BMP), or 0 for none. */
function wordCharAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - at : 0;
}

/** The end of the run of letters and digits from `at`. */
function runEnd(text: string, at: number): number {
  for (let step = wordCharAt(text, at); step > 0; step = wordCharAt(text, at)) at += step;
  return at;
}

/** Lower-case words with their offsets in `text` (offsets local to `text`). */
export function words(text: string): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  let at = 0;
  while (at < text.length) {
    let end = runEnd(text, at);
    if (end === at) {
      at += text.codePointAt(at)! > 0xffff ? 2 : 1;
      continue;
    }
    // A hyphen or apostrophe joins two runs: "two-way", "China's".
    while (JOINERS.has(text[end]!) && wordCharAt(text, end + 1) > 0) end = runEnd(text, end + 1);
    out.push({ w: text.slice(at, end).toLowerCase(), start: at, end });
    at = end;
  }
  return out;
}
