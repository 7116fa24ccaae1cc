import { describe, expect, it } from "vitest";
import { computeLayout } from "../../../../client/src/layout/forceLayout";
import type { LayoutJob, LayoutNode } from "../../../../client/src/layout/job";
import { unitsPerPixel } from "../../../../client/src/layout/job";
import { noverlapLayout } from "../../../../client/src/layout/noverlapLayout";
import { DEFAULT_LAYOUT } from "../../../../client/src/layout/settings";

const viewport = { width: 860, height: 660 };
const node = (id: string, x: number, y: number, fixed = false, size = 10): LayoutNode => ({
  id,
  x,
  y,
  fixed,
  size,
  labelPx: 0,
  group: "Area",
});
const settings = { margin: 4, ratio: 1, noverlapIterations: 500 };

/** Smallest gap between two discs (graph units), minus what the settings ask for: ≥ 0 when none overlap. */
function worstOverlap(nodes: LayoutNode[], pos: Record<string, { x: number; y: number }>, margin: number) {
  const unit = unitsPerPixel(nodes, viewport);
  let worst = Number.POSITIVE_INFINITY;
  for (const [i, a] of nodes.entries())
    for (const b of nodes.slice(i + 1)) {
      const p = pos[a.id] as { x: number; y: number };
      const q = pos[b.id] as { x: number; y: number };
      const gap = Math.hypot(p.x - q.x, p.y - q.y) - (a.size + b.size + margin) * unit;
      worst = Math.min(worst, gap / unit);
    }
  return worst;
}

describe("noverlap layout", () => {
  // A 5×5 block of discs 8 px apart (radius 10 px: every neighbour overlaps) and two far corners that set
  // the scale, so one pixel is about one graph unit.
  const block = Array.from({ length: 25 }, (_, i) =>
    node(`n${i}`, 400 + (i % 5) * 8, 300 + Math.floor(i / 5) * 8),
  );
  const corners = [node("c0", 0, 0), node("c1", 800, 600)];

  it("pushes overlapping discs apart until none overlaps, and stops before the maximum passes", () => {
    const nodes = [...block, ...corners];
    const { positions, passes } = noverlapLayout({ nodes, viewport }, settings);
    expect(worstOverlap(nodes, positions, 0)).toBeGreaterThanOrEqual(-0.5);
    expect(passes).toBeLessThan(settings.noverlapIterations);
    // Nodes far from every other one keep their exact place.
    expect(positions.c0).toEqual({ x: 0, y: 0 });
    expect(positions.c1).toEqual({ x: 800, y: 600 });
  });

  it("never moves a pinned node, even one in the middle of the overlaps", () => {
    const pinned = block.map((n, i) => (i === 12 ? { ...n, fixed: true } : n));
    const nodes = [...pinned, ...corners];
    const { positions } = noverlapLayout({ nodes, viewport }, settings);
    expect(positions.n12).toEqual({ x: 416, y: 316 });
    expect(worstOverlap(nodes, positions, 0)).toBeGreaterThanOrEqual(-0.5);
  });

  it("keeps a bigger margin apart when asked, and a ratio scales the sizes", () => {
    const nodes = [...block, ...corners];
    const wide = noverlapLayout({ nodes, viewport }, { ...settings, margin: 30 }).positions;
    const tight = noverlapLayout({ nodes, viewport }, settings).positions;
    const spread = (p: typeof wide) =>
      Math.max(...block.map((n) => Math.hypot((p[n.id]?.x ?? 0) - 416, (p[n.id]?.y ?? 0) - 316)));
    expect(spread(wide)).toBeGreaterThan(spread(tight) * 1.5);
    const big = noverlapLayout({ nodes, viewport }, { ...settings, ratio: 3 }).positions;
    expect(spread(big)).toBeGreaterThan(spread(tight) * 1.5);
  });

  it("leaves no overlap at the scale the spread scene is drawn at, for a pile far smaller than a pixel", () => {
    // The pile's scale is not the scene's after spreading: sizes are checked at the final scale.
    const pile = Array.from({ length: 60 }, (_, i) => ({
      ...node(`p${String(i).padStart(2, "0")}`, (i % 4) * 0.01, Math.floor(i / 4) * 0.01, i === 0),
      size: 4 + (i % 7) * 2,
    }));
    const { positions } = noverlapLayout({ nodes: pile, viewport }, { ...settings, margin: 8 });
    const unit = unitsPerPixel(Object.values(positions), viewport);
    let overlaps = 0;
    for (const [i, a] of pile.entries())
      for (const b of pile.slice(i + 1)) {
        const p = positions[a.id] as { x: number; y: number };
        const q = positions[b.id] as { x: number; y: number };
        if (Math.hypot(p.x - q.x, p.y - q.y) < (a.size + b.size) * unit) overlaps++;
      }
    expect(overlaps).toBe(0);
    expect(positions.p00).toEqual({ x: 0, y: 0 });
  });

  it("runs at most the passes asked for, and leaves a scene without overlaps as it is", () => {
    const nodes = [...block, ...corners];
    expect(noverlapLayout({ nodes, viewport }, { ...settings, noverlapIterations: 3 }).passes).toBe(3);
    const apart = [node("a", 0, 0), node("b", 300, 0), node("c", 0, 300)];
    const r = noverlapLayout({ nodes: apart, viewport }, settings);
    expect(r.passes).toBe(1);
    for (const n of apart) expect(r.positions[n.id]).toEqual({ x: n.x, y: n.y });
  });

  it("is the layout the job runs when the settings choose it", () => {
    const nodes = [...block, ...corners];
    const job: LayoutJob = {
      nodes,
      edges: [["n0", "n1"]],
      iterations: 10,
      viewport,
      labelSize: 12,
      shelf: false,
      settings: { ...DEFAULT_LAYOUT, kind: "noverlap", ...settings },
    };
    expect(computeLayout(job)).toEqual(noverlapLayout({ nodes, viewport }, settings).positions);
  });
});
