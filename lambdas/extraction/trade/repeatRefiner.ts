// One record per figure. The same figure said again (same parties, value and
// period) is dropped; a figure first seen without a period (a headline, an
// intro) gives way to its dated mention; a repeat dated only by its context is
// dropped; and a headline that rounds a figure the body states ("crosses $85
// billion" over "$84.5 billion") is dropped at the end.
import type { TradeRecord } from "../../core/schemas";
import type { Sentence } from "../context";

/** Rounding a headline may do. */
const HEADLINE_ROUNDING = 0.03;

export class RecordSet {
  readonly records: TradeRecord[] = [];
  private readonly seen = new Set<string>();
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
    if (this.seen.has(key)) return;
    this.seen.add(key);
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

  /** The records, without those of a headline (a first line with no closing punctuation) that the body states again. */
  withoutHeadlineRepeats(headline: Sentence | undefined): TradeRecord[] {
    if (!headline || /[.!?…"”’)]\s*$/u.test(headline.text)) return this.records;
    const body = this.records.filter((r) => r.char_start >= headline.end);
    const same = (r: TradeRecord, o: TradeRecord) =>
      [r.country_a, r.country_b].sort().join() === [o.country_a, o.country_b].sort().join() && r.unit === o.unit &&
      r.value !== null && o.value !== null && Math.abs(r.value - o.value) <= HEADLINE_ROUNDING * Math.max(r.value, o.value);
    return this.records.filter((r) => r.char_start >= headline.end || !body.some((o) => same(r, o)));
  }
}
