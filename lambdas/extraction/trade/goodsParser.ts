// The goods a figure or a flow verb is about, as written: "$2.6 billion of U.S.
// goods", "$20 billion in Brazilian farm products", "providing fuel and medicine
// supplies, as well as …". The phrase ends at a clause boundary, a preposition
// that starts a new role ("to Russia", "by a trade mission"), a time phrase or
// the next figure.
import type { Span } from "../context";
import { GOODS_NOUNS, FLOW_NOUNS } from "./terms";

export interface GoodsPhrase extends Span {
  text: string;
}

const STOP_WORDS = new Set(
  (
    "to from for into by with which that who whom were was is are be been would will could should may might under over since last this " +
    "next made a-year annually per as at during through because while but if in on when where after before amid despite than " +
    "each every shifted bought sold purchased imported exported shipped rose fell grew increased decreased declined dropped " +
    "jumped surged soared climbed slumped plunged doubled tripled reached totalled totaled stood hit topped amounted exceeded"
  ).split(" "),
);
const PARTICIPLE_CLAUSE = /^\s*\p{L}+(?:ed|wn|en)\s+(?:\p{L}+ly\s+)?(?:into|to|from|by|at|in|on|across|through|via|for|under)\b/u;
const MAX_WORDS = 16;
/** Sixteen words of goods fit in far fewer characters. */
const MAX_CHARS = 300;

/** The goods phrase starting at `from` (just after "of", "in", a verb), or null if it names no goods (unless `anyNoun`). */
export function goodsFrom(text: string, from: number, limit: number, anyNoun = false): GoodsPhrase | null {
  const re = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|[,;:()“”"—–[\]]/gu;
  // Tokens are read from a bounded window: a regex run on the whole text would follow a giant "word" to its end.
  const window = text.slice(from, Math.min(limit, from + MAX_CHARS));
  let end = from;
  let count = 0;
  let start = -1;
  /** "wine, cheese and fertiliser": a list closed by "and" after a comma, which a further ", and" does not extend. */
  let closed = false;
  let comma = false;
  for (let m = re.exec(window); m && count < MAX_WORDS; m = re.exec(window)) {
    m.index += from; // offsets into `text` from here on
    const token = m[0];
    const lower = token.toLowerCase().replace(/\.$/, "");
    if (/^[;:()“”"—–[\]]$/.test(token)) break;
    if (token === ",") {
      // A list goes on after a comma ("cars, computers and …"), but not into "as well as", a figure or a clause.
      const rest = text.slice(m.index + 1, m.index + 20);
      if (closed && /^\s*and\b/u.test(rest)) break;
      comma = true;
      if (/^\s*(?:as well as|and\s+\d|\d|\$|which|who|while|but|for|to|in|at|with|from|the|a|an|according|said|says|officials)\b/u.test(rest) || /^\s*\$/.test(rest)) break;
      // ", flown into Doha daily": a participle with its own preposition describes the goods, it lists none.
      if (PARTICIPLE_CLAUSE.test(text.slice(m.index + 1, m.index + 40))) break;
      continue;
    }
    if (STOP_WORDS.has(lower) && !(lower === "including" || lower === "such")) break;
    if (/^\d/.test(token) || /^[$€£¥₩₹]/.test(token)) break;
    if (lower === "and" && comma) closed = true;
    // "ships mainly crude oil": the adverb is not part of the goods.
    if (start < 0 && /^(?:mainly|mostly|chiefly|largely|primarily|principally)$/u.test(lower)) continue;
    if (start < 0) start = m.index;
    end = m.index + token.length;
    count++;
  }
  if (start < 0) return null;
  const phrase = text.slice(start, end).replace(/[\s,]+(?:and|or)$/u, "").replace(/[.,]$/u, "");
  if (!anyNoun && !namesGoods(phrase)) return null;
  return { start, end: start + phrase.length, text: phrase };
}

/** True when a phrase has a goods word in it ("capital goods", "wheat", "purchases"). */
export function namesGoods(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => GOODS_NOUNS.has(w) || FLOW_NOUNS.has(w));
}

/** After a figure: "worth of", "of", "in" (annual purchases), then the goods. Tonnes are always of goods: "tonnes of sesame seeds". */
export function goodsAfterFigure(text: string, figureEnd: number, limit: number, tonnes = false): GoodsPhrase | null {
  // "61 billion dirhams' worth of": the possessive of the currency word comes before "worth".
  const m = (tonnes ? /^\s*of\s+(?:the\s+)?/iu : /^['’]?,?\s*(?:worth\s+)?(?:of|in)\s+(?:the\s+)?/iu).exec(text.slice(figureEnd, figureEnd + 30));
  if (!m) return null;
  return goodsFrom(text, figureEnd + m[0].length, limit, tonnes);
}
