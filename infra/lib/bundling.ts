// How every handler is bundled: shared by the stack and by `npm run bench`, so
// the benchmark measures the bundles that are deployed.
export const BUNDLING = {
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  target: "node22",
  // The SDK is bundled, not taken from the runtime: the conditional writes
  // (IfMatch, IfNoneMatch) are recent PutObject fields, and an older runtime
  // SDK would silently drop them. Bundled, it is the version the tests ran.
  bundleAwsSDK: true,
} as const;

/** The handler files in lambdas/handlers/ that become functions. */
export const HANDLER_FILES = ["process.ts", "publish.ts", "reprocess.ts", "download.ts"] as const;
