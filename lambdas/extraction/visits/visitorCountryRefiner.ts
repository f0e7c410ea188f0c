// A visitor whose country the text never ties to them ("Commerce Minister X flew to Beijing") takes the country of
// the same visitor's other visits; else, in an article about two countries, the other one of the pair when the
// host is one of them: a story about Pakistan and China tells of Pakistanis in China and Chinese in Pakistan. What
// the pair gives a visitor holds for the same visitor's other visits too.
import type { VisitRecord } from "../../core/schemas";
import { byCodeUnit } from "../../core/order";
import type { ArticleContext } from "../context";
import { countriesIn } from "../countries";

/** The article's two most-named countries, when they lead: a third named as often leaves no clear pair. */
export function mainPair(ctx: ArticleContext): [string, string] | null {
  const counts = new Map<string, number>();
  for (const s of ctx.sentences) for (const c of countriesIn(s)) counts.set(c.iso3, (counts.get(c.iso3) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]));
  if (ranked.length < 2 || (ranked.length > 2 && ranked[2]![1] >= ranked[1]![1])) return null;
  return [ranked[0]![0], ranked[1]![0]];
}

export function fillVisitorCountries(records: VisitRecord[], pair: [string, string] | null): VisitRecord[] {
  const known = new Map<string, string>();
  for (const r of records) if (r.visitor_country && !known.has(r.visitor)) known.set(r.visitor, r.visitor_country);
  const other = (host: string) => (pair?.[0] === host ? pair[1] : pair?.[1] === host ? pair[0] : null);
  const filled = records.map((r) => {
    if (r.visitor_country) return r;
    const country = known.get(r.visitor) ?? other(r.host_country);
    return country ? { ...r, visitor_country: country } : r;
  });
  // A person keeps one country: the legs of a tour beyond the pair ("through Accra, Lomé and Cotonou") take the one the pair gave.
  for (const r of filled) if (r.visitor_country && !known.has(r.visitor)) known.set(r.visitor, r.visitor_country);
  return filled.map((r) => (r.visitor_country || !known.has(r.visitor) ? r : { ...r, visitor_country: known.get(r.visitor)! }));
}
