import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NODE_TYPES } from "../../../../../contracts/graph";
import {
  ENTITY_MODEL_FILE,
  loadEntityModel,
  parseEntityModel,
} from "../../../../../server/extract/learned/entity-weights";

describe("the committed entity model (data/model/entities.json)", () => {
  it("parses, with a threshold, its types and weights conjoined with those types", () => {
    const m = loadEntityModel();
    expect(m.threshold).toBeGreaterThan(0);
    expect(m.threshold).toBeLessThanOrEqual(1);
    for (const t of m.types) expect(NODE_TYPES as readonly string[]).toContain(t);
    // the type gate adds only scored types
    for (const t of m.addTypes) expect(m.types).toContain(t);
    for (const f of m.model.weights.keys())
      expect(m.types as readonly string[], f).toContain(f.slice(0, f.indexOf("|")));
  });

  it("records how it was trained, never on a held-out set", () => {
    const file = JSON.parse(readFileSync(ENTITY_MODEL_FILE, "utf8"));
    expect(file.command).toBe("npm run train:entities");
    expect(file.trainingSets.filter((s: string) => /heldout/.test(s) && /^real-/.test(s))).toEqual([]);
    expect(file.features).toBe(Object.keys(file.weights).length);
  });

  it("refuses a bad file, naming the file and the failing field", () => {
    const good = JSON.parse(readFileSync(ENTITY_MODEL_FILE, "utf8"));
    expect(() => parseEntityModel("{", "m.json")).toThrow(/m\.json: not JSON/);
    expect(() => parseEntityModel(JSON.stringify({ ...good, threshold: 2 }), "m.json")).toThrow(
      /m\.json: threshold/,
    );
    expect(() => parseEntityModel(JSON.stringify({ ...good, types: ["Planet"] }), "m.json")).toThrow(
      /m\.json: types\.0/,
    );
    expect(() => parseEntityModel(JSON.stringify({ ...good, addTypes: ["Planet"] }), "m.json")).toThrow(
      /m\.json: addTypes\.0/,
    );
  });
});
