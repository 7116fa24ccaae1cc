/**
 * The committed model (data/model/relations.json): weights as data, with how they were made.
 * Validated with zod on load; a bad file raises an error naming the file and the failing field.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { RelType } from "../../../contracts/graph";
import { LogisticModel } from "./model";

export const MODEL_FILE = fileURLToPath(new URL("../../../data/model/relations.json", import.meta.url));

export const SchemaEntry = z.object({ type: RelType, source: z.string().min(1), target: z.string().min(1) });
export type SchemaEntry = z.infer<typeof SchemaEntry>;

/** Which pairs are candidates: at most this many clause breaks and characters between the names. */
export const Window = z.object({
  maxClauses: z.number().int().nonnegative(),
  maxDistance: z.number().int().nonnegative(),
});
export type Window = z.infer<typeof Window>;

/** What every committed model file says of itself: how, when and on what it was trained, its weights. */
export const ModelFileBase = z.object({
  description: z.string(),
  trained: z.string(),
  command: z.string(),
  trainingSets: z.array(z.string()),
  documents: z.number().int(),
  examples: z.number().int(),
  positives: z.number().int(),
  features: z.number().int(),
  options: z.record(z.string(), z.number()),
  threshold: z.number().min(0).max(1),
  crossValidation: z.record(z.string(), z.unknown()),
  weights: z.record(z.string(), z.number()),
});

export const RelationModelFile = ModelFileBase.extend({
  window: Window,
  dropThreshold: z.number().min(0).max(1),
  schema: z.array(SchemaEntry),
});
export type RelationModelFile = z.infer<typeof RelationModelFile>;

/** A model file's JSON text checked against its schema (errors name the file and the field). */
export function parseModelFile<T>(text: string, file: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not JSON (${(err as Error).message})`);
  }
  const r = schema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`${file}: ${i?.path.join(".") || "(root)"}: ${i?.message}`);
  }
  return r.data;
}

/**
 * Whether a layer's switch is on: "on" or "off" in the environment variable, its default when unset
 * or empty; any other value is refused, naming the variable.
 */
export function switchedOn(variable: string, value: string | undefined, byDefault: boolean): boolean {
  if (value !== undefined && value !== "" && !/^(on|off)$/.test(value))
    throw new Error(`${variable} must be "on" or "off", got "${value}"`);
  return value === "on" || ((value === undefined || value === "") && byDefault);
}

/** Parses a model file's JSON text (errors name the file and the field). */
export function parseRelationModel(text: string, file = MODEL_FILE) {
  const m = parseModelFile(text, file, RelationModelFile);
  return {
    model: LogisticModel.fromJSON(m.weights),
    schema: m.schema,
    window: m.window,
    threshold: m.threshold,
    dropThreshold: m.dropThreshold,
  };
}

export function loadRelationModel(file = MODEL_FILE) {
  return parseRelationModel(readFileSync(file, "utf8"), file);
}
