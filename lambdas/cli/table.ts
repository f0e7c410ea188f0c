/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[], raw: readonly (string | number)[]) =>
    row.map((cell, i) => (typeof raw[i] === "number" ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [
    line(cells[0]!, header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map((row, i) => line(cells[i + 1]!, row)),
  ].join("\n");
}
