// The command line as a user runs it: a real process, its stdout, stderr and exit code.
// Each process costs seconds (tsx compiles on start), so the cases are few and run together.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPlainText } from "../lambdas/input/plainText";
import { FIXTURE_ARTICLES, tempLake, type TempLake } from "./helpers/lake";
import { extractionProblems } from "./helpers/records";

const ROOT = path.join(__dirname, "..");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const cli = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    // node_modules/.bin/tsx is what `npx tsx` runs, without npx's own start-up.
    execFile(path.join(ROOT, "node_modules", ".bin", "tsx"), ["lambdas/cli/main.ts", ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "");

describe.concurrent("CLI: lambdas/cli/main.ts", () => {
  let scratch: TempLake;
  beforeAll(async () => {
    scratch = await tempLake();
    await writeFile(path.join(scratch.dir, "empty.txt"), "");
  });
  afterAll(() => scratch.cleanup());

  it.each(["minister-visit.html"])("extract %s prints only the extraction document on stdout", async (name) => {
    const file = path.join(FIXTURE_ARTICLES, name);
    const run = await cli("extract", file);
    expect(run.code, run.stderr).toBe(0);
    const doc: unknown = JSON.parse(run.stdout);
    expect(extractionProblems(doc, toPlainText(await readFile(file), file))).toEqual([]);
  });

  it.each([
    ["a missing file", ["extract", "no/such/article.txt"], /cannot read/],
    ["an unknown command", ["bogus"], /unknown command "bogus"/],
  ])("answers %s with one line on stderr and exit code 2", async (_, args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^error: /);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("rejects an empty article with its reason on one line, no stack trace", async () => {
    const run = await cli("extract", path.join(scratch.dir, "empty.txt"));
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toEqual(["error: the file is empty"]);
    expect(run.stdout).toBe("");
  });

  it.each(["extract"])("%s --help prints its usage and exits 0", async (command) => {
    const run = await cli(command, "--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: /);
    expect(run.stderr).toBe("");
  });
});
