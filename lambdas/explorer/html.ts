// Safe by construction: every value put into markup goes through `html`, which
// escapes it unless it is already markup built the same way.

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for element content and quoted attribute values alike. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const render = (value: unknown): string => {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
};

/** A template tag: literal parts are markup, interpolated values are text (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return new Html(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ""), ""));
}

/** Markup this module did not build: only for the page's own stylesheet and script. */
export const trusted = (text: string) => new Html(text);

/**
 * JSON to embed in <script type="application/json">: `<`, `>` and `&` escaped so
 * no `</script>` or `<!--` can end the block, U+2028/2029 so older parsers cope.
 */
export const jsonForScript = (value: unknown) =>
  trusted(JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));

/** Relative links to the lake's own files, from checked names (version ids, file names): never a scheme, never article data. */
export function fileHref(...segments: string[]): string {
  for (const s of segments) if (s !== ".." && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s)) throw new Error(`not a file name for a link: ${JSON.stringify(s)}`);
  return segments.join("/");
}
