// Trade records: figures and flows between two countries, sentence by sentence.
// Parsers find figures, trade words, goods and figure-less flows; refiners fill
// the currency, the period, level/change, the parties (from the wording, else
// from the sentences before) and who reported it. A figure without two
// countries in reach is not a record.
import type { QuoteRecord, TradeRecord } from "../../core/schemas";
import { boundedSentences } from "../chunks";
import { recordId, type ArticleContext, type Sentence } from "../context";
import { findDates, isDateline } from "../dates";
import { findPeople } from "../people";
import { baselinesIn, changeOf } from "./changeRefiner";
import { CountryContext, distinct, hyphenPair } from "./countryContext";
import { findFigures, type Figure } from "./figureParser";
import { figurelessFlows } from "./figurelessFlowParser";
import { cuesIn, frameOfFigure, type Frame } from "./frameParser";
import { periodsFor } from "./periodRefiner";
import { ReporterRefiner } from "./reporterRefiner";
import { refineUnits } from "./unitRefiner";
import type { CountryMention } from "../countries";

type Pair = [string, string];

/** What earlier sentences settled, for sentences that lean on them ("Bilateral trade is estimated to reach …"). */
interface Memory {
  pair: Pair | null;
  flow: Pair | null;
  currency: string | null;
}

const TOTAL = /\b(?:overall|total|global|worldwide)\b/iu;
const BETWEEN = /\bbetween\s+(?:the\s+)?$/iu;

/** The two parties of a bilateral figure: "X-Y", "between X and Y", the sentence's countries, else context. */
function bilateralPair(text: string, i: number, mentions: CountryMention[], cc: CountryContext, memory: Memory, explicitlyBilateral: boolean): { pair: Pair; inferred: boolean } | null {
  const hyphen = hyphenPair(text, mentions);
  if (hyphen) return { pair: hyphen, inferred: false };
  const between = mentions.findIndex((c) => BETWEEN.test(text.slice(Math.max(0, c.start - 20), c.start)));
  if (between >= 0 && mentions[between + 1] && mentions[between + 1]!.iso3 !== mentions[between]!.iso3) {
    return { pair: [mentions[between]!.iso3, mentions[between + 1]!.iso3], inferred: false };
  }
  const here = distinct(mentions);
  if (here.length >= 2) return { pair: [here[0]!, here[1]!], inferred: false };
  if (here.length === 1) {
    // "Japan's trade surplus" alone is Japan's total; it is bilateral only with an established partner or a "bilateral" word.
    const only = here[0]!;
    const partner = memory.pair?.includes(only) ? memory.pair.find((c) => c !== only) : explicitlyBilateral ? cc.before(i, [only])[0] : undefined;
    return partner ? { pair: [only, partner], inferred: true } : null;
  }
  if (memory.pair) return { pair: memory.pair, inferred: true };
  const recent = cc.before(i, []);
  return recent.length >= 2 ? { pair: [recent[0]!, recent[1]!], inferred: true } : null;
}

/** Exporter and importer of a flow: from the wording, then the sentence, then what came before. */
function flowPair(frame: Frame, mentions: CountryMention[], memory: Memory): { pair: Pair; inferred: boolean } | null {
  let { exporter, importer } = frame;
  if (!exporter && !importer) return memory.flow ? { pair: memory.flow, inferred: true } : null;
  const known = (exporter ?? importer)!;
  const others = distinct(mentions).filter((c) => c !== known);
  let inferred = false;
  if (!exporter || !importer) {
    // The partner is named in the sentence or was a party to an earlier trade statement; "China's exports" alone are its total.
    const fromMemory = [memory.flow, memory.pair].find((p) => p?.includes(known))?.find((c) => c !== known);
    const other = others[0] ?? fromMemory;
    if (!other) return null;
    inferred = others.length === 0;
    if (exporter) importer = other;
    else exporter = other;
  }
  return exporter === importer ? null : { pair: [exporter!, importer!], inferred };
}

function confidenceOf(inferredParties: boolean, inferredUnit: boolean, hasPeriod: boolean): number {
  return Math.max(0.3, 0.9 - (inferredParties ? 0.2 : 0) - (inferredUnit ? 0.1 : 0) - (hasPeriod ? 0 : 0.05));
}

