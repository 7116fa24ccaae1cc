import { describe, expect, it } from "vitest";
import { UndoStack } from "../../../client/src/model/history";
import {
  collapseNode,
  createSceneGraph,
  mergeSubgraph,
  neighbourhoodOf,
  removeNodes,
  restore,
  setPinned,
  snapshot,
} from "../../../client/src/model/scene";
import { Subgraph } from "../../../contracts/api";
import neighborhood from "../../fixtures/client/neighborhood-erenhot.json";
import overview from "../../fixtures/client/overview.json";

function seeded(seed = 1): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

describe("mergeSubgraph", () => {
  it("imports a validated overview subgraph", () => {
    const g = createSceneGraph();
    const sub = Subgraph.parse(overview);
    const res = mergeSubgraph(g, sub.graph, { rng: seeded() });
    expect(g.order).toBe(4);
    expect(g.size).toBe(1);
    expect(res.addedNodes).toHaveLength(4);
    g.forEachNode((_, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
  });

  it("keeps positions and pins of nodes already there and places new ones near their neighbours", () => {
    const g = createSceneGraph();
    mergeSubgraph(g, Subgraph.parse(overview).graph, { rng: seeded() });
    const zone = "FreeTradeZone:中国(内蒙古)自由贸易试验区";
    g.mergeNodeAttributes(zone, { x: 100, y: 100, fixed: true });
    g.mergeNodeAttributes("Corridor:中蒙俄经济走廊", { x: 104, y: 100 });
    const sub = Subgraph.parse(neighborhood);
    // An incoming x/y must never move a placed node.
    const first = sub.graph.nodes[1];
    if (first) Object.assign(first.attributes, { x: -999, y: -999 });
    const res = mergeSubgraph(g, sub.graph, { rng: seeded(7) });
    expect(g.getNodeAttribute(zone, "x")).toBe(100);
    expect(g.getNodeAttribute(zone, "fixed")).toBe(true);
    expect(res.addedNodes.sort()).toEqual(["Area:二连浩特片区", "Port:二连浩特铁路口岸"].sort());
    const ax = g.getNodeAttribute("Area:二连浩特片区", "x") as number;
    const ay = g.getNodeAttribute("Area:二连浩特片区", "y") as number;
    expect(Math.hypot(ax - 102, ay - 100)).toBeLessThan(5);
    // The port hangs off the new area: placed near it in the second pass.
    const px = g.getNodeAttribute("Port:二连浩特铁路口岸", "x") as number;
    expect(Math.abs(px - ax)).toBeLessThan(5);
    expect(g.size).toBe(4);
  });

  it("is idempotent: merging the same subgraph twice adds nothing", () => {
    const g = createSceneGraph();
    const sub = Subgraph.parse(neighborhood).graph;
    mergeSubgraph(g, sub, { rng: seeded() });
    const res = mergeSubgraph(g, sub, { rng: seeded() });
    expect(res.addedNodes).toEqual([]);
    expect(res.addedEdges).toEqual([]);
    expect(g.size).toBe(3);
  });

  it("skips edges whose endpoints are absent", () => {
    const g = createSceneGraph();
    const sub = Subgraph.parse(neighborhood).graph;
    mergeSubgraph(g, { nodes: sub.nodes.slice(0, 1), edges: sub.edges }, { rng: seeded() });
    expect(g.size).toBe(0);
  });
});

describe("scene operations", () => {
  it("collapses leaves but keeps pinned and shared neighbours", () => {
    const g = createSceneGraph();
    mergeSubgraph(g, Subgraph.parse(overview).graph, { rng: seeded() });
    mergeSubgraph(g, Subgraph.parse(neighborhood).graph, { rng: seeded() });
    setPinned(g, ["Port:二连浩特铁路口岸"], true);
    const removed = collapseNode(g, "Area:二连浩特片区");
    // Corridor only hangs on the area → removed; the zone also links to the province → kept; port pinned → kept.
    expect(removed).toEqual(["Corridor:中蒙俄经济走廊"]);
    expect(g.hasNode("FreeTradeZone:中国(内蒙古)自由贸易试验区")).toBe(true);
    expect(g.hasNode("Port:二连浩特铁路口岸")).toBe(true);
  });

  it("neighbourhoodOf includes the node itself", () => {
    const g = createSceneGraph();
    mergeSubgraph(g, Subgraph.parse(neighborhood).graph, { rng: seeded() });
    expect(neighbourhoodOf(g, "Area:二连浩特片区").size).toBe(4);
  });

  it("undo/redo restores snapshots", () => {
    const g = createSceneGraph();
    const stack = new UndoStack<ReturnType<typeof snapshot>>(10);
    mergeSubgraph(g, Subgraph.parse(overview).graph, { rng: seeded() });
    stack.push(snapshot(g));
    mergeSubgraph(g, Subgraph.parse(neighborhood).graph, { rng: seeded() });
    stack.push(snapshot(g));
    removeNodes(g, ["Area:二连浩特片区"]);
    expect(g.order).toBe(5);
    const back = stack.undo(snapshot(g));
    if (!back) throw new Error("nothing to undo");
    restore(g, back);
    expect(g.order).toBe(6);
    expect(g.hasNode("Area:二连浩特片区")).toBe(true);
    const back2 = stack.undo(snapshot(g));
    if (!back2) throw new Error("nothing to undo");
    restore(g, back2);
    expect(g.order).toBe(4);
    expect(stack.canUndo).toBe(false);
    const fwd = stack.redo(snapshot(g));
    if (!fwd) throw new Error("nothing to redo");
    restore(g, fwd);
    expect(g.order).toBe(6);
    expect(stack.canRedo).toBe(true);
    stack.push(snapshot(g));
    expect(stack.canRedo).toBe(false);
  });

  it("undo stack is bounded", () => {
    const s = new UndoStack<number>(3);
    for (let i = 0; i < 10; i++) s.push(i);
    expect(s.undo(10)).toBe(9);
    expect(s.undo(9)).toBe(8);
    expect(s.undo(8)).toBe(7);
    expect(s.undo(7)).toBeNull();
  });
});
