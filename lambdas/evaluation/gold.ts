// Gold files (`<name>.gold.json`): the evaluation format shared with the
// annotators. Each gold record lists acceptable readings; `optional` records
// are neither required nor penalised.
import * as z from "zod/mini";

/** Acceptable names; null or none: the name is not judged. */
const names = z._default(z.nullable(z.array(z.string())), []);
const optional = z.optional(z.boolean());

export const GoldQuote = z.object({ text: z.string(), speaker: names, optional });
export const GoldVisit = z.object({
  visitor: names,
  visitor_country: z.optional(z.nullable(z.string())),
  host_country: z.optional(z.nullable(z.string())),
  start_date: z.optional(z.nullable(z.string())),
  count: z.optional(z.nullable(z.number())),
  optional,
});
export const GoldTrade = z.object({
  countries: z.array(z.string()),
  direction: z.optional(z.enum(["bilateral", "a_to_b"])),
  exporter: z.optional(z.string()),
  goods: z.optional(z.nullable(z.string())),
  value: z.optional(z.nullable(z.number())),
  unit: z.optional(z.nullable(z.string())),
  change_direction: z.optional(z.nullable(z.enum(["increase", "decrease"]))),
  period_start: z.optional(z.nullable(z.string())),
  period_end: z.optional(z.nullable(z.string())),
  reported_by: z.optional(z.nullable(z.array(z.string()))),
  optional,
});

export const GoldFile = z.object({
  article: z.string(),
  trade: z._default(z.array(GoldTrade), []),
  visits: z._default(z.array(GoldVisit), []),
  quotes: z._default(z.array(GoldQuote), []),
});

export type GoldQuote = z.infer<typeof GoldQuote>;
export type GoldVisit = z.infer<typeof GoldVisit>;
export type GoldTrade = z.infer<typeof GoldTrade>;
export type GoldFile = z.infer<typeof GoldFile>;