export function extractTrade(article: ArticleContext, quotes: QuoteRecord[]): TradeRecord[] {
  const ctx: ArticleContext = { ...article, sentences: boundedSentences(article.text, article.sentences) };
  const { text } = ctx;
  const cc = new CountryContext(ctx);
  const reporters = new ReporterRefiner(text, quotes, findPeople(ctx));
  const memory: Memory = { pair: null, flow: null, currency: null };
  const records: TradeRecord[] = [];
  const seen = new Set<string>();

  const emit = (sentence: Sentence, span: { start: number; end: number }, fields: Omit<TradeRecord, "id" | "article_id" | "sentence" | "char_start" | "char_end">) => {
    const parties = fields.direction === "bilateral" ? [fields.country_a, fields.country_b].sort() : [fields.country_a, fields.country_b];
    const key = [...parties, fields.direction, fields.value, fields.unit, fields.period_start].join("|");
    if (seen.has(key)) return; // the same figure repeated later in the article
    seen.add(key);
    records.push({
      id: recordId("trade", ctx.articleId, span, key),
      article_id: ctx.articleId,
      ...fields,
      sentence: sentence.text,
      char_start: span.start,
      char_end: span.end,
    });
  };

  ctx.sentences.forEach((sentence, i) => {
    const mentions = cc.in(i);
    const cues = cuesIn(text, sentence);
    const raw = findFigures(sentence.text, sentence.start);
    const figures = refineUnits(raw, memory.currency);
    const money = figures.filter((f) => f.kind === "money");
    if (money.length) memory.currency = money[money.length - 1]!.unit;
    const framed = figures.map((f) => ({ fig: f, frame: cues.length || f.kind === "money" ? frameOfFigure(text, sentence, f, mentions, cues) : null }))
      .filter((x): x is { fig: Figure; frame: Frame } => x.frame !== null);
    const baselines = baselinesIn(text, sentence);
    const periods = periodsFor(framed.map((x) => x.fig), findDates(sentence.text, ctx.anchorDate, sentence.start).filter((d) => !isDateline(text, d)), baselines);
    const exportersHere = new Set<string>();

    framed.forEach(({ fig, frame }, k) => {
      const change = changeOf(text, fig, framed[k - 1]?.fig.end ?? sentence.start);
      if (fig.kind === "percent" && change.valueType === "level") return; // a share, not a trade figure
      const parties = frame.direction === "bilateral"
        ? bilateralPair(text, i, mentions, cc, memory, /\b(?:bilateral|two-way)\b/iu.test(frame.metric ?? "") || /\btrade\s+(?:with|between)\b/iu.test(sentence.text))
        : flowPair(frame, mentions, memory);
      if (!parties) return;
      // A percentage of "exports" with the partner only from earlier sentences is usually the country's total.
      if (frame.direction === "a_to_b" && parties.inferred && fig.kind !== "money") return;
      if (frame.direction === "a_to_b" && TOTAL.test(frame.goods ?? "") && parties.inferred) return;
      const [a, b] = parties.pair;
      if (frame.direction === "bilateral") memory.pair = parties.pair;
      else {
        memory.flow = parties.pair;
        memory.pair = [a, b];
        exportersHere.add(a);
      }
      const period = periods[k] ?? null;
      const baseline = change.valueType === "change" ? baselines.find((bl) => bl.start > fig.end || bl.end < fig.start) : undefined;
      const inferredUnit = fig.kind === "money" && !raw.some((r) => r.start === fig.start && r.unit !== null);
      emit(sentence, fig, {
        country_a: a,
        country_b: b,
        direction: frame.direction,
        goods: frame.goods,
        metric: frame.metric,
        period_start: period?.start ?? null,
        period_end: period?.end ?? null,
        value: fig.value,
        unit: fig.unit,
        value_type: change.valueType,
        change_direction: change.valueType === "change" ? change.direction : null,
        compared_to: baseline?.text ?? null,
        reported_by: reporters.reporterOf(sentence, fig),
        confidence: confidenceOf(parties.inferred, inferredUnit, period !== null),
      });
    });

    for (const flow of figurelessFlows(text, sentence, mentions)) {
      if (exportersHere.has(flow.exporter!)) continue;
      emit(sentence, flow, {
        country_a: flow.exporter!,
        country_b: flow.importer!,
        direction: "a_to_b",
        goods: flow.goods,
        metric: null,
        period_start: null,
        period_end: null,
        value: null,
        unit: null,
        value_type: null,
        change_direction: null,
        compared_to: null,
        reported_by: reporters.reporterOf(sentence, flow),
        confidence: 0.6,
      });
    }
    const here = distinct(mentions);
    if (here.length >= 2 && cues.some((c) => c.kind === "bilateral")) memory.pair = hyphenPair(text, mentions) ?? [here[0]!, here[1]!];
  });
  return records;
}
