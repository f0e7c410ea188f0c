// The record contract (docs/records.md), written once. Types, CSV column order
// and the JSON Schema in each datapackage.json are all derived from here.
import { z } from "zod";

export const SCHEMA_VERSION = "1";

export const Iso3 = z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3 code");
/** ISO 8601 with the precision the text gives: 2024-06-19, 2023-09 or 2024. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");
const Hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`));

/** Fields every record has: identity first, grounding in the source last. */
const identity = {
  id: z.string().min(1).describe("stable id: same article and parser give the same id"),
  article_id: Hex(16).describe("first 16 hex chars of sha256 of the article's plain text"),
};
const grounding = {
  sentence: z.string().describe("the whole sentence the record came from"),
  char_start: z.number().int().nonnegative().describe("UTF-16 offset into the plain text, inclusive"),
  char_end: z.number().int().nonnegative().describe("UTF-16 offset into the plain text, exclusive"),
  confidence: z.number().min(0).max(1).describe("0..1, lower when a value was inferred"),
};

export const TradeRecord = z.object({
  ...identity,
  country_a: Iso3.describe("first party; the exporter when direction is a_to_b"),
  country_b: Iso3.describe("second party; the importer when direction is a_to_b"),
  direction: z.enum(["bilateral", "a_to_b"]),
  goods: z.string().nullable().describe("what is traded, as written"),
  metric: z.string().nullable().describe("what is measured, as written"),
  period_start: PartialDate.nullable(),
  period_end: PartialDate.nullable(),
  value: z.number().nonnegative().nullable().describe("the figure's magnitude"),
  unit: z.string().regex(/^([A-Z]{3}|percent|multiple|tonnes)$/).nullable().describe("ISO 4217 code, percent, multiple or tonnes"),
  value_type: z.enum(["level", "change"]).nullable(),
  change_direction: z.enum(["increase", "decrease"]).nullable(),
  compared_to: z.string().nullable().describe("baseline, as written"),
  reported_by: z.string().nullable().describe("who states the figure"),
  ...grounding,
});

export const VisitRecord = z.object({
  ...identity,
  visitor: z.string().min(1).describe("full name when given, else the role or group as written"),
  visitor_role: z.string().nullable(),
  visitor_country: Iso3.nullable(),
  host_country: Iso3.describe("the country visited"),
  place: z.string().nullable().describe("city or venue"),
  start_date: PartialDate.nullable(),
  end_date: PartialDate.nullable(),
  purpose: z.string().nullable(),
  status: z.enum(["occurred", "planned"]),
  count: z.number().int().positive().describe("1 for one visit; more when the text counts visits"),
  ...grounding,
});

export const QuoteRecord = z.object({
  ...identity,
  text: z.string().min(1).describe("the words between the quotation marks, exactly as in the text"),
  speaker: z.string().nullable(),
  speaker_type: z.enum(["person", "organization", "media", "government", "unknown"]),
  speaker_role: z.string().nullable(),
  speaker_country: Iso3.nullable(),
  via: z.string().nullable().describe("the outlet or source that relayed the words"),
  ...grounding,
});

export const ArticleInfo = z.object({
  article_id: Hex(16),
  source_key: z.string().min(1),
  title: z.string().nullable(),
  published: PartialDate.nullable(),
  text_sha256: Hex(64),
  chars: z.number().int().nonnegative(),
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
export const ArticleMeta = z
  .object({
    title: z.string().nullable().optional(),
    published: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "ISO 8601 date")
      .nullable()
      .optional(),
    url: z.url().nullable().optional(),
    publisher: z.string().nullable().optional(),
  })
  .strict();
export type ArticleMeta = z.infer<typeof ArticleMeta>;
