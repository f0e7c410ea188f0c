// How every handler is bundled: shared by the stack and by `npm run bench`, so
// the benchmark measures the bundles that are deployed.
import path from "node:path";
import { buildSync } from "esbuild";

const PROJECT_ROOT = path.resolve(__dirname, "../..");

/**
 * V8 compiles each regular expression first to bytecode for its interpreter
 * and again to native code once it is reused, so a cold extraction compiled
 * its ~270 regexps twice (~140 ms of the process function's first call).
 * Native code from the start makes the same matches. Lambda takes no V8 flags
 * in NODE_OPTIONS; this one is read when a regexp first runs, so the bundle
 * sets it before any of its own code.
 */
export const V8_FLAGS = "--no-regexp-tier-up";

export const BUNDLING = {
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  target: "node22",
  // ES modules let esbuild drop the parts of the AWS SDK a handler never
  // uses: the process bundle goes from 927 to ~735 KB and imports ~100 ms
  // faster.
  format: "esm",
  mainFields: ["module", "main"],
  // Runs before any bundled code: V8_FLAGS, and `require` for the
  // dependencies that still call it for Node built-ins.
  banner: [
    "import { setFlagsFromString } from 'node:v8';",
    `setFlagsFromString('${V8_FLAGS}');`,
    "import { createRequire } from 'node:module';",
    "const require = createRequire(import.meta.url);",
  ].join(" "),
  // esbuild otherwise rewrites every /\p{…}/u literal into `new RegExp(…)`,
  // evaluated on each call; Node 22 reads them natively.
  supported: { "regexp-unicode-property-escapes": true },
  // The SDK is bundled, not taken from the runtime: the conditional writes
  // (IfMatch, IfNoneMatch) are recent PutObject fields, and an older runtime
  // SDK would silently drop them. Bundled, it is the version the tests ran.
  bundleAwsSDK: true,
  // In a Lambda function the credentials are always in the environment.
  alias: { "@aws-sdk/credential-provider-node": path.join(PROJECT_ROOT, "lambdas/storage/lambdaCredentials.ts") },
} as const;

/** Node options every function runs with: stack traces point into lambdas/ through the bundle's source map. */
export const NODE_OPTIONS = "--enable-source-maps";

/** The handler files in lambdas/handlers/ that become functions. */
export const HANDLER_FILES = ["process.ts", "publish.ts", "reprocess.ts", "download.ts"] as const;

/** Bundles one handler file to `outfile` with the options the stack uses, for the benchmark and the tests. */
export function bundleHandler(file: (typeof HANDLER_FILES)[number], outfile: string): void {
  buildSync({
    entryPoints: [path.join(PROJECT_ROOT, "lambdas/handlers", file)],
    outfile,
    bundle: true,
    platform: "node",
    format: BUNDLING.format,
    mainFields: [...BUNDLING.mainFields],
    banner: { js: BUNDLING.banner },
    supported: BUNDLING.supported,
    alias: BUNDLING.alias,
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    sourcesContent: BUNDLING.sourcesContent,
    target: BUNDLING.target,
    logLevel: "error",
  });
}
