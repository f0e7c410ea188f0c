// Which lake the CLI works on: --lake <dir|s3://bucket>, else $LAKE_BUCKET or
// $LAKE_DIR, else `.lake/` at the project root.
import path from "node:path";
import { storageFromEnv } from "../storage/fromEnv";
import type { Storage } from "../storage/storage";

export const PROJECT_ROOT = path.resolve(__dirname, "../..");

export const openLake = (flag: string | undefined): Storage =>
  storageFromEnv(flag, { defaultDir: path.join(PROJECT_ROOT, ".lake") });
