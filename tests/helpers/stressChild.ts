// Child process for stressRunner.ts: runs the named stress cases in order,
// printing one JSON line as each starts and one as each ends.
import { runStress } from "./scenarios";
import { STRESS_INPUTS } from "./stressInputs";

for (const name of process.argv.slice(2)) {
  const input = STRESS_INPUTS.find((i) => i.case === name);
  if (!input) throw new Error(`no stress case ${name}`);
  process.stdout.write(JSON.stringify({ start: name }) + "\n");
  process.stdout.write(JSON.stringify({ case: name, ...runStress(input) }) + "\n");
}
