/** Bump the version whenever extraction output can change: it triggers re-processing. */
export const PARSER = { name: "news-records-parser", version: "0.9.0" } as const;
