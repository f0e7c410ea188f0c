// Lookups in lists kept in text order (sentences, people, mentions, words), by
// binary search: a 1 MB article holds thousands of each, and a scan per lookup
// would make the work quadratic.
import type { Span } from "./context";

/** How many leading items have `key(item) <= at`: the index just past the last such item. */
export function countUpTo<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span ending at or before `at` (-1 if none). */
export const lastEndingBy = (spans: readonly Span[], at: number): number => countUpTo(spans, at, (s) => s.end) - 1;
