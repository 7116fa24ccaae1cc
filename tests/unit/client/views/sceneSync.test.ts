import { describe, expect, it } from "vitest";
import { createSceneGraph, mergeSubgraph } from "../../../../client/src/model/scene";
import { replaceScene } from "../../../../client/src/views/sceneSync";

const node = (key: string, type: string, extra: Record<string, unknown> = {}) => ({
  key,
  attributes: { type, name: key, label: key, nameEn: null, ...extra },
});

describe("replaceScene", () => {
  it("makes the scene exactly the given graph and keeps the places of nodes already there", () => {
    const g = createSceneGraph();
    mergeSubgraph(g, {
      nodes: [
        node("a", "FreeTradeZone", { x: 1, y: 2 }),
        node("b", "Province", { x: 3, y: 4 }),
        node("old", "Port", { x: 5, y: 6 }),
      ],
      edges: [
        { key: "ab", source: "a", target: "b", attributes: { type: "LOCATED_IN" } },
        { key: "ba", source: "b", target: "a", attributes: { type: "BORDERS" } },
      ],
    });
    g.setNodeAttribute("a", "x", 10);
    const res = replaceScene(g, {
      nodes: [
        node("a", "FreeTradeZone", { status: "established" }),
        node("b", "Province"),
        node("new", "Area"),
      ],
      edges: [{ key: "ab", source: "a", target: "b", attributes: { type: "LOCATED_IN" } }],
    });
    expect(g.nodes().sort()).toEqual(["a", "b", "new"]);
    expect(g.edges()).toEqual(["ab"]);
    expect(g.getNodeAttribute("a", "x")).toBe(10);
    expect(g.getNodeAttribute("a", "status")).toBe("established");
    expect(res.addedNodes).toEqual(["new"]);
    expect(res.removed).toBe(1);
  });
});
