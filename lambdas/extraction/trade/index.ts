// Trade records: figures and flows between two countries, sentence by sentence.
// Parsers find figures, trade words, goods and figure-less flows; refiners fill
// the currency, the period, level/change, the parties (from the wording, else
// from the sentences before) and who reported it. A figure without two
// countries in reach is not a record.
import type { QuoteRecord, TradeRecord } from "../../core/schemas";
import { boundedSentences } from "../chunks";
import { recordId, type ArticleContext, type Sentence, type Span } from "../context";
import { findDates, isDateline } from "../dates";
import type { CountryMention } from "../countries";
import { findPeople } from "../people";
import { baselinesIn, changeOf, type Change } from "./changeRefiner";
import { CountryContext, distinct, hyphenPair, namesTwo } from "./countryContext";
import { findFigures, type Figure } from "./figureParser";
import { datelineCountry, fiscalCountry, inFiscalMonths } from "./fiscalCalendar";
import { figurelessFlows, type FlowMention } from "./figurelessFlowParser";
import { cuesIn, frameOfFigure, metricCuesIn, type Cue, type Frame } from "./frameParser";
import { bilateralPair, flowPair, namedPair, PartyMemory, type Parties } from "./partyRefiner";
import { PeriodMemory } from "./periodMemory";
import { periodsFor } from "./periodRefiner";
import { RecordSet } from "./repeatRefiner";
import { ReporterRefiner } from "./reporterRefiner";
import { pairCurrency, refineUnits } from "./unitRefiner";

const TOTAL = /\b(?:overall|total|global|worldwide)\b/iu;
/** "total exports", "overall foreign trade": a country's trade with the world, when its clause names no partner. */
const ONE_TOTAL = /\b(?:overall|total)\s+(?:(?:foreign|oil|crude|gas|coal|grain|goods|merchandise)\s+)?(?:trade|exports|imports)\b(?!\s+(?:between|with|to|from)\b)/iu;
/** "China's total foreign trade fell", "its surplus with the world", "trade with the six Gulf states combined": one country's totals with many, not a pair's ("total bilateral trade", "total trade between" are the pair's). */
const WORLD_TOTAL = /\b(?:(?:overall|total)(?!\s+(?:bilateral|two-way)\b|\s+trade\s+between\b)|global|worldwide|foreign\s+trade|with\s+the\s+(?:rest\s+of\s+the\s+)?world|(?:all|other)\s+(?:markets|countries|partners|destinations)|with\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:republics|countries|nations|states|economies|neighbou?rs)|combined)\b/iu;
const TRADE_WITH = /\btrade\s+(?:with|between)\b/iu;
/** "It totaled 1.2 billion won last year", "In the first nine months it stood at …": the sentence before's total, told again. */
const IT_TOTAL = /^(?:[^,;.]{0,60},\s*|(?:In|During|Over|For|By)\s[^,;.]{0,50}?\s)?(?:[Ii]t|[Tt]hat(?:\s+figure)?)\s+(?:\p{Ll}+ly\s+)?(?:stood|totaled|totalled|reached|was|hit|came\s+to|amounted\s+to|rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped)\b[^,;.]{0,40}$/u;

/** The figure's clause up to the figure: from the last clause break, at most 160 characters back. */
function clauseOf(text: string, sentence: Sentence, fig: Figure): string {
  return text.slice(Math.max(sentence.start, fig.start - 160), fig.start).split(/[;]|,\s+(?:and|while|but|whereas)\b/u).at(-1) ?? "";
}

