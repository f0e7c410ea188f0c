/**
 * Orders two S3 event sequencers for the same key: hexadecimal numbers of
 * varying length, so the shorter is left-padded before comparing.
 */
export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const pa = a.toUpperCase().padStart(width, "0");
  const pb = b.toUpperCase().padStart(width, "0");
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}
