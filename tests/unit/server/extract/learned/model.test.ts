import { describe, expect, it } from "vitest";
import { type Example, LogisticModel, seeded, train } from "../../../../../server/extract/learned/model";

// An invented, separable problem: "good" marks positives, "bad" negatives; "noise" is on both.
const examples: Example[] = [];
for (let i = 0; i < 40; i++) {
  examples.push({ features: ["bias", "good", i % 2 ? "noise" : "other"], label: 1 });
  examples.push({ features: ["bias", "bad", i % 3 ? "noise" : "other"], label: 0 });
}

describe("logistic regression over sparse features", () => {
  it("learns to separate the classes", () => {
    const m = train(examples);
    expect(m.predict(["bias", "good"])).toBeGreaterThan(0.9);
    expect(m.predict(["bias", "bad"])).toBeLessThan(0.1);
    expect((m.weights.get("good") ?? 0) > 0).toBe(true);
    expect((m.weights.get("bad") ?? 0) < 0).toBe(true);
  });

  it("is deterministic for a seed, and the seed changes the visiting order", () => {
    expect(train(examples).toJSON()).toEqual(train(examples).toJSON());
    expect(train(examples, { seed: 1 }).toJSON()).not.toEqual(train(examples, { seed: 2 }).toJSON());
    const a = seeded(7);
    const b = seeded(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it("leaves out features seen in fewer examples than minCount", () => {
    const m = train([...examples, { features: ["bias", "once"], label: 1 }], { minCount: 2 });
    expect(m.weights.has("once")).toBe(false);
    expect(m.predict(["once"])).toBe(0.5);
  });

  it("round-trips through its JSON weights (rounded, sorted)", () => {
    const m = train(examples);
    const json = m.toJSON();
    expect(Object.keys(json)).toEqual(Object.keys(json).sort());
    const back = LogisticModel.fromJSON(json);
    expect(back.predict(["bias", "good"])).toBeCloseTo(m.predict(["bias", "good"]), 3);
  });
});
