// Frictionless Table Schema and JSON Schema, both derived from the zod schemas.
import * as z from "zod/mini";
import { columnsOf, RECORD_SCHEMAS, type RecordKind } from "../core/schemas";

interface JsonSchemaProperty {
  type?: string | string[];
  anyOf?: JsonSchemaProperty[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  description?: string;
}

export const jsonSchemaOf = (kind: RecordKind) => z.toJSONSchema(RECORD_SCHEMAS[kind], { target: "draft-2020-12" });

export interface TableSchemaField {
  name: string;
  type: "string" | "number" | "integer";
  description?: string;
  constraints: { required: boolean; enum?: unknown[]; pattern?: string; minimum?: number; maximum?: number };
}

export function tableSchemaOf(kind: RecordKind) {
  const schema = jsonSchemaOf(kind) as { properties: Record<string, JsonSchemaProperty> };
  const fields: TableSchemaField[] = columnsOf(kind).map((name) => {
    const property = schema.properties[name]!;
    // zod writes a nullable field as anyOf [the type, null] or type [t, "null"]; null is an empty CSV cell.
    const variants = property.anyOf ?? [property];
    const concrete = variants.find((v) => v.type !== "null") ?? property;
    const types = variants.flatMap((v) => v.type ?? []);
    const nullable = types.includes("null");
    const type = types.includes("integer") ? "integer" : types.includes("number") ? "number" : "string";
    const constraints: TableSchemaField["constraints"] = { required: !nullable };
    if (concrete.enum) constraints.enum = concrete.enum.filter((v) => v !== null);
    if (concrete.pattern) constraints.pattern = concrete.pattern;
    if (concrete.minimum !== undefined) constraints.minimum = concrete.minimum;
    // zod writes the safe-integer bound on every integer: not a constraint worth stating.
    if (concrete.maximum !== undefined && concrete.maximum < Number.MAX_SAFE_INTEGER) constraints.maximum = concrete.maximum;
    return { name, type, ...(property.description ?? concrete.description ? { description: property.description ?? concrete.description } : {}), constraints };
  });
  return {
    $schema: "https://datapackage.org/profiles/2.0/tableschema.json",
    fields,
    primaryKey: ["id"],
    missingValues: [""],
  };
}
