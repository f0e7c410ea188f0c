// Position lookups over many spans (an article's quotes) in logarithmic time:
// asking "is this word quoted?" for every word by scanning every quote is
// quadratic on long texts full of quotation marks.
import type { Span } from "../context";

const MAX_NESTING = 8;

/** Spans sorted by start, with the furthest end reached so far, for binary search. */
export class SpanIndex<T extends Span> {
  private readonly spans: T[];
  private readonly reach: number[];

  constructor(spans: readonly T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let max = -Infinity;
    this.reach = this.spans.map((s) => (max = Math.max(max, s.end)));
  }

  /** Index of the last span starting at or before `pos`, or -1. */
  private lastStartingBy(pos: number): number {
    let lo = 0, hi = this.spans.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start <= pos) (found = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    return found;
  }

  /** True when some span covers `pos` (start inclusive, end exclusive). */
  covers(pos: number): boolean {
    const k = this.lastStartingBy(pos);
    return k >= 0 && this.reach[k]! > pos;
  }

  /** The innermost span holding all of `span`, or null. */
  containing(span: Span): T | null {
    // Walk back only while an earlier span still reaches far enough, and only a few
    // steps: real quotes nest a level or two; a hostile text must not make this linear.
    const floor = this.lastStartingBy(span.start) - MAX_NESTING;
    for (let k = floor + MAX_NESTING; k >= 0 && k > floor && this.reach[k]! >= span.end; k--) {
      if (this.spans[k]!.end >= span.end) return this.spans[k]!;
    }
    return null;
  }
}
