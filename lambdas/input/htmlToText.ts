// HTML → readable text: entities decoded, no scripts, styles or page chrome,
// block elements as paragraph breaks. htmlparser2 never executes anything.
import { Parser } from "htmlparser2";

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "svg", "canvas",
  "head", "nav", "header", "footer", "aside", "form", "button", "select", "menu",
]);
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
  "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
  "figcaption", "hr", "address", "details", "summary",
]);
/** Void elements never get a closing tag, so they must not enter the skip depth. */
const VOID = new Set(["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"]);

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipDepth > 0 || SKIPPED.has(name)) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        if (name === "br") parts.push("\n");
        else if (BLOCKS.has(name)) parts.push("\n\n");
      },
      ontext(text) {
        if (skipDepth === 0) parts.push(text.replace(/\s+/g, " "));
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--;
          return;
        }
        if (BLOCKS.has(name)) parts.push("\n\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join("")
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
