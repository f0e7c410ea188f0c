/** A one-line progress counter on stderr, redrawn in place when stderr is a terminal. */
export function progress(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let done = 0;
  let lastPrinted = -1;
  return {
    tick(): void {
      done++;
      const percent = Math.floor((done / Math.max(total, 1)) * 100);
      // Off a terminal, print every 10% only, so logs stay short.
      if (!tty && percent - lastPrinted < 10 && done !== total) return;
      lastPrinted = percent;
      const bar = "#".repeat(Math.round(percent / 5)).padEnd(20, ".");
      process.stderr.write(`${tty ? "\r" : ""}${label} [${bar}] ${done}/${total}${tty && done < total ? "" : "\n"}`);
    },
  };
}
