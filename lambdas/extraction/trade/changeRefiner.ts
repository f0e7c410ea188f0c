// Level or change, and which way: "rose to $7.4 billion" is a level, "rose by
// 37 percent" and "the decline … reaching $41.6 million" are changes. Also the
// baseline a change is measured against, as written.
import type { Span } from "../context";
import type { Figure } from "./figureParser";
import { DECREASE, INCREASE, words } from "./terms";
import { allMatches } from "../allMatches";

export interface Change {
  valueType: "level" | "change";
  direction: "increase" | "decrease" | null;
}

/** Words that put a level right before a figure: "rose to", "from", "at", "totalling", "reach a record". */
const LEVEL_BEFORE = /\b(?:to|from|at|of|totall?ing|totall?ed|totals?|worth|reach(?:ed|es|ing)?|top(?:ped)?|hit|exceed(?:ed)?|stood at|valued at|amounted to|buy|buying|bought|includes?)\s+(?:(?:about|around|nearly|almost|some|over|just|only|up to|more than|less than|an estimated|a record|a|the|another|roughly|approximately|much)\s+)*$/iu;
/** A change noun as subject of the level verb: "the total on-year decline … reaching $41.6 million". */
const CHANGE_NOUN = /\b(?:the|a|an|its|their|total|annual|on-year|year-on-year|this)\s+(?:[\p{L}-]+\s+){0,2}(increase|rise|growth|decline|drop|fall|decrease|gain|loss|jump|surge|slump|contraction|reduction)\b/iu;
const BASELINE = /\b(?:compared (?:to|with)|versus|vs\.?|relative to|against)\s+([^,.;:“”"]{3,80})/giu;
/** Baselines that need no "compared to": "year-on-year", "(up 5 percent) from a year earlier", "over the same period last year", "from the previous year", "(fell 10 percent) from 2022". */
const BASELINE_ADVERB = /\b(?:(?:from|than|over|on|versus)\s+)?((?:a|one)\s+year\s+(?:earlier|ago|before)|(?<=\b(?:on|over|than|versus)\s+)the\s+year\s+before|the\s+(?:same|corresponding)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:period|months?|weeks?|quarter|half|time)(?:\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:of\s+|in\s+)?last\s+year|(?:of|in)\s+\d{4}))?|(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)|on[- ]year|(?<=\bon\s+)the\s+year|[yq]\/[yq]|yoy|y-o-y)(?![\p{L}\d])|\bfrom\s+(the\s+(?:(?:same|previous|prior|preceding|\d{1,2}|two|three|four|six|nine|twelve)\s+)+(?:months?|quarters?|period|(?:fiscal\s+)?year)\s+(?:to|ending|ended|through)\s+(?![$€£¥]|\d[\d.,]*\s*(?:%|per|bn|billion|mln|million|trillion)\b)[^,;]{3,40}(?:\d{4}|Q[1-4]))\b|\b(?:from|over|than|on|versus)\s+(?:in\s+)?(the\s+(?:previous|prior|preceding)\s+(?:(?:fiscal|financial)\s+)?(?:year|quarter|month|period)|(?:19|20)\d\d\b(?!\s*(?:[-–/]|to\b|and\b|through\b|until\b)))/giu;
/** "a 7 percent increase on the previous 12 months", "a 6.4 per cent drop from December": a change's starting point named after its noun. */
const CHANGE_FROM = /\b(?:increase|rise|gain|jump|growth|drop|decline|fall|decrease|up|down|higher|lower)\s+(?:on|from|over)\s+((?:the\s+)?(?:previous|prior|preceding)\s+(?:\d{1,2}|two|three|four|five|six|nine|twelve)\s+(?:months|quarters|weeks)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)(?![\p{L}\d])/giu;
/** Only whitespace or "in"/"for" between a figure and a date phrase: the phrase dates that figure. */
const DATES_FIGURE = /^\s*(?:(?:in|for|during)\s+)?$/iu;
const SPAN = 90;

function directionIn(text: string): "increase" | "decrease" | null {
  let found: "increase" | "decrease" | null = null;
  for (const w of words(text)) {
    if (INCREASE.has(w.w)) found = "increase";
    else if (DECREASE.has(w.w)) found = "decrease";
  }
  return found;
}

/** Level or change of a figure, reading the words since the previous figure. */
export function changeOf(text: string, fig: Figure, floor: number): Change {
  const before = text.slice(Math.max(floor, fig.start - SPAN), fig.start);
  const after = text.slice(fig.end, fig.end + 25);
  if (fig.implies === "decrease") return { valueType: "change", direction: "decrease" };
  if (fig.kind === "multiple") return { valueType: "change", direction: fig.implies === "increase" || directionIn(before) !== "decrease" ? "increase" : "decrease" };
  if (LEVEL_BEFORE.test(before)) {
    const noun = CHANGE_NOUN.exec(before);
    if (noun) return { valueType: "change", direction: directionIn(noun[1]!) };
    return { valueType: "level", direction: null };
  }
  // The verb's own clause; "also rose, by 20 percent" reaches past the comma to the verb.
  const clauses = before.split(/[,;]/);
  const clause = /^\s*(?:by|of)?\s*$/iu.test(clauses.at(-1) ?? "") ? clauses.slice(-2).join(",") : (clauses.at(-1) ?? "");
  const dir = directionIn(clause) ?? directionIn(/^\s*[\p{L}-]+/u.exec(after)?.[0] ?? "");
  if (dir || fig.kind === "percent") return { valueType: dir ? "change" : "level", direction: dir };
  return { valueType: "level", direction: null };
}

/** "compared to the same weeks in 2022" → its span and text. Also the adverbial baselines
 * ("year-on-year", "from a year earlier"), except right after a figure, where they date it
 * ("from $1.9 billion a year earlier": the earlier figure's period, not a baseline). */
export function baselinesIn(text: string, sentence: Span, figures: Figure[] = []): (Span & { text: string })[] {
  const local = text.slice(sentence.start, sentence.end);
  const explicit = allMatches(BASELINE, local).map((m) => {
    const inner = m[1]!.replace(/\s+(?:with|and|but|while|was|were|is|are|has|have|had|showed|shows|reached|reaching|rose|fell|grew)\b.*$/su, "").trim();
    const start = sentence.start + m.index + m[0].indexOf(m[1]!);
    return { start, end: start + inner.length, text: inner };
  });
  const adverbial = allMatches(BASELINE_ADVERB, local)
    .map((m) => ({ start: sentence.start + m.index + m[0].length - (m[1] ?? m[2] ?? m[3]!).length, end: sentence.start + m.index + m[0].length, text: m[1] ?? m[2] ?? m[3]! }))
    .filter((b) => !explicit.some((e) => b.start < e.end && e.start < b.end))
    .filter((b) => !/^(?:year|month|quarter|on[- ]|the\s+year$|[yq]\/|yoy|y-o-y)/iu.test(b.text) ? !figures.some((f) => (f.kind === "money" || f.kind === "tonnes") && f.end <= b.start && DATES_FIGURE.test(text.slice(f.end, b.start))) : true);
  const fromChange = allMatches(CHANGE_FROM, local)
    .map((m) => ({ start: sentence.start + m.index + m[0].length - m[1]!.length, end: sentence.start + m.index + m[0].length, text: m[1]! }))
    .filter((b) => ![...explicit, ...adverbial].some((e) => b.start < e.end && e.start < b.end));
  return [...explicit, ...adverbial, ...fromChange].sort((a, b) => a.start - b.start);
}
