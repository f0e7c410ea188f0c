/**
 * Offset of the first match of `pattern` (global) at or after `from`, else the text's length. Calls come with
 * rising offsets, so a match found beyond `from` is reused: each stretch of text is searched once, however many
 * segments or paragraphs it spans.
 */
export function matchFinder(text: string, pattern: RegExp): (from: number) => number {
  let found = -1;
  return (from) => {
    if (found < from) {
      pattern.lastIndex = from;
      found = pattern.exec(text)?.index ?? text.length;
    }
    return found;
  };
}
