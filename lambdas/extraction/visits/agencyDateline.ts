// Wire datelines often name the agency: "BRASILIA, May 4 (Reuters) -". That
// date is when the story was filed, so no visit takes it (dates.ts reads it
// as the article's anchor).
import type { Span } from "../context";

const AGENCY = /^([ \t]*[A-Z][A-Z .'-]{1,40},[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)([ \t]*\([A-Za-z .&/-]{2,30}\))(?=[ \t]*[-–—])/m;

/** The "CITY, May 4 (Reuters)" part of an agency dateline: its date is the filing date, not a visit's. */
export function agencyDateline(text: string): Span | null {
  const m = AGENCY.exec(text.slice(0, 2000));
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
