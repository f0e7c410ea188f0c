// One record → what the page shows of it: table cells with sort keys, the
// values filters match on, a one-line summary and every field for the detail pane.
import type { QuoteRecord, RecordKind, TradeRecord, VisitRecord } from "../core/schemas";
import { formatDate, formatFigure, formatPeriod, spanOf } from "./format";

/** Below this a record is marked as uncertain in tables and in the article. */
const LOW_CONFIDENCE = 0.5;

export type AnyRecord = TradeRecord | VisitRecord | QuoteRecord;
type SortKey = string | number | null;

export interface RecordView {
  id: string;
  kind: RecordKind;
  article: string;
  start: number;
  end: number;
  low: boolean;
  summary: string;
  cells: string[];
  sort: SortKey[];
  fields: [string, string][];
  countries: string[];
  people: string[];
  /** First and last day the record is about, for the date-range filter. */
  dates: [string, string] | null;
}

export const COLUMNS: Record<RecordKind, string[]> = {
  trade: ["Countries", "Figure", "Kind", "Period", "Measure / goods", "Reported by", "Confidence", "Article"],
  visits: ["Visitor", "From → to", "Place", "When", "Status", "Count", "Purpose", "Confidence", "Article"],
  quotes: ["Quote", "Speaker", "Role", "Country", "Via", "Confidence", "Article"],
};

export interface ArticleLabel {
  label: string;
  published: string | null;
}

export function viewOf(kind: RecordKind, record: AnyRecord, article: ArticleLabel): RecordView {
  const view = kind === "trade" ? trade(record as TradeRecord) : kind === "visits" ? visit(record as VisitRecord) : quote(record as QuoteRecord, article);
  const low = record.confidence < LOW_CONFIDENCE;
  const confidence = `${record.confidence.toFixed(2)}${low ? " ⚠ low" : ""}`;
  return {
    id: record.id,
    kind,
    article: record.article_id,
    start: record.char_start,
    end: record.char_end,
    low,
    summary: view.summary,
    cells: [...view.cells, confidence, article.label],
    sort: [...view.sort, record.confidence, article.label],
    fields: Object.entries(record)
      .filter(([name]) => name !== "sentence" && name !== "article_id")
      .map(([name, value]) => [name, value === null || value === undefined ? "—" : String(value)]),
    countries: unique(view.countries),
    people: unique(view.people),
    dates: view.dates,
  };
}

interface KindView {
  summary: string;
  cells: string[];
  sort: SortKey[];
  countries: (string | null)[];
  people: (string | null)[];
  dates: [string, string] | null;
}

export const pairOf = (r: Pick<TradeRecord, "country_a" | "country_b" | "direction">) =>
  `${r.country_a} ${r.direction === "a_to_b" ? "→" : "↔"} ${r.country_b}`;

function trade(r: TradeRecord): KindView {
  const figure = formatFigure(r);
  const period = formatPeriod(r.period_start, r.period_end);
  const dates = spanOf(r.period_start, r.period_end);
  return {
    summary: [pairOf(r), figure || "no figure", period].filter(Boolean).join(" · "),
    cells: [pairOf(r), figure, r.value_type ?? "", period, [r.metric, r.goods].filter(Boolean).join(" / "), r.reported_by ?? ""],
    sort: [pairOf(r), r.value, r.value_type, dates?.[0] ?? null, r.metric ?? r.goods, r.reported_by],
    countries: [r.country_a, r.country_b],
    people: [r.reported_by],
    dates,
  };
}

function visit(r: VisitRecord): KindView {
  const route = `${r.visitor_country ?? "?"} → ${r.host_country}`;
  // A visit with one date happened (or is planned) on it, not "from" it.
  const when = r.start_date && !r.end_date ? formatDate(r.start_date) : formatPeriod(r.start_date, r.end_date);
  const dates = spanOf(r.start_date, r.end_date);
  return {
    summary: [`${r.visitor} → ${r.host_country}`, when, r.status === "planned" ? "planned" : ""].filter(Boolean).join(" · "),
    cells: [r.visitor, route, r.place ?? "", when, r.status, String(r.count), r.purpose ?? ""],
    sort: [r.visitor, route, r.place, dates?.[0] ?? null, r.status, r.count, r.purpose],
    countries: [r.visitor_country, r.host_country],
    people: [r.visitor],
    dates,
  };
}

function quote(r: QuoteRecord, article: ArticleLabel): KindView {
  const speaker = r.speaker ?? "unknown speaker";
  return {
    summary: `${speaker}: “${truncate(r.text, 80)}”`,
    cells: [`“${truncate(r.text, 160)}”`, speaker, r.speaker_role ?? "", r.speaker_country ?? "", r.via ?? ""],
    sort: [r.text, r.speaker, r.speaker_role, r.speaker_country, r.via],
    countries: [r.speaker_country],
    people: [r.speaker],
    // A quote is dated by its article.
    dates: spanOf(article.published, article.published),
  };
}

export const truncate = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** How an article is named in tables and lists: its title, else its source key. */
export const articleLabel = (a: { title: string | null; source_key: string; published: string | null }): ArticleLabel => ({
  label: a.title || a.source_key.replace(/^incoming\//, ""),
  published: a.published,
});
