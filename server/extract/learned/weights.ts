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

export const RelationModelFile = z.object({
  description: z.string(),
  trained: z.string(),
  command: z.string(),
  trainingSets: z.array(z.string()),
  documents: z.number().int(),
  examples: z.number().int(),
  positives: z.number().int(),
  features: z.number().int(),
  options: z.record(z.string(), z.number()),
  window: Window,
  threshold: z.number().min(0).max(1),
  dropThreshold: z.number().min(0).max(1),
  crossValidation: z.record(z.string(), z.unknown()),
  schema: z.array(SchemaEntry),
  weights: z.record(z.string(), z.number()),
});
export type RelationModelFile = z.infer<typeof RelationModelFile>;

/** Parses a model file's JSON text (errors name the file and the field). */
export function parseRelationModel(text: string, file = MODEL_FILE) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not JSON (${(err as Error).message})`);
  }
  const r = RelationModelFile.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`${file}: ${i?.path.join(".") || "(root)"}: ${i?.message}`);
  }
  const m = r.data;
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
