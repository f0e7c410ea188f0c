// The pages' one stylesheet, inlined (no network at view time). Record types
// keep one colour everywhere: tables, article highlights, charts.
export const STYLES = `
:root { --trade: #f59e0b; --trade-bg: #fde68a; --visits: #16a34a; --visits-bg: #bbf7d0; --quotes: #2563eb; --quotes-bg: #bfdbfe; --low: #dc2626; --line: #e5e7eb; --muted: #6b7280; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111827; background: #f9fafb; }
header, section, .workspace { padding: 12px 20px; }
header { background: #fff; border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 4px 0; } h2 { font-size: 16px; margin: 8px 0; } h3 { font-size: 14px; margin: 8px 0 4px; }
a { color: #1d4ed8; }
code, .hash { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
.hash { color: var(--muted); word-break: break-all; }
.meta, .note { color: var(--muted); }
nav a { margin-right: 12px; }
table { border-collapse: collapse; background: #fff; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; }
details { margin: 4px 0; } summary { cursor: pointer; }
ul.compact { margin: 4px 0; padding-left: 20px; }
button.link { border: 0; background: none; padding: 0; color: #1d4ed8; cursor: pointer; font: inherit; text-align: left; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; }
.badge.low { background: #fee2e2; color: var(--low); } .badge.latest { background: #dcfce7; color: #166534; }
.swatch.k-trade { background: var(--trade-bg); } .swatch.k-visits { background: var(--visits-bg); } .swatch.k-quotes { background: var(--quotes-bg); }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px; margin: 0 4px 0 10px; }
.swatch.low { background: none; border-bottom: 2px dashed var(--low); border-radius: 0; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
figure.chart { margin: 0; background: #fff; border: 1px solid var(--line); padding: 8px; max-width: 100%; overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg text { font-size: 11px; fill: #374151; }
svg .lane { stroke: var(--line); } svg .tick { stroke: #d1d5db; } svg .tick.minor { stroke-dasharray: 2 3; }
svg .tick-label { text-anchor: middle; fill: var(--muted); } svg .lane-label { font-weight: 600; }
svg .mark { cursor: pointer; }
svg .mark.k-trade rect { fill: var(--trade); } svg .mark.k-visits rect { fill: var(--visits); } svg .mark.k-quotes rect { fill: var(--quotes); }
svg .mark.hollow rect { fill: #fff; stroke: var(--visits); stroke-width: 1.5; }
svg .mark.low rect { opacity: .5; stroke: var(--low); stroke-dasharray: 3 2; }
svg .mark:hover text, svg .mark:focus text, svg .mark.sel text { font-weight: 700; fill: #000; }
.workspace { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 16px; align-items: start; }
@media (max-width: 1000px) { .workspace { grid-template-columns: 1fr; } }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; background: #fff; border: 1px solid var(--line); padding: 8px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
.filters select, .filters input { font: inherit; max-width: 220px; }
.records .scroll { max-height: 420px; overflow: auto; border: 1px solid var(--line); }
.records table { width: 100%; }
.records thead th { position: sticky; top: 0; background: #f3f4f6; cursor: pointer; user-select: none; }
.records th[aria-sort="ascending"]::after { content: " ▲"; } .records th[aria-sort="descending"]::after { content: " ▼"; }
.records tbody tr { cursor: pointer; } .records tbody tr:hover { background: #f3f4f6; }
.records tbody tr.selected { background: #e0e7ff; }
.records tbody tr.low td:first-child { box-shadow: inset 3px 0 var(--low); }
.article { position: sticky; top: 0; max-height: 100vh; overflow: auto; background: #fff; border: 1px solid var(--line); padding: 8px 12px; }
.article .text { white-space: pre-wrap; font: 15px/1.6 Georgia, serif; }
mark.hl { color: inherit; border-radius: 2px; cursor: pointer; }
mark.k-trade { background: var(--trade-bg); } mark.k-visits { background: var(--visits-bg); } mark.k-quotes { background: var(--quotes-bg); }
mark.low { text-decoration: underline dashed var(--low); text-underline-offset: 3px; }
mark.sel { outline: 2px solid #111827; background: #fcd34d; }
.details { border-top: 1px solid var(--line); margin-top: 8px; padding-top: 4px; }
.details th { font-weight: 500; color: var(--muted); white-space: nowrap; }
.details td { word-break: break-word; }
`;
