#!/usr/bin/env node
// Prints a gold-derived extraction document for score.mjs --cmd (first alias of each name, exporter as country_a).
import { readFileSync } from "node:fs";
const file = process.argv[2];
const gold = JSON.parse(readFileSync(file.replace(/\.txt$/, ".gold.json"), "utf8"));
const first = (x) => (Array.isArray(x) ? x[0] : x) ?? null;
const trade = (gold.trade ?? []).map((g) => {
  const a = g.direction === "a_to_b" ? g.exporter : g.countries[0];
  const b = g.countries.find((c) => c !== a) ?? g.countries[1];
  return { country_a: a, country_b: b, direction: g.direction, goods: g.goods ?? null, metric: null,
    period_start: g.period_start, period_end: g.period_end, value: g.value, unit: g.unit,
    value_type: g.value_type, change_direction: g.change_direction, compared_to: null, reported_by: first(g.reported_by) };
});
const visits = (gold.visits ?? []).map((g) => ({ visitor: first(g.visitor), visitor_role: null, visitor_country: g.visitor_country,
  host_country: g.host_country, place: g.place ?? null, start_date: g.start_date, end_date: null, purpose: null,
  status: g.status ?? "occurred", count: g.count ?? 1 }));
const quotes = (gold.quotes ?? []).map((g) => ({ text: g.text, speaker: first(g.speaker), speaker_type: "person",
  speaker_role: null, speaker_country: null, via: null }));
console.log(JSON.stringify({ schema_version: "1", article: { published: gold.published }, trade, visits, quotes }, null, 1));
