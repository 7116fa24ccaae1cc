import { afterEach, describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import {
  learnedEntityLayerFromEnv,
  pickEntities,
  setLearnedEntityLayer,
  trainedEntityLayer,
} from "../../../../../server/extract/learned/entity-classify";
import { LogisticModel } from "../../../../../server/extract/learned/model";

// Invented sentences; the model is hand-written (weights chosen for the test).
const quoteModel = (w: number, addTypes?: ("City" | "Corridor")[]) =>
  trainedEntityLayer({
    model: LogisticModel.fromJSON({ "Corridor|src:quote": w, "Corridor|bias": -2, "City|bias": -3 }),
    types: ["City", "Corridor"],
    ...(addTypes ? { addTypes } : {}),
    threshold: 0.5,
  });

describe("the learned entity layer", () => {
  afterEach(() => setLearnedEntityLayer(learnedEntityLayerFromEnv()));

  it("keeps the better of overlapping candidates at or above the threshold", () => {
    const s = (cs: number, ce: number, p: number) => ({ c: { cs, ce }, p });
    const picked = pickEntities([s(0, 4, 0.6), s(2, 6, 0.9), s(6, 8, 0.7), s(9, 10, 0.4)], 0.5);
    expect(picked.map((x) => [x.c.cs, x.c.ce])).toEqual([
      [2, 6],
      [6, 8],
    ]);
  });

  it("adds the names it scores above the threshold, quoting the text they were read from", () => {
    const text = "甲乙公司开行“丙丁戊快线”后，货物经此运往各地。";
    setLearnedEntityLayer(null);
    const before = extractDocument("x.txt", text).mentions.map((m) => m.node);
    expect(before).not.toContain("Corridor:丙丁戊快线");
    setLearnedEntityLayer(quoteModel(6));
    const g = extractDocument("x.txt", text);
    const m = g.mentions.find((x) => x.node === "Corridor:丙丁戊快线");
    expect(m).toBeDefined();
    expect(text.slice(m?.start, m?.end)).toBe(m?.surface);
    expect(m?.surface).toBe("丙丁戊快线");
    // below the threshold: nothing is added
    setLearnedEntityLayer(quoteModel(1));
    expect(extractDocument("x.txt", text).mentions.map((x) => x.node)).toEqual(before);
  });

  it("adds only names of the types its gate lets through", () => {
    const text = "甲乙公司开行“丙丁戊快线”后，货物经此运往各地。";
    setLearnedEntityLayer(quoteModel(6, ["Corridor"]));
    expect(extractDocument("x.txt", text).mentions.map((m) => m.node)).toContain("Corridor:丙丁戊快线");
    setLearnedEntityLayer(quoteModel(6, ["City"]));
    expect(extractDocument("x.txt", text).mentions.map((m) => m.node)).not.toContain("Corridor:丙丁戊快线");
  });

  it("is off by default and refuses a bad switch value, naming the variable", () => {
    expect(learnedEntityLayerFromEnv("")).toBeNull();
    expect(learnedEntityLayerFromEnv("off")).toBeNull();
    expect(learnedEntityLayerFromEnv("on")).not.toBeNull();
    expect(() => learnedEntityLayerFromEnv("yes")).toThrow(/ZONEGRAPH_LEARNED_ENTITIES/);
  });
});
