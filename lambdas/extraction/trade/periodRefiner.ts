// The period each figure covers. A date right after the figure wins ("$71bn in
// 2014"), then one before it in the same stretch ("in 2023, trade rose 9-fold").
// Dates inside a baseline ("compared to the same months in 2023") are not
// periods. When a sentence lists as many dates as figures, all dates first
// ("the 1986 and 1985 deficits at 2.09 billion and 1.722 billion"), they pair up in order.
import type { Span } from "../context";
import type { DateMention } from "../dates";

export interface Period {
  start: string;
  end: string;
  explicit: boolean;
}

const toPeriod = (d: DateMention): Period => ({ start: d.from, end: d.to, explicit: d.explicitYear });

/** One period (or null) per figure, in the figures' order. */
export function periodsFor(figures: Span[], dates: DateMention[], baselines: Span[]): (Period | null)[] {
  const usable = dates.filter((d) => !baselines.some((b) => d.start >= b.start && d.end <= b.end));
  const first = figures[0], last = figures[figures.length - 1];
  if (first && last && figures.length > 1 && usable.length === figures.length && usable.every((d) => d.end <= first.start)) {
    return usable.map(toPeriod);
  }
  return figures.map((fig, k) => {
    const nextFigure = figures[k + 1]?.start ?? Infinity;
    const prevFigure = figures[k - 1]?.end ?? -Infinity;
    const after = usable.find((d) => d.start >= fig.end && d.start < nextFigure);
    if (after) return toPeriod(after);
    const before = usable.filter((d) => d.end <= fig.start && d.start >= prevFigure).at(-1);
    if (before) return toPeriod(before);
    // A date after the next figure may still cover this one only when nothing else does.
    const anyBefore = usable.filter((d) => d.end <= fig.start).at(-1);
    return anyBefore ? toPeriod(anyBefore) : null;
  });
}
