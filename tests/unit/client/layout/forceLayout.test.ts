import { describe, expect, it } from "vitest";
import { computeLayout, LiveForce } from "../../../../client/src/layout/forceLayout";
import type { LayoutJob, LayoutNode, Positions } from "../../../../client/src/layout/job";
import { DEFAULT_LAYOUT, type LayoutSettings } from "../../../../client/src/layout/settings";

/** A small scene: two hubs with leaves, a chain between them, and four unconnected nodes. */
function job(overrides: Partial<LayoutJob> = {}, fixed: string[] = []): LayoutJob {
  const nodes: LayoutNode[] = [];
  const edges: [string, string][] = [];
  const add = (id: string, x: number, y: number, group = "T") =>
    nodes.push({ id, x, y, fixed: fixed.includes(id), size: 6, labelPx: 60, group });
  add("hubA", 0, 0);
  add("hubB", 10, 0);
  for (let i = 0; i < 8; i++) {
    add(`a${i}`, Math.cos(i), Math.sin(i));
    edges.push(["hubA", `a${i}`]);
    add(`b${i}`, 10 + Math.cos(i), Math.sin(i));
    edges.push([`b${i}`, "hubB"]);
  }
  edges.push(["hubA", "hubB"]);
  for (const [i, g] of ["Agreement", "Province", "Agreement", "Province"].entries())
    add(`lone${i}`, i, 20, g);
  return {
    nodes,
    edges,
    iterations: 200,
    viewport: { width: 900, height: 700 },
    labelSize: 13,
    shelf: true,
    ...overrides,
  };
}

describe("computeLayout", () => {
  it("gives the same positions for the same job (a seeded layout is stable across reloads)", () => {
    const a = computeLayout(job());
    const b = computeLayout(job());
    expect(b).toEqual(a);
    // …and the positions did change: the job really ran.
    expect(a.a0).not.toEqual({ x: Math.cos(0), y: Math.sin(0) });
  });

  it("does not depend on the order nodes and edges come in", () => {
    const j = job();
    const shuffled = { ...j, nodes: [...j.nodes].reverse(), edges: [...j.edges].reverse() };
    expect(computeLayout(shuffled)).toEqual(computeLayout(j));
  });

  it("keeps pinned nodes exactly where they are", () => {
    const out = computeLayout(job({}, ["hubA", "a3", "lone1"]));
    expect(out.hubA).toEqual({ x: 0, y: 0 });
    expect(out.a3).toEqual({ x: Math.cos(3), y: Math.sin(3) });
    expect(out.lone1).toEqual({ x: 1, y: 20 });
  });

  it("puts unconnected nodes on a shelf right of the graph, grouped by type", () => {
    const out = computeLayout(job());
    const graphMaxX = Math.max(
      ...["hubA", "hubB", ...Array.from({ length: 8 }, (_, i) => `a${i}`)].map((id) => out[id]?.x ?? 0),
    );
    for (const id of ["lone0", "lone1", "lone2", "lone3"]) expect(out[id]?.x).toBeGreaterThan(graphMaxX);
    // Agreements (lone0, lone2) come before Provinces (lone1, lone3) in the shelf's column order.
    const rank = (id: string) => [out[id]?.x ?? 0, -(out[id]?.y ?? 0)] as const;
    const before = (a: string, b: string) =>
      rank(a)[0] < rank(b)[0] || (rank(a)[0] === rank(b)[0] && rank(a)[1] < rank(b)[1]);
    expect(before("lone2", "lone1")).toBe(true);
  });

  it("leaves unconnected nodes to ForceAtlas2 without a shelf", () => {
    const out = computeLayout(job({ shelf: false }));
    expect(out.lone0).not.toEqual({ x: 0, y: 20 });
  });

  it("pushes label boxes apart at the scale the scene is drawn at", () => {
    const out = computeLayout(job({ iterations: 0 }));
    const pts = Object.values(out);
    const w = Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x));
    const h = Math.max(...pts.map((p) => p.y)) - Math.min(...pts.map((p) => p.y));
    const unit = Math.max(w / 840, h / 640);
    const ids = Object.keys(out);
    for (const [i, a] of ids.entries())
      for (const b of ids.slice(i + 1)) {
        const pa = out[a] as { x: number; y: number };
        const pb = out[b] as { x: number; y: number };
        // Box: 6 px left of the centre, 6 + 3 + 60 px right, ±9.1 px high (label size 13 × 0.7).
        const ox = Math.min(pa.x + 69 * unit, pb.x + 69 * unit) - Math.max(pa.x - 6 * unit, pb.x - 6 * unit);
        const oy = Math.min(pa.y, pb.y) + 9.1 * unit - (Math.max(pa.y, pb.y) - 9.1 * unit);
        expect(ox <= 1e-9 || oy <= 1e-9, `${a} and ${b} overlap`).toBe(true);
      }
  });
});

describe("LiveForce (a ForceAtlas2 run in steps, settings changeable as it runs)", () => {
  const base = { ...DEFAULT_LAYOUT, gravity: 1 };
  const spread = (p: Positions, ids: string[]) => {
    const xs = ids.map((id) => p[id]?.x ?? 0);
    return Math.max(...xs) - Math.min(...xs);
  };
  const linked = ["hubA", "hubB", ...Array.from({ length: 8 }, (_, i) => [`a${i}`, `b${i}`]).flat()];
  const runAll = (settingsAt: (step: number) => LayoutSettings, pinned: string[] = []) => {
    const run = new LiveForce(job({ settings: base }, pinned));
    for (let i = 0; run.step(10, settingsAt(i)); i++);
    return run;
  };

  it("runs the job's iterations in steps, then stops; pinned nodes never move", () => {
    const run = runAll(() => base, ["hubA"]);
    expect(run.done).toBe(200);
    expect(run.finished).toBe(true);
    expect(run.step(10)).toBe(false);
    expect(run.positions().hubA).toEqual({ x: 0, y: 0 });
    expect(run.positions().a0).not.toEqual({ x: Math.cos(0), y: Math.sin(0) });
  });

  it("is deterministic, and a scaling raised half-way spreads the nodes from then on", () => {
    const same = runAll(() => base).positions();
    expect(runAll(() => base).positions()).toEqual(same);
    const raised = runAll((i) => (i < 10 ? base : { ...base, scalingRatio: 10 })).positions();
    expect(raised).not.toEqual(same);
    expect(spread(raised, linked)).toBeGreaterThan(2 * spread(same, linked));
  });

  it("finishes as computeLayout does: the unconnected nodes on the shelf beside the graph", () => {
    const end = runAll(() => base).finish();
    const maxX = Math.max(...linked.map((id) => end[id]?.x ?? 0));
    for (let i = 0; i < 4; i++) expect(end[`lone${i}`]?.x).toBeGreaterThan(maxX);
  });
});
