/**
 * The committed entity model (data/model/entities.json): weights as data, with how they were made.
 * Validated with zod on load; a bad file raises an error naming the file and the failing field.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { NodeType } from "../../../contracts/graph";
import { LogisticModel } from "./model";
import { ModelFileBase, parseModelFile } from "./weights";

export const ENTITY_MODEL_FILE = fileURLToPath(new URL("../../../data/model/entities.json", import.meta.url));

/** `types`: the types the model scores; `addTypes`: the types whose names it may add (a type gate; all
 * scored types when absent). */
export const EntityModelFile = ModelFileBase.extend({
  types: z.array(NodeType).min(1),
  addTypes: z.array(NodeType).min(1).optional(),
});
export type EntityModelFile = z.infer<typeof EntityModelFile>;

/** Parses an entity model file's JSON text (errors name the file and the field). */
export function parseEntityModel(text: string, file = ENTITY_MODEL_FILE) {
  const m = parseModelFile(text, file, EntityModelFile);
  return {
    model: LogisticModel.fromJSON(m.weights),
    types: m.types,
    addTypes: m.addTypes ?? m.types,
    threshold: m.threshold,
  };
}

export function loadEntityModel(file = ENTITY_MODEL_FILE) {
  return parseEntityModel(readFileSync(file, "utf8"), file);
}
