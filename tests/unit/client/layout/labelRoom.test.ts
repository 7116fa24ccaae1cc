import { describe, expect, it } from "vitest";
import type { LayoutJob, LayoutNode } from "../../../../client/src/layout/job";
import { separateLabels } from "../../../../client/src/layout/labelRoom";

/** `n` labelled nodes spread over ±300 units (a deterministic spiral), drawn in a viewport of this size. */
function crowded(n: number, viewport: { width: number; height: number }): LayoutJob {
  const nodes: LayoutNode[] = [];
  for (let i = 0; i < n; i++) {
    const r = 300 * Math.sqrt(i / n);
    nodes.push({
      id: `n${i}`,
      x: r * Math.cos(i * 2.4),
      y: r * Math.sin(i * 2.4),
      fixed: false,
      size: 5,
      labelPx: 150,
      group: "T",
    });
  }
  return { nodes, edges: [], iterations: 0, viewport, labelSize: 13, shelf: false };
}

const extent = (pos: Map<string, { x: number; y: number }>) =>
  Math.max(...[...pos.values()].map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))));

describe("separateLabels", () => {
  it("stays bounded when the labels cannot all fit the viewport (the time view's 492-node scene blew up to 1e11)", () => {
    const job = crowded(500, { width: 730, height: 443 });
    const pos = new Map(job.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
    separateLabels(job, pos);
    for (const p of pos.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(extent(pos)).toBeLessThan(300 * 20);
    // Far more label area than the viewport holds: the pass leaves the positions as they were.
    expect(extent(pos)).toBeCloseTo(extent(new Map(job.nodes.map((n) => [n.id, n]))), 6);
  });
});
