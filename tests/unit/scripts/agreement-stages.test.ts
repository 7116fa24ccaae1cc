import { describe, expect, it } from "vitest";
import { cohensKappa, compareStages, type StageRow, stageKey } from "../../../scripts/agreement-stages";

// Invented relations of an invented agreement 甲协定; quotes are made up, not from any real text.
const row = (source: string, quote: string, stage: string | null): StageRow => ({
  file: "set-x.json",
  doc: "d1",
  source: `Country:${source}`,
  target: "Agreement:甲协定",
  quote,
  stage,
});

const A = [
  row("乙国", "乙国申请加入甲协定", "applied"),
  row("丙国", "甲协定对丙国生效", "in_force"),
  row("丁国", "丁国签署甲协定", "signed"),
  row("戊国", "甲协定成员国包括戊国", null),
  row("己国", "己国争取加入甲协定", "applied"),
  row("庚国", "庚国只在A里", "ratified"),
];
const B = [
  row("乙国", "乙国申请加入甲协定", "applied"),
  row("丙国", "甲协定对丙国生效", "in_force"),
  row("丁国", "丁国签署甲协定", "in_force"),
  row("戊国", "甲协定成员国包括戊国", "signed"),
  row("己国", "己国争取加入甲协定", null),
  row("辛国", "辛国只在B里", null),
];

describe("compareStages", () => {
  const r = compareStages(A, B);

  it("matches relations by file, document, ends and quote and counts the four outcomes", () => {
    expect(r.matched).toBe(5);
    expect(r.sameStage).toBe(2);
    expect(r.bothNone).toBe(0);
    expect(r.differentStage).toBe(1);
    expect(r.onlyA).toBe(1);
    expect(r.onlyB).toBe(1);
    expect(r.exact).toBeCloseTo(2 / 5);
  });

  it("keeps a confusion table with none for no stage", () => {
    expect(r.confusion.signed?.in_force).toBe(1);
    expect(r.confusion.none?.signed).toBe(1);
    expect(r.confusion.applied?.none).toBe(1);
    expect(r.confusion.applied?.applied).toBe(1);
  });

  it("lists disagreements and relations only one side has", () => {
    expect(r.disagreements.map((d) => [d.a, d.b])).toEqual([
      ["signed", "in_force"],
      [null, "signed"],
      ["applied", null],
    ]);
    expect(r.unmatchedA).toEqual([stageKey(A[5] as StageRow)]);
    expect(r.unmatchedB).toEqual([stageKey(B[5] as StageRow)]);
  });

  it("counts agreement on no stage as both none", () => {
    const s = compareStages([row("乙国", "q", null)], [row("乙国", "q", null)]);
    expect(s.bothNone).toBe(1);
    expect(s.exact).toBe(1);
  });

  it("rejects an annotation that holds one relation twice", () => {
    expect(() => compareStages([row("乙国", "q", null), row("乙国", "q", "signed")], [])).toThrow(/twice/);
  });
});

describe("cohensKappa", () => {
  it("is 1 for identical lists and 0 at chance", () => {
    expect(cohensKappa(["a", "b", "a"], ["a", "b", "a"])).toBe(1);
    // p_o = 0.5, p_e = 0.5 * 0.5 + 0.5 * 0.5 = 0.5
    expect(cohensKappa(["a", "a", "b", "b"], ["a", "b", "a", "b"])).toBeCloseTo(0);
  });

  it("matches a hand computation", () => {
    // p_o = 3/4; A: x 3/4, y 1/4; B: x 2/4, y 2/4; p_e = 3/8 + 1/8 = 1/2; kappa = (3/4 - 1/2) / (1/2) = 0.5
    expect(cohensKappa(["x", "x", "x", "y"], ["x", "x", "y", "y"])).toBeCloseTo(0.5);
  });
});
