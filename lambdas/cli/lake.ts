// Which lake the CLI works on: --lake, else $LAKE_DIR, else `.lake/` at the project root.
import path from "node:path";
import { LocalStore } from "../storage/localStore";
import type { Storage } from "../storage/storage";

export const PROJECT_ROOT = path.resolve(__dirname, "../..");

export function openLake(flag: string | undefined): Storage {
  const dir = flag ?? process.env.LAKE_DIR ?? path.join(PROJECT_ROOT, ".lake");
  return new LocalStore(path.resolve(dir));
}
