// Wire datelines often name the agency: "BRASILIA, May 4 (Reuters) -". The
// shared anchor (dates.ts) reads "CITY, May 4 -" only, so such a story falls
// back to its latest explicit date. When the anchor came from the text alone,
// reading the same text without the agency gives the dateline's date.
import type { Span } from "../context";
import { anchorDateOf } from "../dates";

const AGENCY = /^([ \t]*[A-Z][A-Z .'-]{1,40},[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)([ \t]*\([A-Za-z .&/-]{2,30}\))(?=[ \t]*[-–—])/m;

/** The "CITY, May 4 (Reuters)" part of an agency dateline: its date is the filing date, not a visit's. */
export function agencyDateline(text: string): Span | null {
  const m = AGENCY.exec(text.slice(0, 2000));
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export function visitAnchor(text: string, dateline: Span | null, anchor: string | null): string | null {
  if (!dateline || anchor !== anchorDateOf(text, null)) return anchor;
  const head = text.slice(0, dateline.end).replace(/[ \t]*\([^()]*\)$/u, "");
  return anchorDateOf(head + text.slice(dateline.end), null) ?? anchor;
}
