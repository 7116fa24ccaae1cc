import { afterEach, describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import {
  bestPerPair,
  candidatesOf,
  classify,
  learnedLayerFromEnv,
  ruleCandidatesOf,
  setLearnedLayer,
  type TrainedLayer,
  trainedLayer,
} from "../../../../../server/extract/learned/classify";
import { LogisticModel } from "../../../../../server/extract/learned/model";
import type { FoundRelation } from "../../../../../server/extract/relations/context";

// Invented sentences; spans by hand, and a hand-written model (weights chosen for the test).
const span = (norm: string, id: string, surface: string) => {
  const cs = norm.indexOf(surface);
  return { id, cs, ce: cs + surface.length };
};
const layer = (weights: Record<string, number>, threshold = 0.5, dropThreshold = 0): TrainedLayer => ({
  model: LogisticModel.fromJSON(weights),
  schema: [
    { type: "LOCATED_IN", source: "City", target: "Province" },
    { type: "ON_CORRIDOR", source: "Province", target: "Corridor" },
  ],
  window: { maxClauses: 1, maxDistance: 40 },
  threshold,
  dropThreshold,
});

describe("candidate relations of untyped pairs", () => {
  const norm = "甲省，乙市，某某通道；丙省。";
  const ms = [
    span(norm, "Province:甲省", "甲省"),
    span(norm, "City:乙市", "乙市"),
    span(norm, "Corridor:某某通道", "某某通道"),
    span(norm, "Province:丙省", "丙省"),
  ];
  const { schema, window } = layer({});

  it("gives each schema entry that fits the pair's types, in either direction, within one clause break", () => {
    const cs = candidatesOf(norm, ms, [], schema, window).map((c) => `${c.type}:${c.source}->${c.target}`);
    // 甲省 … 某某通道 has two clause breaks between them: no candidate
    expect(cs).toEqual([
      "LOCATED_IN:City:乙市->Province:甲省",
      "ON_CORRIDOR:Province:丙省->Corridor:某某通道",
    ]);
  });

  it("leaves out pairs the rules typed, and pairs beyond the window", () => {
    const typed: FoundRelation[] = [
      { type: "PART_OF", source: "Province:甲省", target: "City:乙市", method: "pattern", confidence: 0.9 },
    ];
    const cs = candidatesOf(norm, ms, typed, schema, { maxClauses: 3, maxDistance: 40 });
    expect(cs.map((c) => `${c.source}->${c.target}`)).toEqual([
      "Province:甲省->Corridor:某某通道",
      "City:乙市->Province:丙省",
      "Province:丙省->Corridor:某某通道",
    ]);
    expect(candidatesOf(norm, ms, typed, schema, { maxClauses: 3, maxDistance: 0 })).toEqual([]);
  });
});

describe("classify", () => {
  const norm = "甲省，乙市，某某通道。";
  const ms = [
    span(norm, "Province:甲省", "甲省"),
    span(norm, "City:乙市", "乙市"),
    span(norm, "Corridor:某某通道", "某某通道"),
  ];

  it("adds the candidates at or above the threshold, method learned, quoting from the first name's clause to the second's", () => {
    const found = classify(norm, ms, [], layer({ "LOCATED_IN<|bias": 3, "ON_CORRIDOR>|bias": -3 }));
    expect(found).toHaveLength(1);
    const r = found[0] as FoundRelation;
    expect(`${r.type}:${r.source}->${r.target}`).toBe("LOCATED_IN:City:乙市->Province:甲省");
    expect(r.method).toBe("learned");
    expect(norm.slice(r.cs, r.ce)).toBe("甲省，乙市");
    expect(r.confidence).toBeCloseTo(0.3 + 0.3 * (1 / (1 + Math.exp(-3))), 2);
  });

  it("drops the rules' relations it scores below the drop threshold, never one with a carried subject", () => {
    const typed: FoundRelation[] = [
      {
        type: "ON_CORRIDOR",
        source: "Province:甲省",
        target: "Corridor:某某通道",
        method: "pattern",
        confidence: 0.7,
      },
      {
        type: "ON_CORRIDOR",
        source: "Province:乙省",
        target: "Corridor:某某通道",
        method: "pattern",
        confidence: 0.7,
        viaContext: true,
      },
    ];
    const rules = ruleCandidatesOf(norm, ms, typed);
    expect(rules.map((c) => c.rule)).toEqual([0]);
    expect(rules[0]?.features).toContain("rule:ON_CORRIDOR>|types:Province>Corridor");
    const kept = (drop: number) =>
      classify(
        norm,
        ms,
        typed,
        layer({ "rule:ON_CORRIDOR>|bias": -3, "LOCATED_IN<|bias": -9 }, 0.5, drop),
      ).map((r) => r.source);
    expect(kept(0)).toEqual(["Province:甲省", "Province:乙省"]);
    expect(kept(0.1)).toEqual(["Province:乙省"]);
  });

  it("adds nothing below the threshold", () => {
    expect(classify(norm, ms, [], layer({ "LOCATED_IN<|bias": 3 }, 0.99))).toEqual([]);
  });

  it("keeps the best-scoring candidate of a pair", () => {
    const c = (type: string) => ({ c: { type, a: { cs: 0 }, b: { cs: 5 } } as never, p: 0 });
    const picked = bestPerPair(
      [
        { ...c("A"), p: 0.6 },
        { ...c("B"), p: 0.9 },
        { ...c("C"), p: 0.7 },
      ],
      0.5,
    );
    expect(picked.map((x) => (x.c as { type: string }).type)).toEqual(["B"]);
  });
});

describe("the hook in the extraction pipeline", () => {
  // back to the default of the environment (the files of the unit tier share one module graph)
  afterEach(() => setLearnedLayer(learnedLayerFromEnv()));

  it("is off by default and refuses an unknown switch value, naming the variable", () => {
    expect(learnedLayerFromEnv(undefined)).toBeNull();
    expect(learnedLayerFromEnv("off")).toBeNull();
    expect(() => learnedLayerFromEnv("yes")).toThrow(/ZONEGRAPH_LEARNED_RELATIONS/);
  });

  it("adds learned edges whose evidence quotes the document exactly", () => {
    const text = "# 标题\n\n湖南省，长沙，欧洲。";
    const off = extractDocument("t.txt", text);
    expect(off.edges.filter((e) => e.type === "LOCATED_IN")).toEqual([]);
    setLearnedLayer(trainedLayer(layer({ "LOCATED_IN<|bias": 3 })));
    const on = extractDocument("t.txt", text);
    const e = on.edges.find((x) => x.id === "LOCATED_IN:City:长沙->Province:湖南省");
    expect(e?.evidence).toHaveLength(1);
    const ev = e?.evidence[0];
    expect(ev?.method).toBe("learned");
    expect(text.slice(ev?.start, ev?.end)).toBe(ev?.quote);
    expect(ev?.quote).toBe("湖南省，长沙");
  });

  it("runs with the full rule registry only (rule tests run their rules alone)", async () => {
    setLearnedLayer(trainedLayer(layer({ "LOCATED_IN<|bias": 3 })));
    const { relationsBy } = await import("../../../../support/rules");
    expect(relationsBy([], "湖南省，长沙，欧洲。")).toEqual([]);
  });
});
