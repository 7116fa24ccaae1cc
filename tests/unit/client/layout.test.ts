import { describe, expect, it } from "vitest";
import { placeExpansion } from "../../../client/src/model/layout";
import { createSceneGraph, mergeSubgraph, type SceneGraph, setPinned } from "../../../client/src/model/scene";
import type { SerializedGraph } from "../../../contracts/api";

function seeded(seed = 7): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

const node = (key: string) => ({
  key,
  attributes: { type: "City", label: key, name: key, nameEn: null },
});
const edge = (source: string, target: string) => ({
  key: `LOCATED_IN:${source}->${target}`,
  source,
  target,
  attributes: { type: "LOCATED_IN" },
});

/** A dense scene: a hub among a cluster of existing nodes, one of them pinned. */
function scene(): SceneGraph {
  const g = createSceneGraph();
  g.addNode("hub", { type: "Province", label: "hub", name: "hub", nameEn: null, x: 0, y: 0 });
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    g.addNode(`old${i}`, { type: "City", label: `old${i}`, name: `old${i}`, nameEn: null });
    g.mergeNodeAttributes(`old${i}`, { x: Math.cos(a) * (1 + (i % 3)), y: Math.sin(a) * (1 + (i % 3)) });
    g.addDirectedEdgeWithKey(`e${i}`, `old${i}`, "hub", { type: "LOCATED_IN" });
  }
  g.addNode("far", { type: "City", label: "far", name: "far", nameEn: null, x: 40, y: 5 });
  setPinned(g, ["old3"], true);
  return g;
}

/** What an expand of the hub brings: 40 neighbours, some also linked to nodes already there. */
function expansion(): SerializedGraph {
  const nodes = [node("hub"), ...Array.from({ length: 40 }, (_, i) => node(`new${i}`))];
  const edges = [
    ...Array.from({ length: 40 }, (_, i) => edge(`new${i}`, "hub")),
    edge("new0", "far"),
    edge("new1", "far"),
    edge("new2", "old5"),
  ];
  return { nodes, edges };
}

const size = (n: string) => (n === "hub" ? 2 : n.startsWith("new") ? 0.6 + (n.length % 3) * 0.2 : 0.8);
const MARGIN = 0.3;

/** Position and pin of each node. */
function positions(g: SceneGraph, ids: string[]) {
  return Object.fromEntries(
    ids.map((id) => {
      const { x, y, fixed } = g.getNodeAttributes(id);
      return [id, { x, y, fixed }];
    }),
  );
}

describe("placeExpansion", () => {
  it("places the new nodes around the expanded node without any overlap, moving nothing else", () => {
    const g = scene();
    const existing = g.nodes();
    const before = positions(g, existing);
    const { addedNodes } = mergeSubgraph(g, expansion(), { anchor: { x: 0, y: 0 }, rng: seeded() });
    expect(addedNodes).toHaveLength(40);
    // mergeSubgraph alone piles them up next to the hub.
    const placed = placeExpansion(g, "hub", addedNodes, { sizeOf: size, margin: MARGIN });
    expect(placed.sort()).toEqual([...addedNodes].sort());

    // Existing and pinned nodes did not move (x, y and pin untouched).
    expect(positions(g, existing)).toEqual(before);
    expect(g.getNodeAttribute("old3", "fixed")).toBe(true);

    const at = (n: string) => ({
      x: g.getNodeAttribute(n, "x") as number,
      y: g.getNodeAttribute(n, "y") as number,
    });
    const gap = (a: string, b: string) =>
      Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y) - (size(a) + size(b) + MARGIN);
    for (let i = 0; i < addedNodes.length; i++) {
      const a = addedNodes[i] as string;
      expect(Number.isFinite(at(a).x) && Number.isFinite(at(a).y)).toBe(true);
      // No two new nodes overlap: distance ≥ sum of sizes + margin.
      for (let j = i + 1; j < addedNodes.length; j++) {
        const b = addedNodes[j] as string;
        expect(gap(a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(0);
      }
      // Nor does a new node sit on one already there.
      for (const old of existing) expect(gap(a, old), `${a} / ${old}`).toBeGreaterThanOrEqual(0);
    }
    // They stay around the expanded node (a few rings), not scattered over the scene.
    const radius = Math.max(...addedNodes.map((n) => Math.hypot(at(n).x, at(n).y)));
    expect(radius).toBeLessThan(25);
    // A node also linked to "far" (east) leans that way.
    expect(at("new0").x).toBeGreaterThan(0);
  });

  it("is deterministic and leaves the scene alone when there is nothing to place", () => {
    const run = () => {
      const g = scene();
      const { addedNodes } = mergeSubgraph(g, expansion(), { anchor: { x: 0, y: 0 }, rng: seeded(3) });
      placeExpansion(g, "hub", addedNodes, { sizeOf: size, margin: MARGIN });
      return positions(g, addedNodes);
    };
    expect(run()).toEqual(run());
    const g = scene();
    const before = positions(g, g.nodes());
    expect(placeExpansion(g, "hub", [], { sizeOf: size, margin: MARGIN })).toEqual([]);
    expect(placeExpansion(g, "nope", ["old1"], { sizeOf: size, margin: MARGIN })).toEqual([]);
    // A pinned node reported as new is not moved either.
    expect(placeExpansion(g, "hub", ["old3"], { sizeOf: size, margin: MARGIN })).toEqual([]);
    expect(positions(g, g.nodes())).toEqual(before);
  });
});
