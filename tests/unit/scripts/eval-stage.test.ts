import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../../contracts/graph";
import { NO_STAGES, stageCount, stageLine, sumStageCounts } from "../../../scripts/eval-stage";
import type { Gold } from "../../../server/extract/evaluate";

// An invented text: four parties and one agreement (no real set is copied).
const TEXT = "甲国已签署某协定。乙国申请加入某协定。丙国是某协定成员。丁国批准了某协定。";
const texts = new Map([["d1", TEXT]]);
const AGREEMENT = "Agreement:某协定";

function edge(country: string, stage?: string, doc = "doc:d1"): GraphEdge {
  const at = TEXT.indexOf(country);
  return {
    id: `ALIGNS_WITH:Country:${country}->${AGREEMENT}`,
    source: `Country:${country}`,
    target: AGREEMENT,
    type: "ALIGNS_WITH",
    evidence: [{ doc, passage: `${doc}:p0`, start: at, end: at + 2, quote: country, method: "pattern" }],
    confidence: 0.9,
    properties: stage ? { stage } : {},
  };
}

function relation(country: string, stage?: string) {
  const r = {
    doc: "d1",
    type: "ALIGNS_WITH",
    source: `Country:${country}`,
    target: AGREEMENT,
    quote: country,
  };
  return stage ? { ...r, stage } : r;
}

const gold: Gold = {
  scope: [{ doc: "d1", whole: true }],
  entities: [],
  relations: [
    relation("甲国", "signed"),
    relation("乙国", "applied"),
    relation("丙国"),
    relation("丁国", "ratified"),
  ],
};

describe("stageCount", () => {
  it("sorts found relations into exact, another, none and given-when-unannotated", () => {
    const edges = [edge("甲国", "signed"), edge("乙国", "in_force"), edge("丙国", "signed"), edge("丁国")];
    expect(stageCount(edges, gold, texts)).toEqual({
      matched: 4,
      annotated: 3,
      exact: 1,
      wrong: 1,
      missing: 1,
      unannotated: 1,
      extra: 1,
    });
  });

  it("counts only relations found in the same document, with the same ends", () => {
    const edges = [
      edge("甲国", "signed", "doc:other"),
      { ...edge("乙国", "applied"), target: "Agreement:别的协定" },
    ];
    expect(stageCount(edges, gold, texts)).toEqual(NO_STAGES);
  });

  it("leaves out a relation type the scope skips", () => {
    const skipping: Gold = { ...gold, scope: [{ doc: "d1", whole: true, skip: ["ALIGNS_WITH"] }] };
    expect(stageCount([edge("甲国", "signed")], skipping, texts).matched).toBe(0);
  });
});

describe("sumStageCounts and stageLine", () => {
  it("adds counts field by field and prints the exact share of annotated stages", () => {
    const one = stageCount([edge("甲国", "signed"), edge("丙国")], gold, texts);
    const sum = sumStageCounts([one, one]);
    expect(sum).toMatchObject({ matched: 4, annotated: 2, exact: 2, unannotated: 2, extra: 0 });
    expect(stageLine(sum)).toContain("ALIGNS_WITH stage");
    expect(stageLine(sum)).toContain("100.0%");
    expect(stageLine({ ...sum, exact: 1, wrong: 1 })).toContain(" 50.0%");
  });
});
