// TEMPORARY STUB, replaced by the date module.
export function anchorDateOf(_text: string, published: string | null): string | null {
  return published;
}
