// The command line: one entry, a command per npm script. User mistakes print
// one line on stderr and exit 2; anything else exits 1 with its cause.
import { parseArgs } from "node:util";
import { PipelineError, UsageError } from "../core/errors";
import * as evaluate from "./commands/evaluate";
import * as explore from "./commands/explore";
import * as extractCommand from "./commands/extract";
import * as pipeline from "./commands/pipeline";
import * as datasets from "./commands/versions";
import { openLake } from "./lake";

const COMMANDS: Record<string, { usage: string; run: (positionals: string[], flags: Flags) => Promise<void> }> = {
  extract: { usage: extractCommand.usage, run: (p) => extractCommand.run(p) },
  start: { usage: pipeline.startUsage, run: (_, f) => pipeline.start(openLake(f.lake)) },
  ingest: { usage: pipeline.ingestUsage, run: (p, f) => pipeline.ingest(openLake(f.lake), p) },
  publish: { usage: pipeline.publishUsage, run: (_, f) => pipeline.publish(openLake(f.lake)) },
  versions: { usage: datasets.versionsUsage, run: (_, f) => datasets.versions(openLake(f.lake), f) },
  download: { usage: datasets.downloadUsage, run: (_, f) => datasets.download(openLake(f.lake), f) },
  eval: { usage: evaluate.usage, run: (p, f) => evaluate.run(p, !!f.verbose) },
  explore: { usage: explore.usage, run: (_, f) => explore.run(openLake(f.lake), f) },
};

interface Flags {
  lake?: string;
  version?: string;
  format?: string;
  out?: string;
  help?: boolean;
  verbose?: boolean;
  prune?: boolean;
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(name ?? "")}: use one of ${Object.keys(COMMANDS).join(", ")}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        lake: { type: "string" },
        version: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
        verbose: { type: "boolean" },
        prune: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see npm run ${name} -- --help)`);
  }
  if (parsed.values.help) return console.log(`usage: ${command.usage}`);
  await command.run(parsed.positionals, parsed.values);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof PipelineError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
  process.stderr.write(`error: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
