// Money written without its currency ("from 4.3 billion in 1985") takes the
// currency of the nearest figure in the sentence that names one, else the
// last currency the article used; with neither it is not a figure at all.
import type { Figure } from "./figureParser";

export function refineUnits(figures: Figure[], lastCurrency: string | null): Figure[] {
  const named = figures.filter((f) => f.kind === "money" && f.unit !== null);
  return figures.flatMap((f) => {
    if (f.kind !== "money" || f.unit !== null) return [f];
    const nearest = named.reduce<Figure | null>((best, g) => (!best || Math.abs(g.start - f.start) < Math.abs(best.start - f.start) ? g : best), null);
    const unit = nearest?.unit ?? lastCurrency;
    return unit ? [{ ...f, unit }] : [];
  });
}
