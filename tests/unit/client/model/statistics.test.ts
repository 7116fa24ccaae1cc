import { describe, expect, it } from "vitest";
import { createSceneGraph } from "../../../../client/src/model/scene";
import {
  MAX_DEGREE_BINS,
  sceneStatistics,
  shownOfRel,
  shownOfType,
} from "../../../../client/src/model/statistics";
import { initialState } from "../../../../client/src/store/state";

/** Two components (a triangle with a double edge, and a pair) and one isolated node. */
function scene() {
  const g = createSceneGraph();
  for (const [id, type] of [
    ["z1", "FreeTradeZone"],
    ["z2", "FreeTradeZone"],
    ["p1", "Province"],
    ["c1", "Corridor"],
    ["c2", "Corridor"],
    ["lone", "Agreement"],
  ])
    g.addNode(id as string, { type });
  g.addEdgeWithKey("e1", "z1", "p1", { type: "LOCATED_IN", confidence: 0.9 });
  g.addEdgeWithKey("e2", "z2", "p1", { type: "LOCATED_IN", confidence: 0.9 });
  g.addEdgeWithKey("e3", "z1", "z2", { type: "COOPERATES_WITH", confidence: 0.5 });
  g.addEdgeWithKey("e4", "z2", "z1", { type: "CO_OCCURS", confidence: 0.3 });
  g.addEdgeWithKey("e5", "c1", "c2", { type: "CONNECTS", confidence: 0.8 });
  return g;
}

describe("statistics of the shown scene", () => {
  it("counts nodes and edges by type, most frequent first", () => {
    const st = sceneStatistics(scene(), initialState());
    expect([st.nodes, st.edges]).toEqual([6, 5]);
    expect(st.nodeTypes).toEqual([
      ["Corridor", 2],
      ["FreeTradeZone", 2],
      ["Agreement", 1],
      ["Province", 1],
    ]);
    expect(st.edgeTypes[0]).toEqual(["LOCATED_IN", 2]);
  });

  it("gives the density of node pairs joined (a double edge counts once) and the components, largest first", () => {
    const st = sceneStatistics(scene(), initialState());
    // Joined pairs: z1–p1, z2–p1, z1–z2, c1–c2 = 4 of 6·5/2 = 15.
    expect(st.density).toBeCloseTo(4 / 15, 10);
    expect(st.components.map((c) => c.nodes)).toEqual([["p1", "z1", "z2"], ["c1", "c2"], ["lone"]]);
    expect(st.components[0]?.edges).toEqual(["e1", "e2", "e3", "e4"]);
    expect(st.isolated).toBe(1);
  });

  it("gives the degree distribution in the shown scene, each bin with its nodes", () => {
    const st = sceneStatistics(scene(), initialState());
    // Degrees: z1 3, z2 3, p1 2, c1 1, c2 1, lone 0.
    expect(st.degree).toMatchObject({ min: 0, max: 3, mean: 10 / 6 });
    expect(st.degree.bins.map((b) => [b.min, b.max, b.nodes])).toEqual([
      [0, 0, ["lone"]],
      [1, 1, ["c1", "c2"]],
      [2, 2, ["p1"]],
      [3, 3, ["z1", "z2"]],
    ]);
  });

  it("follows the filters: hidden types and weak edges are left out of every figure", () => {
    const s = { ...initialState(), hiddenTypes: new Set(["Corridor"]), minConfidence: 0.6 };
    const st = sceneStatistics(scene(), s);
    expect([st.nodes, st.edges]).toEqual([4, 2]);
    expect(st.components.map((c) => c.nodes.length)).toEqual([3, 1]);
    expect(st.degree.max).toBe(2);
  });

  it("groups a wide degree range into at most ten bins of equal width", () => {
    const g = createSceneGraph();
    g.addNode("hub", { type: "Province" });
    for (let i = 0; i < 40; i++) {
      g.addNode(`n${i}`, { type: "City" });
      g.addEdgeWithKey(`e${i}`, "hub", `n${i}`, { type: "LOCATED_IN" });
    }
    const bins = sceneStatistics(g, initialState()).degree.bins;
    expect(bins.length).toBeLessThanOrEqual(MAX_DEGREE_BINS);
    expect(bins.reduce((a, b) => a + b.nodes.length, 0)).toBe(41);
    expect(bins.at(-1)?.nodes).toEqual(["hub"]);
    expect(bins[0]?.nodes.length).toBe(40);
  });

  it("is all zero for an empty scene", () => {
    const st = sceneStatistics(createSceneGraph(), initialState());
    expect(st).toMatchObject({ nodes: 0, edges: 0, density: 0, components: [], isolated: 0 });
    expect(st.degree).toEqual({ min: 0, max: 0, mean: 0, bins: [] });
  });

  it("gives the shown nodes of a type and the shown edges of a relationship type with their ends", () => {
    const g = scene();
    const s = { ...initialState(), minConfidence: 0.6 };
    expect(shownOfType(g, s, "FreeTradeZone")).toEqual(["z1", "z2"]);
    expect(shownOfRel(g, s, "LOCATED_IN")).toEqual({ nodes: ["z1", "p1", "z2"], edges: ["e1", "e2"] });
    // COOPERATES_WITH (0.5) is below the bound: nothing to highlight.
    expect(shownOfRel(g, s, "COOPERATES_WITH")).toEqual({ nodes: [], edges: [] });
  });
});
