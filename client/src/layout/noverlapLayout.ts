/**
 * Gephi Lite's Noverlap as a layout of its own: nodes are pushed apart until no two overlap (each node's
 * drawn size × ratio plus the margin), keeping the picture otherwise as it is. Sizes and the margin are in
 * screen pixels at the scale the whole scene is drawn at, converted to graph units here. Pinned nodes never
 * move: noverlap runs one pass at a time, pinned nodes are put back after each pass and a free node still
 * overlapping a pinned one is pushed straight out of it (noverlap alone moves it only half the way). Stops
 * once a pass moves nothing, or after the maximum passes. Spreading nodes changes the scale the scene is
 * drawn at, so the passes run again at the new scale until it settles.
 */
import Graph from "graphology";
import noverlap from "graphology-layout-noverlap";
import type { LayoutJob, LayoutNode, Positions } from "./job";
import { unitsPerPixel } from "./job";
import type { LayoutSettings } from "./settings";

export type NoverlapSettings = Pick<LayoutSettings, "margin" | "ratio" | "noverlapIterations">;

export interface NoverlapResult {
  positions: Positions;
  /** Passes run (≤ noverlapIterations); fewer when the layout settled. */
  passes: number;
}

/** Free nodes overlapping the pinned node `p` moved out along the line from it, just clear of it. */
function pushOut(g: Graph, p: LayoutNode, margin: number, ratio: number): void {
  const pr = (g.getNodeAttribute(p.id, "size") as number) * ratio;
  g.forEachNode((id, a) => {
    if (a.fixed) return;
    const need = pr + (a.size as number) * ratio + margin;
    const dx = (a.x as number) - p.x;
    const dy = (a.y as number) - p.y;
    const d = Math.hypot(dx, dy);
    if (d >= need) return;
    // A node exactly on the pinned one leaves to the right (deterministic).
    const [ux, uy] = d > 0 ? [dx / d, dy / d] : [1, 0];
    g.mergeNodeAttributes(id, { x: p.x + ux * need * 1.001, y: p.y + uy * need * 1.001 });
  });
}

/** Positions of the graph's nodes (graph units). */
const pointsOf = (g: Graph) => g.mapNodes((_id, a) => ({ x: a.x as number, y: a.y as number }));

/** noverlap passes at one scale (graph units per pixel) until a pass moves nothing; the passes run. */
function passesAt(
  g: Graph,
  pinned: readonly LayoutNode[],
  s: NoverlapSettings,
  unit: number,
  budget: number,
): number {
  g.forEachNode((id, a) => g.setNodeAttribute(id, "size", (a.px as number) * unit));
  // noverlap works in 32-bit floats: a move below this is rounding, not a push.
  const still = unit * 1e-3;
  let passes = 0;
  while (passes < budget) {
    const before = new Map(g.mapNodes((id, a) => [id, { x: a.x as number, y: a.y as number }] as const));
    noverlap.assign(g, { maxIterations: 1, settings: { margin: s.margin * unit, ratio: s.ratio } });
    passes++;
    for (const n of pinned) g.mergeNodeAttributes(n.id, { x: n.x, y: n.y });
    for (const n of pinned) pushOut(g, n, s.margin * unit, s.ratio);
    let moved = false;
    g.forEachNode((id, a) => {
      const b = before.get(id);
      if (b && Math.hypot((a.x as number) - b.x, (a.y as number) - b.y) > still) moved = true;
    });
    if (!moved) break;
  }
  return passes;
}

/** Rounds at a new scale at most: enough for a pile spread over the whole stage. */
const MAX_ROUNDS = 12;

export function noverlapLayout(
  job: Pick<LayoutJob, "nodes" | "viewport">,
  s: NoverlapSettings,
): NoverlapResult {
  const g = new Graph({ type: "undirected" });
  for (const n of job.nodes) g.addNode(n.id, { x: n.x, y: n.y, px: Math.max(0, n.size), fixed: n.fixed });
  const pinned = job.nodes.filter((n) => n.fixed);
  // Sizes are pixels at the scale the whole scene is drawn at, and spreading the nodes changes that scale:
  // run again at the new scale until it settles (it only grows, so the rounds end).
  let unit = unitsPerPixel(job.nodes, job.viewport);
  const first = unit;
  let passes = 0;
  for (let round = 0; round < MAX_ROUNDS && passes < s.noverlapIterations && job.nodes.length > 1; round++) {
    passes += passesAt(g, pinned, s, unit, s.noverlapIterations - passes);
    const next = unitsPerPixel(pointsOf(g), job.viewport);
    if (next <= unit * 1.01) break;
    unit = next;
  }
  const still = first * 1e-3;
  const positions: Positions = {};
  for (const n of job.nodes) {
    const a = g.getNodeAttributes(n.id);
    const x = a.x as number;
    const y = a.y as number;
    // A node noverlap did not really move keeps its exact position (no float32 drift).
    positions[n.id] = n.fixed || Math.hypot(x - n.x, y - n.y) <= still ? { x: n.x, y: n.y } : { x, y };
  }
  return { positions, passes };
}
