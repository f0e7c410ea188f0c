// Which countries a sentence talks about, and where to look when it names
// fewer than two: earlier sentences of the article, most recent first.
// Countries inside a source clause ("according to X,", "citing X,") are set
// aside when the sentence names two other countries, so the source of a
// figure is not mistaken for a trading party; countries goods pass through
// ("via Singapore") are set aside always.
import type { ArticleContext, Sentence } from "../context";
import { countriesIn, type CountryMention } from "../countries";
import { allMatches } from "../allMatches";

const SOURCE_CLAUSE = /\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting)\b[^,.;:“”"]{0,120}/g;
/** Every SOURCE_CLAUSE match holds one of these: a sentence without them has no source clause to scan for. */
const SOURCE_WORDS = ["ccording to", "iting", "uoting"];
/** How far back a sentence may borrow a trading partner. */
const LOOKBACK = 8;

export class CountryContext {
  private readonly perSentence: CountryMention[][];
  private counts: Map<string, number> | null = null;

  constructor(ctx: ArticleContext) {
    this.perSentence = ctx.sentences.map(partiesIn);
  }

  /** The parties named in sentence `i`, in text order. */
  in(i: number): CountryMention[] {
    return this.perSentence[i] ?? [];
  }

  /** How many times the article names `iso3` (outside source clauses). */
  count(iso3: string): number {
    this.counts ??= countMentions(this.perSentence);
    return this.counts.get(iso3) ?? 0;
  }

  /** The most recent countries before sentence `i` other than `known`, nearest first. */
  before(i: number, known: string[]): string[] {
    const out: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - LOOKBACK; j--) {
      for (const c of distinct(this.in(j))) if (!known.includes(c) && !out.includes(c)) out.push(c);
      if (out.length + known.length >= 2) break;
    }
    return out;
  }
}

function countMentions(perSentence: CountryMention[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mentions of perSentence) for (const m of mentions) counts.set(m.iso3, (counts.get(m.iso3) ?? 0) + 1);
  return counts;
}

/** "to Brazil, which run through Bolivian pipelines", "shipped via Singapore": a country goods pass through is no party. */
const TRANSIT = /\b(?:through|via|transiting|transits)\s+(?:the\s+)?$/u;

function partiesIn(sentence: Sentence): CountryMention[] {
  const found = countriesIn(sentence);
  const transit = (c: CountryMention) => TRANSIT.test(sentence.text.slice(Math.max(0, c.start - sentence.start - 16), c.start - sentence.start));
  const all = found.some(transit) ? found.filter((c) => !transit(c)) : found;
  // Setting a source aside leaves two countries only where there were two.
  if (!namesTwo(all) || !SOURCE_WORDS.some((w) => sentence.text.includes(w))) return all;
  const source = allMatches(SOURCE_CLAUSE, sentence.text).map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
  const outside = all.filter((c) => !source.some((s) => c.start >= s.start && c.end <= s.end));
  return distinct(outside).length >= 2 ? outside : all;
}

/** ISO3 codes in order of first mention. */
export function distinct(mentions: CountryMention[]): string[] {
  // A sentence names a handful of countries: a list beats a Set.
  const out: string[] = [];
  for (const m of mentions) if (!out.includes(m.iso3)) out.push(m.iso3);
  return out;
}

/** The mentions name two countries or more: `distinct(mentions).length >= 2` without building the list. */
export function namesTwo(mentions: CountryMention[]): boolean {
  // A plain loop: this runs on every sentence.
  for (let k = 1; k < mentions.length; k++) if (mentions[k]!.iso3 !== mentions[0]!.iso3) return true;
  return false;
}

/** Two countries joined by a hyphen or dash: "Chile-Peru trade", "U.S.-China". */
export function hyphenPair(text: string, mentions: CountryMention[]): [string, string] | null {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k] as CountryMention, b = mentions[k + 1] as CountryMention;
    if (a.iso3 !== b.iso3 && /^[-–]$/.test(text.slice(a.end, b.start))) return [a.iso3, b.iso3];
  }
  return null;
}
