// A large JSON array's elements one at a time, as byte slices: a version's
// records are read without parsing (and holding) a whole data file at once.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const [OPEN_BRACE, OPEN_BRACKET, CLOSE_BRACE, CLOSE_BRACKET] = [0x7b, 0x5b, 0x7d, 0x5d];

/** The object and array elements of the top-level array in `bytes`, each as the slice that spells it. */
export function* arrayElements(bytes: Buffer): Generator<Buffer> {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    // UTF-8 never encodes other characters with these bytes, so scanning bytes is safe.
    if (c === QUOTE) i = closingQuote(bytes, i);
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth++ === 1) start = i;
    } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 1) yield bytes.subarray(start, i + 1);
  }
}

function closingQuote(bytes: Buffer, open: number): number {
  for (let close = bytes.indexOf(QUOTE, open + 1); close >= 0; close = bytes.indexOf(QUOTE, close + 1)) {
    let slashes = 0;
    while (bytes[close - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return close;
  }
  throw new Error("JSON string without its closing quote");
}
