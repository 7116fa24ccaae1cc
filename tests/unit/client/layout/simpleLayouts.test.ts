import { describe, expect, it } from "vitest";
import { computeLayout } from "../../../../client/src/layout/forceLayout";
import type { LayoutJob, LayoutNode } from "../../../../client/src/layout/job";
import { DEFAULT_LAYOUT } from "../../../../client/src/layout/settings";
import { byTypeLayout, circularLayout, randomLayout } from "../../../../client/src/layout/simpleLayouts";

const node = (id: string, group = "Area", fixed = false): LayoutNode => ({
  id,
  x: fixed ? 500 : 0,
  y: fixed ? -500 : 0,
  fixed,
  size: 5,
  labelPx: 40,
  group,
});
const nodes = [node("c"), node("a", "Province"), node("b"), node("p", "Area", true), node("d", "Province")];

describe("circular, random and by-type layouts", () => {
  it("circular puts every unpinned node on one circle, evenly in id order; pinned nodes stay", () => {
    const pos = circularLayout(nodes);
    const radii = ["a", "b", "c", "d"].map((id) => Math.hypot(pos[id]?.x ?? 0, pos[id]?.y ?? 0));
    for (const r of radii) expect(r).toBeCloseTo(radii[0] ?? 0, 6);
    expect(pos.a?.x).toBeCloseTo(radii[0] ?? 0, 6);
    expect(pos.b?.y).toBeCloseTo(radii[0] ?? 0, 6);
    expect(pos.p).toEqual({ x: 500, y: -500 });
  });

  it("random is the same for the same scene, and spreads nodes apart", () => {
    const a = randomLayout(nodes);
    expect(randomLayout([...nodes].reverse())).toEqual(a);
    const xs = ["a", "b", "c", "d"].map((id) => a[id]?.x);
    expect(new Set(xs).size).toBe(4);
    expect(a.p).toEqual({ x: 500, y: -500 });
  });

  it("by type puts one column per type (in name order), nodes in id order down it", () => {
    const pos = byTypeLayout(nodes);
    expect(pos.b?.x).toBe(pos.c?.x);
    expect(pos.a?.x).toBe(pos.d?.x);
    expect(pos.b?.x).toBeLessThan(pos.a?.x ?? 0);
    expect(pos.b?.y).toBeGreaterThan(pos.c?.y ?? 0);
    expect(pos.p).toEqual({ x: 500, y: -500 });
  });

  it("computeLayout runs the chosen layout, and ForceAtlas2 with the given gravity", () => {
    const job: LayoutJob = {
      nodes: [node("a"), node("b"), node("c")].map((n, i) => ({ ...n, x: i * 10, y: i % 2 ? 5 : -5 })),
      edges: [
        ["a", "b"],
        ["b", "c"],
      ],
      iterations: 50,
      viewport: { width: 800, height: 600 },
      labelSize: 13,
      shelf: false,
    };
    expect(computeLayout({ ...job, settings: { ...DEFAULT_LAYOUT, kind: "circular" } })).toEqual(
      circularLayout(job.nodes),
    );
    const spread = (p: Record<string, { x: number; y: number }>) =>
      Math.max(...Object.values(p).map((q) => Math.hypot(q.x, q.y)));
    const loose = computeLayout({ ...job, settings: { ...DEFAULT_LAYOUT, gravity: 0.1, scalingRatio: 10 } });
    const tight = computeLayout({ ...job, settings: { ...DEFAULT_LAYOUT, gravity: 10, scalingRatio: 0.1 } });
    expect(spread(loose)).toBeGreaterThan(spread(tight));
  });
});
