import { describe, expect, it } from "vitest";
import type { NodeType } from "../../../../../contracts/graph";
import {
  bestType,
  crossValidateEntities,
  fitEntities,
} from "../../../../../server/extract/learned/entity-crossval";
import type { LabelledEntity } from "../../../../../server/extract/learned/entity-dataset";

// An invented training set: names ending in 镇 are cities, names ending in 路 are no names at all.
function example(doc: string, last: string, positive: NodeType[]): LabelledEntity {
  return {
    doc,
    features: ["bias", `last1:${last}`, `src:word`],
    positive,
    ids: {},
    inside: [],
  } as unknown as LabelledEntity;
}
const DATA = ["a", "b", "c", "d"].flatMap((doc) => [
  example(doc, "镇", ["City"]),
  example(doc, "镇", ["City"]),
  example(doc, "路", []),
  example(doc, "路", []),
  example(doc, "会", ["Organization"]),
  example(doc, "会", ["Organization"]),
]);

describe("training the learned entity layer", () => {
  it("learns the invented pattern: the type and the non-names", () => {
    const f = fitEntities(DATA, { epochs: 30 });
    expect(f.types).toEqual(["City", "Organization"]);
    const town = bestType(f, { features: ["bias", "last1:镇", "src:word"] });
    const org = bestType(f, { features: ["bias", "last1:会", "src:word"] });
    const road = bestType(f, { features: ["bias", "last1:路", "src:word"] });
    expect(town.type).toBe("City");
    expect(town.p).toBeGreaterThan(0.7);
    expect(org.type).toBe("Organization");
    expect(road.p).toBeLessThan(0.3);
  });

  it("is deterministic: the same data gives the same weights", () => {
    expect(fitEntities(DATA, {}).model.toJSON()).toEqual(fitEntities(DATA, {}).model.toJSON());
  });

  it("scores each fold with a model that never saw it", () => {
    const corpus = { dir: "x", graph: {} as never, records: [], golds: [], cands: DATA };
    // one fold per document: the others teach the pattern
    const byDoc = crossValidateEntities([corpus], { epochs: 30 }, (_, doc) => doc);
    expect(DATA.filter((c) => c.positive.length > 0).every((c) => (byDoc.get(c)?.p ?? 0) > 0.5)).toBe(true);
    // one fold of everything: nothing to learn from, no type, probability 0
    const all = crossValidateEntities([corpus], { epochs: 30 }, () => "all");
    expect([...all.values()].every((s) => s.p === 0)).toBe(true);
  });
});
