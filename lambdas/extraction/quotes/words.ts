// Counting a quote's words by reading char codes: the confidence and the scare-quote filter only ask whether a
// text has more than a few words, and a regex match per word allocated a string and an array each time.
import { isSpaceCode } from "../tokens";

const isDashCode = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014;
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
// Module-level: esbuild (node20/22 targets) turns a \p{…} literal outside [] into `new RegExp(…)`, built on every call.
const HAS_ALNUM = /[\p{L}\p{N}]/u;

/**
 * How many words `text` has, counted up to `most`: a word is a piece between whitespace (and, with `dashes`,
 * hyphens and en/em dashes) holding a letter or digit. A piece with no ASCII letter or digit but other
 * characters is checked with the Unicode regex, so the count is the one splitting on /[\s…]+/u would give.
 */
export function countWords(text: string, most: number, dashes: boolean): number {
  const length = text.length;
  let count = 0;
  let k = 0;
  while (k < length) {
    const start = k;
    let alnum = false;
    let other = false;
    for (; k < length; k++) {
      const c = text.charCodeAt(k);
      if (isSpaceCode(c) || (dashes && isDashCode(c))) break;
      if (c >= 128) other = true;
      else if (isAsciiAlnum(c)) alnum = true;
    }
    if ((alnum || (other && HAS_ALNUM.test(text.slice(start, k)))) && ++count >= most) return count;
    k++;
  }
  return count;
}
