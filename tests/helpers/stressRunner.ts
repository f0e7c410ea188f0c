// Runs extractor stress cases in a child process, so that a case that hangs
// (catastrophic backtracking, quadratic loops) is stopped at the time bound
// and reported, instead of hanging the test run.
import { spawn } from "node:child_process";
import path from "node:path";
import type { StressResult } from "./scenarios";

export type IsolatedStressResult = StressResult & { timedOut: boolean };

const ROOT = path.join(__dirname, "..", "..");
const CHILD = path.join(__dirname, "stressChild.ts");

export async function runStressIsolated(cases: readonly string[], boundMs: number): Promise<Map<string, IsolatedStressResult>> {
  const results = new Map<string, IsolatedStressResult>();
  let remaining = [...cases];
  while (remaining.length > 0) {
    await new Promise<void>((resolve) => {
      // node with the tsx loader (not the tsx wrapper, which would outlive a kill), in its own process group.
      const child = spawn(process.execPath, ["--import", "tsx", CHILD, ...remaining], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], detached: true });
      const stop = () => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      };
      let buffer = "";
      let running: { name: string; since: number } | null = null;
      let stderr = "";
      const watchdog = setInterval(() => {
        if (running && Date.now() - running.since > boundMs) {
          const ms = Date.now() - running.since;
          results.set(running.name, { ms, chars: 0, records: 0, error: null, timedOut: true, problems: [`still running after ${ms} ms: stopped`] });
          running = null;
          stop();
        }
      }, 100);
      child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        let newline: number;
        while ((newline = buffer.indexOf("\n")) >= 0) {
          const line = JSON.parse(buffer.slice(0, newline)) as { start?: string } & Partial<StressResult> & { case?: string };
          buffer = buffer.slice(newline + 1);
          if (line.start) running = { name: line.start, since: Date.now() };
          else if (line.case) {
            results.set(line.case, { ...(line as StressResult), timedOut: false });
            running = null;
          }
        }
      });
      child.on("exit", () => {
        clearInterval(watchdog);
        // A child that died on its own (not by the watchdog) fails the case it was running.
        if (running) results.set(running.name, { ms: Date.now() - running.since, chars: 0, records: 0, error: `child exited: ${stderr.trim().split("\n").at(-1) ?? ""}`, timedOut: false, problems: ["child process died"] });
        resolve();
      });
    });
    const before = remaining.length;
    remaining = remaining.filter((name) => !results.has(name));
    if (remaining.length === before) {
      // The child never started a case (e.g. it failed to compile): report them all.
      for (const name of remaining) results.set(name, { ms: 0, chars: 0, records: 0, error: "stress child did not run", timedOut: false, problems: ["stress child did not run"] });
      remaining = [];
    }
  }
  return results;
}