/** "Iran's overall oil exports": a total a country owns, right before it, whatever other countries the clause names. */
function ownedTotal(text: string, mentions: CountryMention[], at: number): boolean {
  const owner = /['’]s\s+$/u.exec(text.slice(Math.max(0, at - 4), at));
  return owner !== null && mentions.some((c) => c.end === at - owner[0].length);
}

/** "1.2 mln tonnes of coal …, up from 1.05 mln tonnes": a comparison figure of the same unit and flow names the same goods. */
function sameFlowGoods(prev: { fig: Figure; frame: Frame } | undefined, fig: Figure, frame: Frame): string | null {
  if (!prev || prev.fig.unit !== fig.unit || prev.frame.direction !== frame.direction || prev.frame.exporter !== frame.exporter) return null;
  return prev.frame.goods;
}

/** "aim to double trade to $20 billion": the target is the level; the multiple only says how it was reached. */
function isTargetMultiple(text: string, fig: Figure, next: Figure | undefined): boolean {
  if (fig.kind !== "multiple" || !next || next.kind === "percent" || next.kind === "multiple") return false;
  return /^(?:double|triple|treble|quadruple)$/iu.test(text.slice(fig.start, fig.end)) && TO_LEVEL.test(text.slice(fig.end, next.start));
}
const TO_LEVEL = /^[^,;.]{0,80}\bto\s+(?:(?:about|around|nearly|some|over|more than|at least|a record)\s+)*$/iu;

/** "figures showed on Thursday": when the figure was published, not what it covers; "the lowest since 2020" compares, it covers nothing. */
const REPORT_DATE = /\b(?:(?:said|says|showed|shows|announced|reported|released|published|stated|added)\s+(?:on\s+)?|(?:highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|most|least|first\s+time|record|level)\s+since\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?)$/iu;

/** The baseline of a change: the first after it in its clause, else the nearest before it. */
function baselineOf(text: string, fig: Figure, baselines: (Span & { text: string })[]): (Span & { text: string }) | undefined {
  return baselines.find((b) => b.start >= fig.end && !/;|\b(?:while|whereas|but)\b/u.test(text.slice(fig.end, b.start))) ?? baselines.filter((b) => b.end <= fig.start).at(-1);
}

/** "… 5 percent in the first quarter and 4 percent …": only a date phrase and a conjunction between two figures. */
const ELLIPTIC = /^(?:\s+(?:in|during|for|over)\s+[^,;.$€£¥\d]{0,40}?(?:\d{4})?)?(?:,\s*|\s+)(?:and|but|while)\s+$/iu;
/** "30 percent of it": a share. */
const SHARE_AFTER = /^\s+of\b/iu;

/** ", according to Statistics Indonesia (BPS), down ": a clause of the figure before, then its change. */
const TRAILING_CHANGE = /^[^.;:$€£¥]{0,120},\s+(?:up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?$/iu;

/** "an increase of 21.3 per cent or £3.1 billion": the second figure restates the first. */
const RESTATED = /^\s*,?\s*or\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|around\s+)?$/iu;
/** "78.4 million tonnes in 2025, roughly 1.57 million barrels a day", "(about 300,000 barrels a day)": barrels restating the figure before. */
const BARRELS_RESTATED = /^(?:\s+in\s+\d{4})?\s*(?:,|\(|,?\s*or)\s*(?:roughly|about|around|some|nearly|approximately|almost|or|equivalent\s+to|the\s+equivalent\s+of)?\s*$/iu;

function confidenceOf(inferredParties: boolean, inferredUnit: boolean, hasPeriod: boolean): number {
  return Math.max(0.3, 0.9 - (inferredParties ? 0.2 : 0) - (inferredUnit ? 0.1 : 0) - (hasPeriod ? 0 : 0.05));
}

export function extractTrade(article: ArticleContext, quotes: QuoteRecord[]): TradeRecord[] {
  const ctx: ArticleContext = { ...article, sentences: boundedSentences(article.text, article.sentences) };
  const { text } = ctx;
  const cc = new CountryContext(ctx);
  const reporters = new ReporterRefiner(text, quotes, () => findPeople(ctx));
  /** The currency the article last used, for figures written without one ("from 4.3 billion in 1985"). */
  let currency: string | null = null;
  /** What a bare "$" means: the article may name its dollar once ("$4.2 billion (Australian)") and drop the name after. */
  let dollar = "USD";
  const periodMemory = new PeriodMemory();
  /** Where the article is written from: its fiscal year is the one a bare "2024-25" names when both parties have one. */
  const home = datelineCountry(text);
  const parties = new PartyMemory();
  /** The metric of the last bilateral figure and its sentence, which "it" in the next sentence may stand for. */
  let lastBilateral: { sentence: number; metric: string | null } | null = null;
  const itTotal = (sentence: Sentence, i: number, fig: Figure): Frame | null =>
    lastBilateral?.sentence === i - 1 && ctx.sentences[i - 1]?.paragraph === sentence.paragraph && IT_TOTAL.test(text.slice(sentence.start, fig.start))
      ? { direction: "bilateral", exporter: null, importer: null, goods: null, metric: lastBilateral.metric }
      : null;
  const out = new RecordSet();
  const emit = (sentence: Sentence, span: Span, fields: Omit<TradeRecord, "id" | "article_id" | "sentence" | "char_start" | "char_end">, ownPeriod = true) => {
    // The id comes first in a record but hangs on its other fields: set once they are in.
    const record: TradeRecord = { id: "", article_id: ctx.articleId, ...fields, sentence: sentence.text, char_start: span.start, char_end: span.end };
    record.id = recordId("trade", ctx.articleId, span, RecordSet.keys(record).key);
    out.add(record, ownPeriod);
  };

  /** Flows stated without a figure, except from an exporter a figure of the sentence already has. */
  const emitFlows = (sentence: Sentence, flows: FlowMention[], exportersHere: Set<string>) => {
    for (const flow of flows) {
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
  };
  /** A bilateral metric with two countries sets the pair later sentences refer to. */
  const notePair = (mentions: CountryMention[], here: string[], cues: Cue[]) => {
    if (here.length >= 2 && cues.some((c) => c.kind === "bilateral")) parties.pair = hyphenPair(text, mentions) ?? [here[0]!, here[1]!];
  };

  ctx.sentences.forEach((sentence, i) => {
    const mentions = cc.in(i);
    const raw = findFigures(sentence.text, sentence.start, dollar);
    // Without a figure a sentence yields only figure-less flows and the pair it sets, and both need two countries;
    // of its trade words only the bilateral metrics count.
    if (!raw.length) {
      if (!namesTwo(mentions)) return;
      emitFlows(sentence, figurelessFlows(text, sentence, mentions), new Set());
      notePair(mentions, distinct(mentions), metricCuesIn(text, sentence));
      return;
    }
    const here = distinct(mentions);
    dollar = raw.findLast((f) => f.declaresDollar)?.declaresDollar ?? dollar;
    const cues = cuesIn(text, sentence);
    const figures = refineUnits(raw, currency);
    const written = new Set(raw.filter((r) => r.unit !== null).map((r) => r.start));
    const money = figures.filter((f) => f.kind === "money");
    currency = money.findLast((f) => f.unit !== null)?.unit ?? currency;
    const candidates = figures.filter((f, k) => !isTargetMultiple(text, f, figures[k + 1]) && !(f.kind === "barrels" && k > 0 && BARRELS_RESTATED.test(text.slice(figures[k - 1]!.end, f.start))))
      .map((f) => ({ fig: f, frame: (cues.length || f.kind === "money" ? frameOfFigure(text, sentence, f, mentions, cues) : null) ?? (f.kind === "money" && here.length === 0 ? itTotal(sentence, i, f) : null) }));
    // "worth Rp 72 trillion in the first half, according to BPS, down 3 per cent": a trailing change of a framed figure is of its flow.
    candidates.forEach((x, k) => {
      const prev = candidates[k - 1];
      if (!x.frame && prev?.frame && x.fig.kind === "percent" && TRAILING_CHANGE.test(text.slice(prev.fig.end, x.fig.start))) x.frame = prev.frame;
    });
    const framed = candidates.filter((x): x is { fig: Figure; frame: Frame } => x.frame !== null);
    // Periods, baselines and dates only serve framed figures; most sentences have none.
    const carried = framed.length ? periodMemory.enter(sentence, i) : null;
    const baselines = framed.length ? baselinesIn(text, sentence, raw) : [];
    const dates = framed.length
      ? findDates(sentence.text, ctx.anchorDate, sentence.start).filter((d) => !isDateline(text, d) && !REPORT_DATE.test(text.slice(Math.max(0, d.start - 40), d.start)))
      : [];
    const periods = periodsFor(text, framed.map((x) => x.fig), dates, baselines, carried);
    const exportersHere = new Set<string>();
    const named = framed.length ? namedPair(text, mentions) : null;
    const tradeWith = framed.length > 0 && TRADE_WITH.test(sentence.text);
    const flows = here.length >= 2 ? figurelessFlows(text, sentence, mentions) : [];

    const changes: Change[] = [];
    framed.forEach(({ fig, frame }, k) => {
      const prev = framed[k - 1];
      const between = prev ? text.slice(prev.fig.end, fig.start) : "";
      let change = prev && RESTATED.test(between) ? changes[k - 1]! : changeOf(text, fig, prev?.fig.end ?? sentence.start);
      // "rose 5 percent in the first quarter and 4 percent in the second": one verb governs both.
      if (prev && change.valueType === "level" && prev.fig.kind === fig.kind && changes[k - 1]?.valueType === "change" && ELLIPTIC.test(between) && !SHARE_AFTER.test(text.slice(fig.end, fig.end + 4))) change = changes[k - 1]!;
      changes[k] = change;
      if (fig.kind === "percent" && change.valueType === "level") return; // a share, not a trade figure
      // "Peru ships copper to China; those sales fell 3 percent": a flow naming neither end is the one the sentence just stated.
      const stated = frame.direction === "a_to_b" && !frame.exporter && !frame.importer ? flows.filter((f) => f.end <= fig.start).at(-1) : undefined;
      const found: Parties | null = stated ? { pair: [stated.exporter!, stated.importer!], inferred: false } : frame.direction === "bilateral"
        ? bilateralPair(text, named, i, mentions, cc, parties, /\b(?:bilateral|two-way)\b/iu.test(frame.metric ?? "") || tradeWith)
        : flowPair(text, frame, mentions, parties);
      if (!found) {
        const lone = frame.exporter ?? frame.importer;
        if (frame.direction === "a_to_b" && lone && !(frame.exporter && frame.importer)) parties.noteTotal(lone);
        periodMemory.stateTotal(periods[k] ?? null);
        return;
      }
      // A percentage of "exports" with the partner only from earlier sentences is usually the country's total.
      if (frame.direction === "a_to_b" && found.inferred && !found.partnerNamed && fig.kind !== "money") return;
      if (frame.direction === "a_to_b" && TOTAL.test(frame.goods ?? "") && found.inferred) return;
      const clause = clauseOf(text, sentence, fig);
      if (found.inferred && !found.partnerNamed && WORLD_TOTAL.test(clause)) return;
      // "Kazakhstan's overall foreign trade reached $140 billion, and Azerbaijan's economy grew": one country's total, whatever else the sentence names.
      if (ONE_TOTAL.test(clause) && (ownedTotal(text, mentions, fig.start - clause.length + ONE_TOTAL.exec(clause)!.index) || new Set(mentions.filter((c) => c.start >= fig.start - clause.length && c.end <= fig.start).map((c) => c.iso3)).size <= 1)) return;
      const [a, b] = found.pair;
      const unit = pairCurrency(text, fig, a, b);
      if (fig.openWord && unit === null) return; // "shillings" between two countries that have none, or both
      parties.note(found.pair, frame.direction, frame.side);
      if (frame.direction === "bilateral") {
        parties.pair = found.pair;
        lastBilateral = { sentence: i, metric: fig.measure ?? frame.metric };
      }
      else {
        parties.flow = found.pair;
        parties.flowSide = frame.side;
        parties.pair = [a, b];
        exportersHere.add(a);
      }
      const own = periodMemory.periodOf(periods[k] ?? null, [a, b].sort().join(), fig.start);
      const reportedBy = reporters.reporterOf(sentence, fig);
      const period = inFiscalMonths(own, own?.fiscal ? fiscalCountry(reportedBy, [a, b], home, (c) => cc.count(c)) : null);
      const baseline = change.valueType === "change" ? baselineOf(text, fig, baselines) : undefined;
      const inferredUnit = fig.kind === "money" && !written.has(fig.start);
      emit(sentence, fig, {
        country_a: a,
        country_b: b,
        direction: frame.direction,
        goods: stated?.goods ?? frame.goods ?? sameFlowGoods(framed[k - 1], fig, frame),
        metric: fig.measure ?? frame.metric,
        period_start: period?.start ?? null,
        period_end: period?.end ?? null,
        value: fig.value,
        unit,
        value_type: change.valueType,
        change_direction: change.valueType === "change" ? change.direction : null,
        compared_to: baseline?.text ?? null,
        reported_by: reportedBy,
        confidence: confidenceOf(found.inferred, inferredUnit, period !== null),
      }, !period?.derived);
    });

    emitFlows(sentence, flows, exportersHere);
    notePair(mentions, here, cues);
  });
  return out.withoutHeadlineRepeats(text, ctx.sentences.length > 1 ? ctx.sentences[0] : undefined);
}
