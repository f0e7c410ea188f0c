// Ordering of machine strings (ISO dates, hex ids, version ids) by UTF-16 code
// unit: the same in every locale, and unlike localeCompare it needs no ICU
// collator, whose first use costs ~9 ms of a Lambda cold start.

/** Comparator for Array.prototype.sort: ascending by code unit. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
