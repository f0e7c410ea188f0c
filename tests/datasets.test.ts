import { describe, expect, it } from "vitest";
import { columnsOf, RECORD_KINDS, RECORD_SCHEMAS, type RecordKind } from "../lambdas/core/schemas";
import { toCsv } from "../lambdas/datasets/csv";
import { dataFiles, RowSerializer } from "../lambdas/datasets/dataFiles";
import { dataPackage } from "../lambdas/datasets/datapackage";
import { jsonSchemaOf, tableSchemaOf } from "../lambdas/datasets/tableSchema";
import { sha256Hex } from "../lambdas/core/article";
import { expectedCsvRows, parseCsv } from "./helpers/csvRows";
import { makeQuote, makeTrade, makeVisit } from "./helpers/records";

const SAMPLE_ROWS: Record<RecordKind, object[]> = {
  trade: [makeTrade(), makeTrade({ id: "t2", value: null, unit: null, goods: "=SUM(A1:A9)", compared_to: "same months, 2023" })],
  visits: [makeVisit(), makeVisit({ id: "v2", count: 18, purpose: 'talks on "2+2" dialogue\nand trade' })],
  quotes: [makeQuote(), makeQuote({ id: "q2", text: "-10% is fine, “he” said", speaker: null, speaker_type: "unknown", speaker_role: null, speaker_country: null })],
};

