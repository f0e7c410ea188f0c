// Gold files (`<name>.gold.json`): the evaluation format shared with the
// annotators. Each gold record lists acceptable readings; `optional` records
// are neither required nor penalised.
import { z } from "zod";

const names = z.array(z.string()).default([]);
const optional = z.boolean().optional();

export const GoldQuote = z.object({ text: z.string(), speaker: names, optional });
export const GoldVisit = z.object({
  visitor: names,
  visitor_country: z.string().nullable().optional(),
  host_country: z.string().nullable().optional(),
  start_date: z.string().nullable().optional(),
  count: z.number().nullable().optional(),
  optional,
});
export const GoldTrade = z.object({
  countries: z.array(z.string()),
  direction: z.enum(["bilateral", "a_to_b"]).optional(),
  exporter: z.string().optional(),
  goods: z.string().nullable().optional(),
  value: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  change_direction: z.enum(["increase", "decrease"]).nullable().optional(),
  period_start: z.string().nullable().optional(),
  period_end: z.string().nullable().optional(),
  reported_by: z.array(z.string()).nullable().optional(),
  optional,
});

export const GoldFile = z.object({
  article: z.string(),
  trade: z.array(GoldTrade).default([]),
  visits: z.array(GoldVisit).default([]),
  quotes: z.array(GoldQuote).default([]),
});

export type GoldQuote = z.infer<typeof GoldQuote>;
export type GoldVisit = z.infer<typeof GoldVisit>;
export type GoldTrade = z.infer<typeof GoldTrade>;
export type GoldFile = z.infer<typeof GoldFile>;
