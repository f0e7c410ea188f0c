// One record per figure. The same figure said again (same parties, value and
// period) is dropped; a figure first seen without a period (a headline, an
// intro) gives way to its dated mention; a repeat dated only by its context is
// dropped; and a headline that rounds a figure the body states ("crosses $85
// billion" over "$84.5 billion"), or a summary bullet the body restates, is
// dropped at the end; when the body says it again in the same words and period,
// the body's record stands in for it.
import type { TradeRecord } from "../../core/schemas";
import type { Sentence } from "../context";

/** Rounding a headline may do. */
const HEADLINE_ROUNDING = 0.03;

/** A line that ends in closing punctuation is a sentence of the body. */
const CLOSED = /[.!?…"”’)]\s*$/u;
/** A list item: a line opening with a bullet or dash. */
const BULLET = /^[ \t]*[-•*▪–—][ \t]/u;
/** Lines read back at most this far from a figure: a text without line breaks must not be scanned whole. */
const LINE_REACH = 400;

/** The figure at `at` sits on a summary bullet: a list item without closing punctuation. */
function summaryLine(text: string, at: number): boolean {
  const from = Math.max(0, at - LINE_REACH);
  const start = from + text.slice(from, at).lastIndexOf("\n") + 1;
  if (start === from && from > 0) return false;
  const newline = text.slice(at, at + LINE_REACH).indexOf("\n");
  const line = text.slice(start, newline < 0 ? Math.min(text.length, at + LINE_REACH) : at + newline);
  return BULLET.test(line) && !CLOSED.test(line);
}

export class RecordSet {
  readonly records: TradeRecord[] = [];
  /** Every key added, with the record kept for it (the first with that key). */
  private readonly seen = new Map<string, TradeRecord>();
  /** A kept record's first repeat with the same key, dropped: the body sentence a summary bullet may give way to. */
  private readonly repeats = new Map<TradeRecord, TradeRecord>();
  /** Figures kept without a period, by figure key, with their index in `records`. */
  private readonly undated = new Map<string, number>();
  private readonly dated = new Set<string>();

  /** The figure's identity without its period, and with it. */
  static keys(r: Omit<TradeRecord, "id">): { figure: string; key: string } {
    const sides = r.direction === "bilateral" ? [r.country_a, r.country_b].sort() : [r.country_a, r.country_b];
    const figure = [...sides, r.direction, r.value, r.unit].join("|");
    return { figure, key: `${figure}|${r.period_start}` };
  }

  /** Adds `record` unless it repeats one; `ownPeriod` is false when its period came from context. */
  add(record: TradeRecord, ownPeriod: boolean): void {
    const { figure, key } = RecordSet.keys(record);
    const kept = this.seen.get(key);
    if (kept) {
      if (!this.repeats.has(kept)) this.repeats.set(kept, record);
      return;
    }
    this.seen.set(key, record);
    if (record.value === null) return void this.records.push(record);
    if (!ownPeriod && (this.undated.has(figure) || this.dated.has(figure))) return;
    if (record.period_start === null) {
      if (!this.dated.has(figure)) this.undated.set(figure, this.records.push(record) - 1);
      return;
    }
    const earlier = ownPeriod ? this.undated.get(figure) : undefined;
    if (ownPeriod) this.dated.add(figure);
    if (earlier === undefined) return void this.records.push(record);
    this.records[earlier] = record;
    this.undated.delete(figure);
  }

  /**
   * The records, without those of a headline (a first line with no closing punctuation) or of a summary bullet
   * ("- Two-way trade hit $18 billion", no closing punctuation either) that the text states again later.
   */
  withoutHeadlineRepeats(text: string, headline: Sentence | undefined): TradeRecord[] {
    const isHeadline = headline !== undefined && !CLOSED.test(headline.text);
    const same = (r: TradeRecord, o: TradeRecord) =>
      [r.country_a, r.country_b].sort().join() === [o.country_a, o.country_b].sort().join() && r.unit === o.unit &&
      r.value !== null && o.value !== null && Math.abs(r.value - o.value) <= HEADLINE_ROUNDING * Math.max(r.value, o.value);
    const restated = (r: TradeRecord) => this.records.some((o) => o.char_start > r.char_end && same(r, o) && !summaryLine(text, o.char_start));
    const summary = (r: TradeRecord) => (isHeadline && r.char_start < headline.end) || summaryLine(text, r.char_start);
    return this.records.flatMap((r) => {
      if (!summary(r)) return [r];
      if (restated(r)) return [];
      const body = this.repeats.get(r);
      return body && !summary(body) ? [body] : [r];
    });
  }
}
