// How every handler is bundled: shared by the stack and by `npm run bench`, so
// the benchmark measures the bundles that are deployed.
export const BUNDLING = {
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  target: "node22",
  // ES modules let esbuild drop the parts of the AWS SDK a handler never
  // uses: the process bundle goes from 927 to ~735 KB and imports ~100 ms
  // faster. Some dependencies still call require() for Node built-ins.
  format: "esm",
  mainFields: ["module", "main"],
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  // esbuild otherwise rewrites every /\p{…}/u literal into `new RegExp(…)`,
  // evaluated on each call; Node 22 reads them natively.
  supported: { "regexp-unicode-property-escapes": true },
  // The SDK is bundled, not taken from the runtime: the conditional writes
  // (IfMatch, IfNoneMatch) are recent PutObject fields, and an older runtime
  // SDK would silently drop them. Bundled, it is the version the tests ran.
  bundleAwsSDK: true,
} as const;

/** Node options every function runs with: stack traces point into lambdas/ through the bundle's source map. */
export const NODE_OPTIONS = "--enable-source-maps";

/** The handler files in lambdas/handlers/ that become functions. */
export const HANDLER_FILES = ["process.ts", "publish.ts", "reprocess.ts", "download.ts"] as const;
