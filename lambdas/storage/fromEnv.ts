// Which storage to open: a bucket (`s3://bucket` or $LAKE_BUCKET) or a folder
// ($LAKE_DIR, else `.lake`). Lambdas always have LAKE_BUCKET; the CLI may have either.
//
//   LAKE_BUCKET           bucket name (ignored when a location is given)
//   LAKE_DIR              folder of the local lake
//   LAKE_S3_ENDPOINT      S3-compatible endpoint, e.g. http://127.0.0.1:4568
//   LAKE_S3_PATH_STYLE    "true" for path-style URLs (most S3-compatible servers)
//   AWS_REGION etc.       read by the AWS SDK itself
import path from "node:path";
import { UsageError } from "../core/errors";
import { LocalStore } from "./localStore";
import { S3Store } from "./s3Store";
import type { Storage } from "./storage";

export interface FromEnvOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** The folder used when nothing else is configured. */
  readonly defaultDir?: string;
}

export function storageFromEnv(location?: string, options: FromEnvOptions = {}): Storage {
  const env = options.env ?? process.env;
  if (location?.startsWith("s3://")) return s3StoreFromEnv(bucketOf(location), env);
  if (location) return new LocalStore(path.resolve(location));
  if (env.LAKE_BUCKET) return s3StoreFromEnv(env.LAKE_BUCKET, env);
  return new LocalStore(path.resolve(env.LAKE_DIR ?? options.defaultDir ?? ".lake"));
}

/** The bucket named by $LAKE_BUCKET (or `bucket`), with the endpoint settings from the environment. */
export function s3StoreFromEnv(bucket = process.env.LAKE_BUCKET, env: NodeJS.ProcessEnv = process.env): S3Store {
  if (!bucket) throw new UsageError("LAKE_BUCKET is not set");
  return new S3Store({
    bucket,
    endpoint: env.LAKE_S3_ENDPOINT || undefined,
    forcePathStyle: env.LAKE_S3_PATH_STYLE === "true",
  });
}

/** `s3://bucket` or `s3://bucket/`; the lake is always the whole bucket. */
function bucketOf(location: string): string {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/?$/.exec(location);
  if (!match?.[1]) throw new UsageError(`not a bucket location: ${location} (expected s3://bucket)`);
  return match[1];
}
