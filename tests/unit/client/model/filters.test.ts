import { describe, expect, it } from "vitest";
import {
  edgeShown,
  maxDegree,
  nodeDegree,
  nodeShown,
  shownCounts,
} from "../../../../client/src/model/filters";
import { createSceneGraph } from "../../../../client/src/model/scene";
import { initialState } from "../../../../client/src/store/state";

function scene() {
  const g = createSceneGraph();
  g.addNode("hub", { type: "FreeTradeZone", degree: 50 });
  g.addNode("leaf", { type: "City", degree: 2 });
  g.addNode("bare", { type: "Port" });
  g.addEdgeWithKey("a", "hub", "leaf", { type: "LOCATED_IN", confidence: 0.95 });
  g.addEdgeWithKey("b", "hub", "bare", { type: "CO_OCCURS", confidence: 0.4 });
  g.addEdgeWithKey("c", "leaf", "bare", { type: "LINKS" });
  return g;
}

describe("range filters", () => {
  it("reads the whole-graph degree, else the scene degree", () => {
    const g = scene();
    expect([nodeDegree(g, "hub"), nodeDegree(g, "leaf"), nodeDegree(g, "bare")]).toEqual([50, 2, 2]);
    expect(maxDegree(g)).toBe(50);
  });

  it("shows every node and edge when off, and hides below the bounds when on", () => {
    const g = scene();
    const off = initialState();
    expect(g.nodes().filter((n) => nodeShown(g, off, n))).toEqual(["hub", "leaf", "bare"]);
    const on = { ...off, minDegree: 3, minConfidence: 0.5 };
    expect(g.nodes().filter((n) => nodeShown(g, on, n))).toEqual(["hub"]);
    // An edge without a confidence (a Cypher result's) passes.
    expect(g.filterEdges((_e, a) => edgeShown(a, on))).toEqual(["a", "c"]);
  });

  it("keeps the type filters: a hidden type stays hidden whatever its degree", () => {
    const g = scene();
    const s = { ...initialState(), hiddenTypes: new Set(["FreeTradeZone"]), hiddenRels: new Set(["LINKS"]) };
    expect(nodeShown(g, s, "hub")).toBe(false);
    expect(g.filterEdges((_e, a) => edgeShown(a, s))).toEqual(["a", "b"]);
  });

  it("counts what is shown: nodes that pass, edges that pass with both ends shown", () => {
    const g = scene();
    expect(shownCounts(g, initialState())).toEqual({ nodes: 3, edges: 3, totalNodes: 3, totalEdges: 3 });
    // minDegree 3 leaves only hub: no edge has both ends shown, though "c" passes the confidence bound.
    expect(shownCounts(g, { ...initialState(), minDegree: 3 })).toEqual({
      nodes: 1,
      edges: 0,
      totalNodes: 3,
      totalEdges: 3,
    });
    const s = { ...initialState(), hiddenTypes: new Set(["Port"]), minConfidence: 0.5 };
    expect(shownCounts(g, s)).toMatchObject({ nodes: 2, edges: 1 });
  });
});
