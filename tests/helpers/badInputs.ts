// Uploads a user might send, each with what the pipeline must do with it.
// Shared by tests/robustness.badInput.test.ts and scripts/checkRobustness.ts.
import type { RejectReason } from "../../lambdas/core/errors";
import { MAX_FILE_BYTES, MAX_TEXT_BYTES } from "../../lambdas/input/plainText";

export interface BadInput {
  case: string;
  /** The name under incoming/. */
  name: string;
  /** The object's bytes; null when a local folder cannot hold such a key (only an S3 event can name it). */
  body: Uint8Array | null;
  meta?: string;
  expect: { status: "rejected"; reason: RejectReason } | { status: "extracted"; textHas?: string[]; textLacks?: string[] };
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));
const utf16 = (text: string, endian: "le" | "be") => {
  const le = Buffer.from(text, "utf16le");
  if (endian === "be") le.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), le]));
};
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];
const GOOD = "Officials in Lima said trade with Peru's neighbours grew last year.";
const rejected = (reason: RejectReason) => ({ status: "rejected", reason }) as const;

export const BAD_INPUTS: readonly BadInput[] = [
  { case: "empty file", name: "empty.txt", body: utf8(""), expect: rejected("empty") },
  { case: "whitespace only", name: "blank.txt", body: utf8(" \n\t\r\n  \u00a0 "), expect: rejected("empty") },
  { case: "HTML with no text", name: "shell.html", body: utf8("<html><script>x()</script><nav>Home</nav></html>"), expect: rejected("empty") },
  { case: "NUL bytes", name: "nul.txt", body: utf8("Text\u0000with NUL"), expect: rejected("binary") },
  { case: "PNG image named .txt", name: "photo.txt", body: bytes(PNG_HEADER), expect: rejected("binary") },
  { case: "PNG image", name: "photo.png", body: bytes(PNG_HEADER), expect: rejected("unsupported-type") },
  { case: "invalid UTF-8 (Latin-1)", name: "latin1.txt", body: bytes("Caf\xe9 talks in Quito."), expect: rejected("invalid-encoding") },
  { case: "truncated UTF-8 sequence", name: "cut.txt", body: bytes("Talks in ", [0xe2, 0x80]), expect: rejected("invalid-encoding") },
  { case: "UTF-16LE with BOM", name: "utf16le.txt", body: utf16(GOOD, "le"), expect: { status: "extracted", textHas: [GOOD] } },
  { case: "UTF-16BE with BOM", name: "utf16be.txt", body: utf16(GOOD, "be"), expect: { status: "extracted", textHas: [GOOD] } },
  { case: "UTF-16 without BOM", name: "utf16-nobom.txt", body: new Uint8Array(Buffer.from(GOOD, "utf16le")), expect: rejected("binary") },
  { case: "file over the size limit", name: "huge.txt", body: new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), expect: rejected("too-large") },
  { case: "text over the size limit", name: "long.txt", body: new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61), expect: rejected("too-large") },
  {
    case: "HTML page over the text limit in markup, under it in text",
    name: "heavy.html",
    body: utf8(`<html><script>${"x".repeat(MAX_TEXT_BYTES)}</script><p>${GOOD}</p></html>`),
    expect: { status: "extracted", textHas: [GOOD] },
  },
  { case: "unsupported extension", name: "report.pdf", body: utf8(GOOD), expect: rejected("unsupported-type") },
  { case: "no extension", name: "README", body: utf8(GOOD), expect: rejected("unsupported-type") },
  { case: "malformed .meta.json", name: "bad-meta.txt", body: utf8(GOOD), meta: "{ title: oops", expect: rejected("invalid-metadata") },
  { case: "meta.json not an object", name: "list-meta.txt", body: utf8(GOOD), meta: "[1, 2]", expect: rejected("invalid-metadata") },
  { case: "meta.json bad date", name: "date-meta.txt", body: utf8(GOOD), meta: '{"published": "last Tuesday"}', expect: rejected("invalid-metadata") },
  { case: "meta.json unknown field", name: "typo-meta.txt", body: utf8(GOOD), meta: '{"titel": "x"}', expect: rejected("invalid-metadata") },
  { case: "meta.json bad url", name: "url-meta.txt", body: utf8(GOOD), meta: '{"url": "not a url"}', expect: rejected("invalid-metadata") },
  {
    case: "HTML with scripts, styles, handlers",
    name: "hostile.html",
    body: utf8(
      `<html><head><style>body{background:url(javascript:evil())}</style><script>steal(document.cookie)</script></head>` +
        `<body onload="evil()"><p onclick="alert('pwned')">Visible text stays.</p><img src=x onerror="evil()">` +
        `<a href="javascript:evil()" onmouseover="evil()">Link text stays</a><noscript>no script</noscript>` +
        `<iframe src="https://evil.example"></iframe><svg><script>evil()</script></svg></body></html>`,
    ),
    expect: {
      status: "extracted",
      textHas: ["Visible text stays.", "Link text stays"],
      textLacks: ["evil", "alert", "onclick", "script", "cookie", "javascript", "background", "<"],
    },
  },
  { case: "key with ../", name: "../escape.txt", body: null, expect: rejected("invalid-key") },
  { case: "key with ./ and //", name: "a/./b//c.txt", body: null, expect: rejected("invalid-key") },
  { case: "key with a backslash", name: "dir\\file.txt", body: null, expect: rejected("invalid-key") },
  { case: "key with a control character", name: "bell\u0007.txt", body: utf8(GOOD), expect: rejected("invalid-key") },
  { case: "very long name (250 chars)", name: `${"n".repeat(246)}.txt`, body: utf8(GOOD), expect: { status: "extracted" } },
  { case: "very long name, bad content", name: `${"e".repeat(246)}.txt`, body: utf8(""), expect: rejected("empty") },
  { case: "unusual characters in name", name: "Zürich – 北京 «report» #1 %20 (final)? 🚢 it's.txt", body: utf8(GOOD), expect: { status: "extracted" } },
  { case: "spaces and dots in name", name: " .hidden  name..txt", body: utf8(GOOD), expect: { status: "extracted" } },
  { case: "article with no records", name: "weather.txt", body: utf8("The weather was mild and the market opened late."), expect: { status: "extracted" } },
];

/** Well-formed articles to mix the bad ones with. */
export const GOOD_ARTICLES: readonly { name: string; body: string }[] = [
  { name: "good-one.txt", body: "Trade between Chile and Peru rose 4 percent in 2023, officials said.\n" },
  { name: "good-two.md", body: "# Talks\n\n“We will return in June,” the Mexican envoy said in Ottawa.\n" },
  { name: "good-three.html", body: "<p>Ghana and Togo signed a border trade accord on Friday.</p>" },
];
