// The two countries of a trade figure: from the wording ("X-Y trade",
// "between X and Y", "X's exports to Y"), else the sentence's countries, else
// what earlier sentences settled. An article about one country's trade keeps
// naming only the partner ("imports from China were $104 billion", "the
// deficit with South Korea"): the missing side is then the article's home
// country, the party most of its records so far share.
import type { CountryMention } from "../countries";
import { distinct, hyphenPair, type CountryContext } from "./countryContext";
import type { Frame } from "./frameParser";

export type Pair = [string, string];

export interface Parties {
  pair: Pair;
  /** Some party came from earlier sentences, not this one. */
  inferred: boolean;
  /** The partner is named in this sentence; only the home side was inferred. */
  partnerNamed?: boolean;
}

const BETWEEN = /\bbetween\s+(?:the\s+)?$/iu;
/** "the deficit with South Korea", "trade with Ireland": the named country is the partner of an unnamed home. */
const WITH = /\bwith\s+(?:the\s+)?$/iu;

/** What earlier sentences settled, for sentences that lean on them ("Bilateral trade is estimated to reach …"). */
export class PartyMemory {
  pair: Pair | null = null;
  flow: Pair | null = null;
  flowSide: Frame["side"];
  private readonly counts = new Map<string, number>();
  /** Where the last wording stood: the buyer of "imports", the seller of "exports", the subject of "X's deficit with Y". */
  private readonly lastHome = { flow: null as string | null, bilateral: null as string | null };

  /** Counts the parties of a record, for `home()`. */
  note(pair: Pair, direction: Frame["direction"], side: Frame["side"]): void {
    for (const c of pair) this.counts.set(c, (this.counts.get(c) ?? 0) + 1);
    if (direction === "bilateral") this.lastHome.bilateral = pair[0];
    else if (side) this.lastHome.flow = side === "import" ? pair[1] : pair[0];
  }

  /** A country's own total ("Malaysia's exports rose"): the article is about it, so it counts toward `home()`. */
  noteTotal(country: string): void {
    this.counts.set(country, (this.counts.get(country) ?? 0) + 1);
  }

  /** The party most records so far share, other than `except`; on a tie where the last wording of this kind stood, else the first seen. */
  home(except: string, kind: Frame["direction"]): string | null {
    const prefer = kind === "bilateral" ? this.lastHome.bilateral : this.lastHome.flow;
    let best: string | null = null;
    for (const [c, n] of this.counts) {
      if (c === except) continue;
      const m = best === null ? -1 : this.counts.get(best)!;
      if (n > m || (n === m && c === prefer)) best = c;
    }
    return best;
  }
}

/** The pair the sentence's wording names outright: "X-Y", "between X and Y". Read once per sentence. */
export function namedPair(text: string, mentions: CountryMention[]): Pair | null {
  const hyphen = hyphenPair(text, mentions);
  if (hyphen) return hyphen;
  const between = mentions.findIndex((c) => BETWEEN.test(text.slice(Math.max(0, c.start - 20), c.start)));
  const a = mentions[between], b = mentions[between + 1];
  return a && b && a.iso3 !== b.iso3 ? [a.iso3, b.iso3] : null;
}

/** The two parties of a bilateral figure: the named pair, the sentence's countries, else context. */
export function bilateralPair(text: string, named: Pair | null, i: number, mentions: CountryMention[], cc: CountryContext, memory: PartyMemory, explicitlyBilateral: boolean): Parties | null {
  if (named) return { pair: named, inferred: false };
  const here = distinct(mentions);
  if (here.length >= 2) return { pair: [here[0]!, here[1]!], inferred: false };
  if (here.length === 1) {
    // "Japan's trade surplus" alone is Japan's total; it is bilateral only with an established partner, a "bilateral" word or "with X".
    const only = here[0]!;
    if (memory.pair?.includes(only)) return { pair: [only, memory.pair.find((c) => c !== only)!], inferred: true };
    const withOnly = mentions.every((c) => WITH.test(text.slice(Math.max(0, c.start - 12), c.start)));
    const home = withOnly ? memory.home(only, "bilateral") : null;
    if (home) return { pair: [home, only], inferred: true, partnerNamed: true };
    const partner = explicitlyBilateral ? cc.before(i, [only])[0] : undefined;
    return partner ? { pair: [only, partner], inferred: true } : null;
  }
  if (memory.pair) return { pair: memory.pair, inferred: true };
  const recent = cc.before(i, []);
  return recent.length >= 2 ? { pair: [recent[0]!, recent[1]!], inferred: true } : null;
}

/** Exporter and importer of a flow: from the wording, then the sentence, then what came before. */
/** "to (the) X" marks a destination, "from (the) X" an origin. */
const TO_BEFORE = /\bto\s+(?:the\s+)?$/iu;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/iu;

export function flowPair(text: string, frame: Frame, mentions: CountryMention[], memory: PartyMemory): Parties | null {
  let { exporter, importer } = frame;
  if (!exporter && !importer) {
    if (!memory.flow) return null;
    // "exports to the EU fell …, while imports dropped …": the other end of the same two countries.
    const flipped = frame.side && memory.flowSide && frame.side !== memory.flowSide;
    return { pair: flipped ? [memory.flow[1], memory.flow[0]] : memory.flow, inferred: true };
  }
  const known = (exporter ?? importer)!;
  // "Shipments to China climbed, while exports to the United States fell": another flow's destination is not the missing seller.
  const marked = exporter ? FROM_BEFORE : TO_BEFORE;
  const others = distinct(mentions.filter((c) => !marked.test(text.slice(Math.max(0, c.start - 10), c.start)))).filter((c) => c !== known);
  let inferred = false;
  let partnerNamed = false;
  if (!exporter || !importer) {
    // The partner is named in the sentence or was a party to an earlier trade statement; "China's exports" alone are its total.
    const fromMemory = [memory.flow, memory.pair].find((p) => p?.includes(known))?.find((c) => c !== known);
    // "imports from China", "exports to Japan": a partner named by its preposition; the missing end is the home country.
    const byPreposition = (frame.side === "import" && exporter) || (frame.side === "export" && importer);
    const home = byPreposition && !fromMemory ? memory.home(known, "a_to_b") : null;
    const other = others[0] ?? fromMemory ?? home;
    if (!other) return null;
    inferred = others.length === 0;
    partnerNamed = inferred && Boolean(byPreposition);
    if (exporter) importer = other;
    else exporter = other;
  }
  return exporter === importer ? null : { pair: [exporter!, importer!], inferred, partnerNamed };
}