describe("Function: toCsv()", () => {
  it.each([
    ["=", "=HYPERLINK(\"http://x\")"],
    ["+", "+1 555 0100"],
    ["-", "-2+3"],
    ["@", "@SUM(A1)"],
    ["tab", "\tcmd"],
    ["CR", "\rcmd"],
    ["= with a newline inside", "=1+1\nsecond line"],
  ])("escapes a cell starting with %s by a leading apostrophe", (_, cell) => {
    const { rows } = parseCsv(toCsv("quotes", [makeQuote({ text: cell })]));
    expect(rows[0]?.[columnsOf("quotes").indexOf("text")]).toBe(`'${cell}`);
  });

  it.each([
    ["a comma", "a, b"],
    ["double quotes", 'he said "no"'],
    ["a newline", "line one\nline two"],
    ["CRLF", "line one\r\nline two"],
    ["a leading space", " padded "],
    ["non-ASCII", "Zürich – 北京 🚢"],
    ["an apostrophe first", "'quoted'"],
    ["a formula sign later", "a=b+c-d@e"],
  ])("keeps a cell with %s as it is", (_, cell) => {
    const { rows, errors } = parseCsv(toCsv("quotes", [makeQuote({ text: cell })]));
    expect(errors).toEqual([]);
    expect(rows[0]?.[columnsOf("quotes").indexOf("text")]).toBe(cell);
  });

  it.each(RECORD_KINDS)("writes %s columns in the schema's field order, then rows that parse back", (kind) => {
    const csv = toCsv(kind, SAMPLE_ROWS[kind]);
    const { header, rows, errors } = parseCsv(csv);
    expect(errors).toEqual([]);
    expect(header).toEqual(Object.keys(RECORD_SCHEMAS[kind].shape));
    expect(rows).toEqual(expectedCsvRows(header, SAMPLE_ROWS[kind] as Record<string, unknown>[]));
  });

  it("writes null as an empty cell and numbers as numbers", () => {
    const { rows } = parseCsv(toCsv("trade", [makeTrade({ value: 0.5, unit: null, goods: null })]));
    const cell = (name: string) => rows[0]?.[columnsOf("trade").indexOf(name)];
    expect([cell("value"), cell("unit"), cell("goods"), cell("char_end")]).toEqual(["0.5", "", "", "10"]);
  });

  it("ends every record with CRLF, and a file with no rows is its header line alone", () => {
    const empty = toCsv("visits", []);
    expect(empty).toBe(`${columnsOf("visits").join(",")}\r\n`);
    const one = toCsv("visits", [makeVisit()]);
    expect(one.endsWith("\r\n")).toBe(true);
    expect(one.split("\r\n")).toHaveLength(3);
  });

  it("is UTF-8 without a byte order mark", () => {
    expect(toCsv("quotes", [makeQuote({ text: "é" })]).charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe("Function: jsonSchemaOf()", () => {
  it.each(RECORD_KINDS)("lists every %s field, in order, and requires all of them", (kind) => {
    const schema = jsonSchemaOf(kind) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(columnsOf(kind));
    expect([...schema.required].sort()).toEqual([...columnsOf(kind)].sort());
  });

  it("carries the zod constraints: enums, patterns, bounds, nullability", () => {
    const props = (jsonSchemaOf("trade") as { properties: Record<string, Record<string, unknown>> }).properties;
    expect(JSON.stringify(props.direction)).toContain('"enum":["bilateral","a_to_b"]');
    expect(JSON.stringify(props.country_a)).toContain("^[A-Z]{3}$");
    expect(JSON.stringify(props.confidence)).toMatch(/"minimum":0.*"maximum":1/);
    expect(JSON.stringify(props.value)).toContain('"null"');
  });
});

describe("Function: tableSchemaOf()", () => {
  it.each(RECORD_KINDS)("has one %s field per schema field, in order, with id as the primary key", (kind) => {
    const schema = tableSchemaOf(kind);
    expect(schema.fields.map((f) => f.name)).toEqual(columnsOf(kind));
    expect(schema.primaryKey).toEqual(["id"]);
    expect(schema.missingValues).toEqual([""]);
  });

  it.each(RECORD_KINDS)("derives %s field types and required from zod: nullable fields are optional", (kind) => {
    const shape = RECORD_SCHEMAS[kind].shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
    for (const field of tableSchemaOf(kind).fields) {
      expect(field.constraints.required, field.name).toBe(!shape[field.name]!.safeParse(null).success);
      const accepts = (value: unknown) => shape[field.name]!.safeParse(value).success;
      if (field.type === "integer") expect(accepts(1.5), field.name).toBe(false);
      if (field.type === "string") expect(accepts(1), field.name).toBe(false);
    }
  });

  it.each([
    ["trade", "value", "number", false],
    ["trade", "char_start", "integer", true],
    ["trade", "direction", "string", true],
    ["visits", "count", "integer", true],
    ["visits", "visitor_country", "string", false],
    ["quotes", "confidence", "number", true],
  ] as const)("%s.%s is a %s, required: %s", (kind, name, type, required) => {
    const field = tableSchemaOf(kind).fields.find((f) => f.name === name);
    expect(field).toMatchObject({ type, constraints: { required } });
  });

  it("keeps enums without null and the ISO3 pattern", () => {
    const fields = tableSchemaOf("trade").fields;
    expect(fields.find((f) => f.name === "value_type")?.constraints.enum).toEqual(["level", "change"]);
    expect(fields.find((f) => f.name === "country_b")?.constraints.pattern).toBe("^[A-Z]{3}$");
    expect(fields.find((f) => f.name === "confidence")?.constraints).toMatchObject({ minimum: 0, maximum: 1 });
  });
});

describe("Function: dataFiles()", () => {
  const json = (rows: object[]) => JSON.stringify(rows, null, 2) + "\n";
  // The sample rows split over three articles, one of them without any.
  const articles = () => {
    const serializer = new RowSerializer();
    return [
      serializer.rowsOf({ trade: SAMPLE_ROWS.trade.slice(0, 1), visits: [], quotes: SAMPLE_ROWS.quotes }),
      serializer.rowsOf({ trade: [], visits: [], quotes: [] }),
      serializer.rowsOf({ trade: SAMPLE_ROWS.trade.slice(1), visits: SAMPLE_ROWS.visits, quotes: [] }),
    ];
  };

  it("writes, article by article, exactly the bytes of serializing all rows at once", () => {
    const files = dataFiles(articles());
    expect(files.map((f) => f.path)).toEqual(RECORD_KINDS.flatMap((kind) => [`${kind}.csv`, `${kind}.json`]));
    for (const file of files) {
      const expected = file.format === "csv" ? toCsv(file.kind, SAMPLE_ROWS[file.kind]) : json(SAMPLE_ROWS[file.kind]);
      expect(file.takeBody().toString("utf8")).toBe(expected);
      expect(file.rows).toBe(SAMPLE_ROWS[file.kind].length);
    }
  });

  it("writes a header alone and an empty array when there are no rows", () => {
    for (const articles of [[], [new RowSerializer().rowsOf({ trade: [], visits: [], quotes: [] })]]) {
      for (const file of dataFiles(articles)) expect(file.takeBody().toString("utf8")).toBe(file.format === "csv" ? toCsv(file.kind, []) : "[]\n");
    }
  });

  it("describes each file with its UTF-8 byte count and sha256:<hex>, and gives its bytes once", () => {
    for (const file of dataFiles(articles())) {
      const body = file.takeBody();
      expect(file.bytes).toBe(body.length);
      expect(file.hash).toBe(`sha256:${sha256Hex(body)}`);
      if (file.rows > 0) expect(() => file.takeBody()).toThrow(/taken already/);
    }
  });
});

describe("Function: dataPackage()", () => {
  const files = dataFiles([new RowSerializer().rowsOf(SAMPLE_ROWS)]);
  const descriptor = dataPackage("20240621T101500Z-3fa9c2d1", "2024-06-21T10:15:00.000Z", files);

  it("describes each file with UTF-8 byte count and sha256:<hex>", () => {
    for (const file of files) {
      const resource = descriptor.resources.find((r) => r.path === file.path);
      const body = file.takeBody();
      expect(resource).toMatchObject({ bytes: body.length, hash: `sha256:${sha256Hex(body)}`, rows: file.rows });
    }
  });

  it("is a v2 Data Package whose resources each carry a Table Schema, CSV a dialect and JSON a JSON Schema", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(descriptor.resources.map((r) => r.name)).toEqual(files.map((f) => `${f.kind}-${f.format}`));
    for (const resource of descriptor.resources) {
      expect(resource.schema.fields.length).toBeGreaterThan(0);
      if (resource.format === "csv") expect(resource).toHaveProperty("dialect.header", true);
      else expect(resource).toHaveProperty("jsonSchema.items.properties");
    }
  });
});
