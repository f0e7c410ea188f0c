// Money written without its currency ("from 4.3 billion in 1985") takes the
// currency of the nearest figure in the sentence that names one, else the
// last currency the article used; with neither it is not a figure at all.
// A currency word written without its country ("9,800 million pesos") is the
// trading pair's own when one of the two has one (Chile–India: CLP); a word
// no country owns alone ("shillings") is money only when one of the two does.
import currencies from "../../../data/gazetteer/currencies.json";
import { findCountries } from "../countries";
import { QUALIFIED, QUALIFIED_ONLY, WORD_CODE, type Figure } from "./figureParser";

const SHARED_SYMBOLS = new Set<string>(currencies.sharedSymbols);
const LAST_WORD = /([\p{L}]+)\s*$/u;
const FIRST_SYMBOL = /^(\S+?)\s?\d/u;

export function refineUnits(figures: Figure[], lastCurrency: string | null): Figure[] {
  const named = figures.filter((f) => f.kind === "money" && f.unit !== null);
  return figures.flatMap((f) => {
    if (f.kind !== "money" || f.unit !== null || f.openWord) return [f];
    const nearest = named.reduce<Figure | null>((best, g) => (!best || Math.abs(g.start - f.start) < Math.abs(best.start - f.start) ? g : best), null);
    const unit = nearest?.unit ?? lastCurrency;
    return unit ? [{ ...f, unit }] : [];
  });
}

/**
 * The figure's currency for trade between `a` and `b`: an unqualified currency word ("pesos", "rupees") or "Rs" becomes
 * the pair's own; "shillings" is Kenya's or Uganda's only in trade with one of them, else null (no figure).
 */
export function pairCurrency(text: string, fig: Figure, a: string, b: string): string | null {
  if (fig.openWord) {
    const own = new Set([QUALIFIED_ONLY[fig.openWord]?.[a], QUALIFIED_ONLY[fig.openWord]?.[b]].filter((c): c is string => c !== undefined));
    return own.size === 1 ? [...own][0]! : null;
  }
  if (fig.kind !== "money" || fig.unit === null || fig.unit === "USD") return fig.unit;
  const written = text.slice(fig.start, fig.end);
  const word = LAST_WORD.exec(written)?.[1]?.toLowerCase();
  // Only a word's default currency or a shared symbol is open: "Argentine pesos" already named its country.
  const open = (word !== undefined && WORD_CODE[word] === fig.unit) || SHARED_SYMBOLS.has(FIRST_SYMBOL.exec(written)?.[1] ?? "");
  if (!open) return fig.unit;
  const own = new Set([QUALIFIED[fig.unit]?.[a], QUALIFIED[fig.unit]?.[b]].filter((c): c is string => c !== undefined));
  if (own.size <= 1) return own.size === 1 ? [...own][0]! : fig.unit;
  // Both parties have one ("Sh2.4 trillion" between Tanzania and Uganda): the country the text adds says which
  // ("(in Tanzanian shillings)"); else the default stands only if it is a party's own.
  const named = QUALIFIER_AFTER.exec(text.slice(fig.end, fig.end + 40));
  const iso3 = named ? findCountries(named[1]!)[0]?.iso3 : undefined;
  const code = iso3 ? QUALIFIED[fig.unit]?.[iso3] : undefined;
  if (code && own.has(code)) return code;
  return own.has(fig.unit) ? fig.unit : null;
}

/** "(in Tanzanian shillings)", "(Ugandan shillings)": the country of an ambiguous symbol, right after the figure. */
const QUALIFIER_AFTER = /^\s*\((?:in\s+)?([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+\p{Ll}+\)/u;
