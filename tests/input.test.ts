import { describe, expect, it } from "vitest";
import { RejectedInputError } from "../lambdas/core/errors";
import { parseMeta, readArticle } from "../lambdas/input/article";
import { htmlToText } from "../lambdas/input/htmlToText";
import { decodeText, normaliseNewlines, toPlainText } from "../lambdas/input/plainText";

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const BOM = "\ufeff";

/** The reason an input is rejected with, or null when it is accepted. */
function rejectionOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof RejectedInputError) return error.reason;
    throw error;
  }
}

describe("Function: decodeText()", () => {
  it.each([
    ["UTF-8 without BOM", utf8("Café in Kyiv"), "Café in Kyiv"],
    ["UTF-8 with BOM (dropped)", utf8(`${BOM}Café in Kyiv`), "Café in Kyiv"],
    ["UTF-16LE with BOM", new Uint8Array([0xff, 0xfe, ...Buffer.from("Kyiv ✓", "utf16le")]), "Kyiv ✓"],
    ["UTF-16BE with BOM", new Uint8Array([0xfe, 0xff, ...Buffer.from("Kyiv ✓", "utf16le").swap16()]), "Kyiv ✓"],
    ["astral characters", utf8("Ship 🚢 sailed"), "Ship 🚢 sailed"],
  ])("decodes %s", (_, bytes, expected) => {
    expect(decodeText(bytes, "a.txt")).toBe(expected);
  });

  it.each([
    ["Latin-1 bytes", new Uint8Array(Buffer.from("caf\xe9", "latin1")), "invalid-encoding"],
    ["a NUL byte", utf8("a\u0000b"), "binary"],
    ["other control bytes", utf8("a\u0001\u0002b"), "binary"],
    ["UTF-16 without BOM", new Uint8Array(Buffer.from("Kyiv", "utf16le")), "binary"],
  ])("rejects %s", (_, bytes, reason) => {
    expect(rejectionOf(() => decodeText(bytes, "a.txt"))).toBe(reason);
  });
});

describe("Function: normaliseNewlines()", () => {
  it.each([
    ["CRLF", "a\r\nb\r\n", "a\nb\n"],
    ["CR", "a\rb\r", "a\nb\n"],
    ["mixed", "a\r\n\rb\nc\r", "a\n\nb\nc\n"],
    ["LF (unchanged)", "a\n\nb", "a\n\nb"],
  ])("turns %s into LF", (_, input, expected) => {
    expect(normaliseNewlines(input)).toBe(expected);
  });
});

describe("Function: toPlainText()", () => {
  it.each([
    ["a.txt", `${BOM}One.\r\nTwo.\rThree.`, "One.\nTwo.\nThree."],
    ["a.md", "# Title\r\n\r\nBody *text*.", "# Title\n\nBody *text*."],
    ["A.TXT", "Upper-case extension.", "Upper-case extension."],
    ["a.htm", "<p>One</p><p>Two</p>", "One\n\nTwo"],
  ])("%s becomes its plain text", (key, input, expected) => {
    expect(toPlainText(utf8(input), key)).toBe(expected);
  });

  it.each([
    ["a.txt", "", "empty"],
    ["a.txt", " \r\n\t ", "empty"],
    ["a.html", "<script>x()</script>", "empty"],
    ["a.pdf", "text", "unsupported-type"],
    ["a.txt.meta.json", "{}", "unsupported-type"],
    ["noextension", "text", "unsupported-type"],
  ])("%s holding %j is rejected as %s", (key, input, reason) => {
    expect(rejectionOf(() => toPlainText(utf8(input), key))).toBe(reason);
  });

  it("keeps the text otherwise byte for byte, so offsets match the file a reader opens", () => {
    const text = "  Indented line.\n\n\tTabbed “quote” — dash…  ";
    expect(toPlainText(utf8(text), "a.txt")).toBe(text);
  });
});

