// The record contract (docs/records.md), written once. Types, CSV column order
// and the JSON Schema in each datapackage.json are all derived from here.
// zod/mini: the same schemas at a tenth of the bundle size (Lambda cold starts).
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

// zod/mini ships without messages; English ones make rejection reasons readable.
z.config(en());

export const SCHEMA_VERSION = "1";

export const Iso3 = z.string().check(z.regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3 code"));
/** ISO 8601 with the precision the text gives: 2024-06-19, 2023-09 or 2024. */
export const PartialDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD"));
const Hex = (length: number) => z.string().check(z.regex(new RegExp(`^[0-9a-f]{${length}}$`)));
/**
 * A description that ends up in the JSON Schema and the Table Schema. Held in
 * the registry, not as a `z.describe` check, which every parse would run.
 */
function about<T extends z.ZodMiniType>(schema: T, description: string): T {
  const described = schema.clone() as T;
  z.globalRegistry.add(described, { description });
  return described;
}

/** Fields every record has: identity first, grounding in the source last. */
const identity = {
  id: about(z.string().check(z.minLength(1)), "stable id: same article and parser give the same id"),
  article_id: about(Hex(16), "first 16 hex chars of sha256 of the article's plain text"),
};
const offset = z.int().check(z.minimum(0));
const grounding = {
  sentence: about(z.string(), "the whole sentence the record came from"),
  char_start: about(offset, "UTF-16 offset into the plain text, inclusive"),
  char_end: about(offset, "UTF-16 offset into the plain text, exclusive"),
  confidence: about(z.number().check(z.minimum(0), z.maximum(1)), "0..1, lower when a value was inferred"),
};
const text = (description?: string) => (description ? about(z.nullable(z.string()), description) : z.nullable(z.string()));

export const TradeRecord = z.object({
  ...identity,
  country_a: about(Iso3, "first party; the exporter when direction is a_to_b"),
  country_b: about(Iso3, "second party; the importer when direction is a_to_b"),
  direction: z.enum(["bilateral", "a_to_b"]),
  goods: text("what is traded, as written"),
  metric: text("what is measured, as written"),
  period_start: z.nullable(PartialDate),
  period_end: z.nullable(PartialDate),
  value: about(z.nullable(z.number().check(z.minimum(0))), "the figure's magnitude"),
  unit: about(z.nullable(z.string().check(z.regex(/^([A-Z]{3}|percent|multiple|tonnes)$/))), "ISO 4217 code, percent, multiple or tonnes"),
  value_type: z.nullable(z.enum(["level", "change"])),
  change_direction: z.nullable(z.enum(["increase", "decrease"])),
  compared_to: text("baseline, as written"),
  reported_by: text("who states the figure"),
  ...grounding,
});

export const VisitRecord = z.object({
  ...identity,
  visitor: about(z.string().check(z.minLength(1)), "full name when given, else the role or group as written"),
  visitor_role: text(),
  visitor_country: z.nullable(Iso3),
  host_country: about(Iso3, "the country visited"),
  place: text("city or venue"),
  start_date: z.nullable(PartialDate),
  end_date: z.nullable(PartialDate),
  purpose: text(),
  status: z.enum(["occurred", "planned"]),
  count: about(z.int().check(z.minimum(1)), "1 for one visit; more when the text counts visits"),
  ...grounding,
});

export const QuoteRecord = z.object({
  ...identity,
  text: about(z.string().check(z.minLength(1)), "the words between the quotation marks, exactly as in the text"),
  speaker: text(),
  speaker_type: z.enum(["person", "organization", "media", "government", "unknown"]),
  speaker_role: text(),
  speaker_country: z.nullable(Iso3),
  via: text("the outlet or source that relayed the words"),
  ...grounding,
});

export const ArticleInfo = z.object({
  article_id: Hex(16),
  source_key: z.string().check(z.minLength(1)),
  title: z.nullable(z.string()),
  published: z.nullable(PartialDate),
  text_sha256: Hex(64),
  chars: offset,
});

export const ExtractionDocument = z.object({
  schema_version: z.literal(SCHEMA_VERSION),
  article: ArticleInfo,
  parser: z.object({ name: z.string(), version: z.string() }),
  trade: z.array(TradeRecord),
  visits: z.array(VisitRecord),
  quotes: z.array(QuoteRecord),
});

export type TradeRecord = z.infer<typeof TradeRecord>;
export type VisitRecord = z.infer<typeof VisitRecord>;
export type QuoteRecord = z.infer<typeof QuoteRecord>;
export type ArticleInfo = z.infer<typeof ArticleInfo>;
export type ExtractionDocument = z.infer<typeof ExtractionDocument>;

/** The three datasets, in publishing order, each with its row schema. */
export const RECORD_SCHEMAS = { trade: TradeRecord, visits: VisitRecord, quotes: QuoteRecord } as const;
export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

/** CSV column order: the schema's field order. */
export const columnsOf = (kind: RecordKind): string[] => Object.keys(RECORD_SCHEMAS[kind].shape);

/** Sidecar metadata `<name>.meta.json`; unknown keys are rejected so typos surface. */
const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));
export const ArticleMeta = z.strictObject({
  title: maybe(z.string()),
  published: maybe(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "ISO 8601 date"))),
  url: maybe(z.url()),
  publisher: maybe(z.string()),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;
