import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REL_TYPES } from "../../../../../contracts/graph";
import {
  loadRelationModel,
  MODEL_FILE,
  parseRelationModel,
} from "../../../../../server/extract/learned/weights";

describe("the committed relation model (data/model/relations.json)", () => {
  it("parses, with thresholds, a schema and weights conjoined with relation types (schema ones or rules')", () => {
    const m = loadRelationModel();
    expect(m.threshold).toBeGreaterThan(0);
    expect(m.threshold).toBeLessThanOrEqual(1);
    expect(m.dropThreshold).toBeGreaterThanOrEqual(0);
    expect(m.dropThreshold).toBeLessThan(m.threshold);
    expect(m.schema.length).toBeGreaterThan(0);
    const types = new Set<string>(m.schema.map((s) => s.type));
    for (const f of m.model.weights.keys()) {
      const head = f.slice(0, f.search(/[<>]/));
      if (head.startsWith("rule:")) expect(REL_TYPES as readonly string[], f).toContain(head.slice(5));
      else expect(types.has(head), f).toBe(true);
    }
  });

  it("records how it was trained, never on a held-out set", () => {
    const file = JSON.parse(readFileSync(MODEL_FILE, "utf8"));
    expect(file.command).toBe("npm run train");
    expect(file.trainingSets.length).toBeGreaterThan(0);
    expect(file.trainingSets.filter((s: string) => /heldout/.test(s) && /^real-/.test(s))).toEqual([]);
    expect(file.features).toBe(Object.keys(file.weights).length);
  });

  it("refuses a bad file, naming the file and the failing field", () => {
    const good = JSON.parse(readFileSync(MODEL_FILE, "utf8"));
    expect(() => parseRelationModel("{", "m.json")).toThrow(/m\.json: not JSON/);
    expect(() => parseRelationModel(JSON.stringify({ ...good, threshold: 2 }), "m.json")).toThrow(
      /m\.json: threshold/,
    );
    expect(() =>
      parseRelationModel(
        JSON.stringify({ ...good, schema: [{ type: "NOPE", source: "A", target: "B" }] }),
        "m.json",
      ),
    ).toThrow(/m\.json: schema\.0\.type/);
  });
});
