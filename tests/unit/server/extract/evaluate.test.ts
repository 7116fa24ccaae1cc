import { describe, expect, it } from "vitest";
import type { ExtractedGraph, GraphEdge } from "../../../../contracts/graph";
import { eitherWayKey, evaluate, type Gold } from "../../../../server/extract/evaluate";

// An invented document; gold and predictions are written by hand.
const text = "甲省与乙国签署合作协议，丙市与丁国开展合作，戊班列经己国。";
const texts = new Map([["d", text]]);
const rel = (type: string, source: string, target: string, quote: string) => ({
  doc: "d",
  type,
  source,
  target,
  quote,
});
const gold: Gold = {
  scope: [{ doc: "d", whole: true }],
  entities: [],
  relations: [
    rel("COOPERATES_WITH", "Province:甲省", "Country:乙国", "甲省与乙国签署合作协议"),
    rel("COOPERATES_WITH", "City:丙市", "Country:丁国", "丙市与丁国开展合作"),
    rel("CONNECTS", "Corridor:戊班列", "Country:己国", "戊班列经己国"),
  ],
};
const edge = (type: GraphEdge["type"], source: string, target: string, quote: string): GraphEdge => {
  const start = text.indexOf(quote);
  return {
    id: `${type}:${source}->${target}`,
    source,
    target,
    type,
    evidence: [
      { doc: "doc:d", passage: "doc:d#0", start, end: start + quote.length, quote, method: "pattern" },
    ],
    confidence: 0.9,
    properties: {},
  };
};
const graphOf = (edges: GraphEdge[]): ExtractedGraph => ({
  version: 1,
  documents: [],
  passages: [],
  nodes: [],
  edges,
  mentions: [],
  claims: [],
  problems: [],
});
/** The eval's scores of these predicted edges against the gold above. */
const scored = (...edges: GraphEdge[]) => evaluate(graphOf(edges), gold, texts);

describe("evaluate: two-sided relations", () => {
  it("orders the ends of a symmetric type only", () => {
    expect(eitherWayKey("d|COOPERATES_WITH|Country:乙国|Province:甲省")).toBe(
      "d|COOPERATES_WITH|Country:乙国|Province:甲省",
    );
    expect(eitherWayKey("d|COOPERATES_WITH|Province:甲省|Country:乙国")).toBe(
      "d|COOPERATES_WITH|Country:乙国|Province:甲省",
    );
    expect(eitherWayKey("d|CONNECTS|Corridor:戊班列|Country:己国")).toBe(
      "d|CONNECTS|Corridor:戊班列|Country:己国",
    );
  });

  it("scores COOPERATES_WITH in either direction next to the directed score, CONNECTS directed in both", () => {
    // one cooperation the right way round, one reversed, a route reversed
    const r = scored(
      edge("COOPERATES_WITH", "Province:甲省", "Country:乙国", "甲省与乙国签署合作协议"),
      edge("COOPERATES_WITH", "Country:丁国", "City:丙市", "丙市与丁国开展合作"),
      edge("CONNECTS", "Country:己国", "Corridor:戊班列", "戊班列经己国"),
    );
    expect(r.relationTotal).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(r.relationTotalEitherWay).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    // the per-type and listed errors stay directed
    expect(r.relations.COOPERATES_WITH).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.falseNegatives).toContain("d|COOPERATES_WITH|City:丙市|Country:丁国");
  });

  it("counts both directions written for one pair once in the either-way score", () => {
    const r = scored(
      edge("COOPERATES_WITH", "Province:甲省", "Country:乙国", "甲省与乙国签署合作协议"),
      edge("COOPERATES_WITH", "Country:乙国", "Province:甲省", "甲省与乙国签署合作协议"),
    );
    expect(r.relationTotal).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(r.relationTotalEitherWay).toMatchObject({ tp: 1, fp: 0, fn: 2 });
  });
});