describe("Function: htmlToText()", () => {
  it.each([
    ["named entities", "<p>Salt &amp; pepper &lt;b&gt; &quot;x&quot;</p>", "Salt & pepper <b> \"x\""],
    ["numeric entities", "<p>&#8220;Yes&#8221; &#x2014; &#233;</p>", "“Yes” — é"],
    ["non-breaking space as space", "<p>10&nbsp;percent</p>", "10 percent"],
    ["inline elements joined", "<p>A <b>bold</b> <i>move</i>.</p>", "A bold move."],
    ["whitespace collapsed", "<p>one\n   two\t\tthree</p>", "one two three"],
  ])("decodes %s", (_, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it.each([
    ["script", "<p>Kept.</p><script>var x = '<p>not text</p>';</script>"],
    ["style", "<style>p { color: red }</style><p>Kept.</p>"],
    ["nav", "<nav><a href='/'>Home</a></nav><p>Kept.</p>"],
    ["header and footer", "<header>Brand</header><p>Kept.</p><footer>© 2024</footer>"],
    ["aside, form, button", "<aside>Related</aside><form><button>Go</button></form><p>Kept.</p>"],
    ["head with title", "<html><head><title>Page</title></head><body><p>Kept.</p></body></html>"],
    ["noscript and template", "<noscript>Enable JS</noscript><template><p>tpl</p></template><p>Kept.</p>"],
    ["svg with a script inside", "<svg><script>evil()</script><text>svg text</text></svg><p>Kept.</p>"],
    ["void elements inside skipped blocks", "<nav><img src=x><br><a>Home</a></nav><p>Kept.</p>"],
  ])("removes %s", (_, html) => {
    expect(htmlToText(html)).toBe("Kept.");
  });

  it.each([
    ["paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."],
    ["headings and divs", "<h1>Title</h1><div>Body.</div>", "Title\n\nBody."],
    ["list items", "<ul><li>A</li><li>B</li></ul>", "A\n\nB"],
    ["table rows", "<table><tr><td>A</td></tr><tr><td>B</td></tr></table>", "A\n\nB"],
    ["blockquote", "<p>He said:</p><blockquote>Go.</blockquote>", "He said:\n\nGo."],
    ["br as a line break", "<p>Line one<br>line two</p>", "Line one\nline two"],
    ["no more than one blank line", "<div><div><p>A</p></div></div><p>B</p>", "A\n\nB"],
  ])("turns %s into paragraph breaks", (_, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it("never copies attributes, so inline event handlers and javascript: URLs leave no trace", () => {
    const html =
      `<body onload="evil()"><p onclick="alert('x')" style="color:red">Text.</p>` +
      `<img src="x" onerror="evil()" alt="alt text"><a href="javascript:evil()" onmouseover="evil()">Link</a></body>`;
    const text = htmlToText(html);
    expect(text).toBe("Text.\n\nLink");
    expect(text).not.toMatch(/evil|alert|javascript|onclick|onerror|color/);
  });

  it("treats markup-looking text inside scripts as script, not as tags", () => {
    expect(htmlToText(`<p>A</p><script>document.write("<p>B</p>")</script><p>C</p>`)).toBe("A\n\nC");
  });
});

describe("Function: parseMeta()", () => {
  it.each([
    ["all fields", { title: "T", published: "2024-06-19", url: "https://example.org/a", publisher: "P" }],
    ["nulls", { title: null, published: null, url: null, publisher: null }],
    ["no fields", {}],
    ["month precision", { published: "2024-06" }],
    ["a timestamp", { published: "2024-06-19T10:15:00Z" }],
  ])("accepts %s", (_, meta) => {
    expect(parseMeta(utf8(JSON.stringify(meta)), "a.txt")).toEqual(meta);
  });

  it.each([
    ["not JSON", "{ title: 'x' }", /not valid JSON/],
    ["an array", "[]", /\(root\)/],
    ["an unknown key", '{"titel": "x"}', /titel|unrecognized/i],
    ["a wrong type", '{"title": 42}', /title/],
    ["a date in words", '{"published": "June 19, 2024"}', /published/],
    ["a bad url", '{"url": "example"}', /url/],
  ])("rejects %s with a one-line reason naming the field", (_, body, message) => {
    let error: unknown;
    try {
      parseMeta(utf8(body), "a.txt");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RejectedInputError);
    expect((error as RejectedInputError).reason).toBe("invalid-metadata");
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});

describe("Function: readArticle()", () => {
  it("takes title and published from the sidecar, keeping only the date of a timestamp", () => {
    const meta = utf8(JSON.stringify({ title: "Talks", published: "2024-06-19T10:15:00+02:00" }));
    expect(readArticle(utf8("Body."), "incoming/a.txt", meta)).toEqual({
      sourceKey: "incoming/a.txt",
      text: "Body.",
      title: "Talks",
      published: "2024-06-19",
    });
  });

  it("has null title and date without a sidecar", () => {
    expect(readArticle(utf8("Body."), "incoming/a.txt", null)).toMatchObject({ title: null, published: null });
  });

  it("rejects the article when its sidecar is invalid, so nothing is silently dropped", () => {
    expect(rejectionOf(() => readArticle(utf8("Body."), "incoming/a.txt", utf8("nope")))).toBe("invalid-metadata");
  });
});
