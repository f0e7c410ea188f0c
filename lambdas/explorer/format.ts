// Values as people read them: "$41.6 million", "×3", "+12%", "Jan–Mar 2025".
// Computed when the page is built, so the browser only shows strings.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const CURRENCY_SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };
const SCALES = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
] as const;
const MINUS = "\u2212";
const DASH = "\u2013";

/** At most two decimals, trailing zeros dropped: 41.6, 2, 1.25, 12,500. */
const plain = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** 41600000 → "41.6 million", 2500 → "2,500". */
function formatAmount(value: number): string {
  for (const [size, word] of SCALES) if (value >= size) return `${plain(value / size)} ${word}`;
  return plain(value);
}

/** 41600000 USD → "$41.6 million"; currencies without a well-known symbol keep their code. */
export function formatMoney(value: number, currency: string): string {
  const symbol = CURRENCY_SYMBOLS[currency];
  return symbol ? `${symbol}${formatAmount(value)}` : `${formatAmount(value)} ${currency}`;
}

export interface Figure {
  value: number | null;
  unit: string | null;
  value_type: "level" | "change" | null;
  change_direction: "increase" | "decrease" | null;
}

/** A trade figure with its sign: "$2 billion", "+12%", "−7%", "×3", "÷3", "+$5 million", "1.2 million tonnes". */
export function formatFigure({ value, unit, value_type, change_direction }: Figure): string {
  if (value === null) return "";
  const sign = value_type === "change" ? (change_direction === "decrease" ? MINUS : change_direction === "increase" ? "+" : "") : "";
  switch (unit) {
    case "multiple":
      return `${change_direction === "decrease" ? "÷" : "×"}${plain(value)}`;
    case "percent":
      return `${sign}${plain(value)}%`;
    case "tonnes":
      return `${sign}${formatAmount(value)} tonnes`;
    case null:
      return `${sign}${formatAmount(value)}`;
    default:
      return `${sign}${formatMoney(value, unit)}`;
  }
}

type Parts = { year: string; month?: number; day?: number };
function partsOf(date: string): Parts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  return { year: match[1]!, month: match[2] ? Number(match[2]) : undefined, day: match[3] ? Number(match[3]) : undefined };
}
const monthName = (month: number) => MONTHS[month - 1] ?? String(month);

/** "2024-06-19" → "19 Jun 2024", "2023-09" → "Sep 2023", "2024" → "2024"; anything else as given. */
export function formatDate(date: string): string {
  const p = partsOf(date);
  if (!p) return date;
  if (p.month === undefined) return p.year;
  return p.day === undefined ? `${monthName(p.month)} ${p.year}` : `${p.day} ${monthName(p.month)} ${p.year}`;
}

/** A period, naming what both ends share once: "Jan–Mar 2025", "3–5 Jun 2025", "Sep 2024–Feb 2025". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start) return end ? `until ${formatDate(end)}` : "";
  if (!end) return `from ${formatDate(start)}`;
  if (start === end) return formatDate(start);
  const a = partsOf(start);
  const b = partsOf(end);
  // Only ends of the same year and the same precision share a part worth naming once.
  if (a?.month !== undefined && b?.month !== undefined && a.year === b.year && (a.day === undefined) === (b.day === undefined)) {
    if (a.day === undefined) return `${monthName(a.month)}${DASH}${monthName(b.month)} ${a.year}`;
    if (a.month === b.month) return `${a.day}${DASH}${b.day} ${monthName(a.month)} ${a.year}`;
    return `${a.day} ${monthName(a.month)}${DASH}${b.day} ${monthName(b.month)} ${a.year}`;
  }
  return `${formatDate(start)}${DASH}${formatDate(end)}`;
}

/** The first and last day a partial date can mean, as sortable strings ("2024-05" → 2024-05-01..2024-05-31). */
export function dateBounds(date: string | null): [string, string] | null {
  const p = date ? partsOf(date) : null;
  if (!p) return null;
  if (p.month === undefined) return [`${p.year}-01-01`, `${p.year}-12-31`];
  const mm = String(p.month).padStart(2, "0");
  if (p.day === undefined) return [`${p.year}-${mm}-01`, `${p.year}-${mm}-${daysIn(Number(p.year), p.month)}`];
  const day = `${p.year}-${mm}-${String(p.day).padStart(2, "0")}`;
  return [day, day];
}
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The days a record's dates cover, from the earliest to the latest bound. */
export function spanOf(start: string | null, end: string | null): [string, string] | null {
  const a = dateBounds(start) ?? dateBounds(end);
  const b = dateBounds(end) ?? dateBounds(start);
  return a && b ? [a[0], b[1]] : null;
}

/** 1234 → "1.2 KB": file sizes on the download lists. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
