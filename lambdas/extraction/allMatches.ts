// Every match of a global regex, as String.prototype.matchAll gives them, but read
// with the regex itself: matchAll runs a fresh copy of it, and a copy may have to
// compile again (V8 drops unused regex code), which for the big patterns costs
// more than the search. Shared by the date, trade and visit parsers.

/** A global regex, or a matcher that behaves like one (visits/firstWordMatcher.ts). */
export interface Matcher {
  lastIndex: number;
  readonly unicode?: boolean;
  exec(text: string): RegExpExecArray | null;
}

/** All matches of `re` in `text`, from the start, in order; all are taken before any is used, so callers may run `re` again. */
export function allMatches(re: Matcher, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (m[0] === "") re.lastIndex = nextIndex(text, re.lastIndex, re.unicode === true);
  }
  return out;
}

/** Where the runs of digits of a text begin: the only places a pattern led by a digit with no digit before it can match. */
export function digitRuns(text: string): number[] {
  const out: number[] = [];
  let inRun = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const digit = code >= 48 && code <= 57;
    if (digit && !inRun) out.push(at);
    inRun = digit;
  }
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  const code = text.codePointAt(at);
  return at + (unicode && code !== undefined && code > 0xffff ? 2 : 1);
}

/**
 * allMatches of a sticky regex that can match only at some of `starts` (ascending; repeats allowed): it is tried
 * there alone. A scan's next match is at the first place the regex matches, which is one of `starts`, so both find
 * the same matches.
 */
export function matchesAt(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    from = m[0] === "" ? start + 1 : re.lastIndex;
  }
  return out;
}
