// A plain-SVG timeline: one lane per country pair (trade) or route (visits),
// each record a bar over the days it covers, labelled as people read it.
import type { RecordKind } from "../core/schemas";
import { html, type Html } from "./html";
import { truncate } from "./records";

export interface TimelineMark {
  id: string;
  lane: string;
  /** First and last day covered, YYYY-MM-DD. */
  from: string;
  to: string;
  label: string;
  title: string;
  hollow?: boolean;
  low?: boolean;
}

const WIDTH = 860;
const LEFT = 140;
const RIGHT = 16;
const TOP = 8;
const ROW = 22;
const AXIS = 26;
const CHAR = 6.2; // rough width of one label character at 11px, for packing labels

const MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const DAY = 86_400_000;

export function timelineChart(kind: RecordKind, caption: string, marks: readonly TimelineMark[], undated: number): Html {
  const note = undated > 0 ? html`<p class="note">${undated} record${undated === 1 ? "" : "s"} without dates not shown.</p>` : "";
  if (marks.length === 0) return html`<figure class="chart"><figcaption>${caption}</figcaption><p class="note">Nothing dated to show.</p>${note}</figure>`;

  const firstYear = Math.min(...marks.map((m) => Number(m.from.slice(0, 4))));
  const lastYear = Math.max(...marks.map((m) => Number(m.to.slice(0, 4))));
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const x = (time: number) => Math.round((LEFT + ((time - start) / (end - start)) * (WIDTH - LEFT - RIGHT)) * 10) / 10;

  // Each lane grows rows as needed so that bars and their labels never overlap.
  const lanes = [...new Set(marks.map((m) => m.lane))].sort();
  const placed: { mark: TimelineMark; lane: number; row: number; x0: number; x1: number; labelLeft: boolean }[] = [];
  const laneTop: number[] = [];
  let y = TOP;
  for (const [laneIndex, lane] of lanes.entries()) {
    laneTop.push(y);
    const rowsEnd: number[] = [];
    for (const mark of marks.filter((m) => m.lane === lane).sort((a, b) => a.from.localeCompare(b.from))) {
      const x0 = x(dayOf(mark.from));
      const x1 = Math.max(x(dayOf(mark.to) + DAY), x0 + 4);
      const width = Math.round(mark.label.length * CHAR + 6);
      const labelLeft = x1 + width > WIDTH - RIGHT;
      const [left, right] = labelLeft ? [x0 - width, x1] : [x0, x1 + width];
      let row = rowsEnd.findIndex((used) => used < left);
      if (row === -1) row = rowsEnd.push(right) - 1;
      else rowsEnd[row] = right;
      placed.push({ mark, lane: laneIndex, row, x0, x1, labelLeft });
    }
    y += Math.max(1, rowsEnd.length) * ROW + 6;
  }
  const height = y + AXIS;

  const years = lastYear - firstYear + 1;
  const step = Math.ceil(years / 12);
  const ticks: { time: number; label: string; major: boolean }[] = [];
  for (let year = firstYear; year <= lastYear + 1; year += step) ticks.push({ time: Date.UTC(year, 0, 1), label: String(year), major: true });
  if (years === 1) for (const month of [3, 6, 9]) ticks.push({ time: Date.UTC(firstYear, month, 1), label: MONTH[month]!, major: false });

  return html`<figure class="chart"><figcaption>${caption}</figcaption>
<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${caption}">
${lanes.map(
  (lane, i) => html`<line class="lane" x1="0" x2="${WIDTH}" y1="${laneTop[i]! - 3}" y2="${laneTop[i]! - 3}"/><text class="lane-label" x="4" y="${laneTop[i]! + 14}">${truncate(lane, 22)}</text>`,
)}
${ticks.map(
  (t) => html`<line class="${t.major ? "tick" : "tick minor"}" x1="${x(t.time)}" x2="${x(t.time)}" y1="${TOP - 4}" y2="${height - AXIS + 4}"/><text class="tick-label" x="${x(t.time)}" y="${height - 8}">${t.label}</text>`,
)}
${placed.map(({ mark, lane, row, x0, x1, labelLeft }) => {
  const top = laneTop[lane]! + row * ROW;
  const classes = ["mark", `k-${kind}`, mark.hollow && "hollow", mark.low && "low"].filter(Boolean).join(" ");
  return html`<g class="${classes}" data-rid="${mark.id}" tabindex="0"><title>${mark.title}</title><rect x="${x0}" y="${top + 5}" width="${x1 - x0}" height="10" rx="2"/><text x="${labelLeft ? x0 - 4 : x1 + 4}" y="${top + 14}" text-anchor="${labelLeft ? "end" : "start"}">${mark.label}</text></g>`;
})}
</svg>${note}</figure>`;
}
