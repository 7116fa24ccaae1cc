/**
 * The layout job the worker runs (pure and deterministic: the same job gives the same positions, so a
 * seeded first screen is identical across reloads). ForceAtlas2 runs a fixed number of iterations over the
 * connected nodes, in id order; pinned nodes (`fixed`) never move. Unconnected nodes go on a shelf beside
 * the graph, grouped by type (no scatter of lone dots); then the label boxes are pushed apart so that
 * labels have room at the scale the whole scene is drawn at.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { type LayoutJob, type LayoutNode, type Positions, unitsPerPixel } from "./job";
import { separateLabels } from "./labelRoom";
import { noverlapLayout } from "./noverlapLayout";
import { useBarnesHut } from "./settings";
import { byTypeLayout, circularLayout, randomLayout } from "./simpleLayouts";

export type { LayoutJob, LayoutNode, Positions };

function runForceAtlas2(job: LayoutJob, ids: string[], pos: Map<string, { x: number; y: number }>): void {
  if (ids.length < 2 || job.iterations <= 0) return;
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const byId = new Map(job.nodes.map((n) => [n.id, n]));
  for (const id of ids) {
    const n = byId.get(id) as LayoutNode;
    g.addNode(id, { x: n.x, y: n.y, fixed: n.fixed, size: n.size });
  }
  const edges = job.edges
    .filter(([a, b]) => a !== b && g.hasNode(a) && g.hasNode(b))
    .map(([a, b]) => (a < b ? [a, b] : [b, a]) as [string, string])
    .sort((p, q) => (p[0] === q[0] ? (p[1] < q[1] ? -1 : 1) : p[0] < q[0] ? -1 : 1));
  for (const [a, b] of edges) g.mergeEdge(a, b);
  const inferred = forceAtlas2.inferSettings(g);
  const chosen = job.settings;
  forceAtlas2.assign(g, {
    iterations: job.iterations,
    settings: {
      ...inferred,
      ...(chosen ? { gravity: chosen.gravity, scalingRatio: chosen.scalingRatio } : {}),
      barnesHutOptimize: chosen ? useBarnesHut(chosen, g.order) : g.order > 400,
      adjustSizes: false,
    },
  });
  g.forEachNode((id, a) => pos.set(id, { x: a.x as number, y: a.y as number }));
}

/** Unconnected, unpinned nodes in a grid to the right of the graph, grouped by type, in id order. */
function shelve(job: LayoutJob, lone: LayoutNode[], pos: Map<string, { x: number; y: number }>): void {
  if (!lone.length) return;
  const placed = job.nodes.filter((n) => !lone.includes(n)).map((n) => pos.get(n.id) ?? n);
  const unit = placed.length > 1 ? unitsPerPixel(placed, job.viewport) : 1;
  const maxX = placed.length ? Math.max(...placed.map((p) => p.x)) : 0;
  const minY = placed.length ? Math.min(...placed.map((p) => p.y)) : 0;
  const maxY = placed.length ? Math.max(...placed.map((p) => p.y)) : 0;
  const rowStep = job.labelSize * 2.2 * unit;
  const colStep = (Math.max(...lone.map((n) => n.labelPx + 2 * n.size)) + 24) * unit;
  // As tall as the graph, or a square block when the graph is flatter than the shelf needs.
  const rows = Math.max(Math.floor((maxY - minY) / rowStep) + 1, Math.ceil(Math.sqrt(lone.length)));
  const sorted = [...lone].sort((a, b) =>
    a.group === b.group ? (a.id < b.id ? -1 : 1) : a.group < b.group ? -1 : 1,
  );
  sorted.forEach((n, i) => {
    const col = Math.floor(i / rows);
    pos.set(n.id, { x: maxX + colStep * (col + 0.5), y: maxY - (i % rows) * rowStep });
  });
}

export function computeLayout(job: LayoutJob): Positions {
  const kind = job.settings?.kind ?? "force";
  if (kind === "noverlap" && job.settings) return noverlapLayout(job, job.settings).positions;
  if (kind === "circular") return circularLayout(job.nodes);
  if (kind === "random") return randomLayout(job.nodes);
  if (kind === "byType") return byTypeLayout(job.nodes);
  const pos = new Map(job.nodes.map((n) => [n.id, { x: n.x, y: n.y }] as const));
  const linked = new Set<string>();
  for (const [a, b] of job.edges)
    if (a !== b) {
      linked.add(a);
      linked.add(b);
    }
  const lone = job.shelf ? job.nodes.filter((n) => !linked.has(n.id) && !n.fixed) : [];
  const loneIds = new Set(lone.map((n) => n.id));
  const ids = job.nodes
    .map((n) => n.id)
    .filter((id) => !loneIds.has(id))
    .sort();
  runForceAtlas2(job, ids, pos);
  shelve(job, lone, pos);
  separateLabels(job, pos);
  const out: Positions = {};
  for (const n of job.nodes) {
    const p = pos.get(n.id);
    out[n.id] = n.fixed || !p ? { x: n.x, y: n.y } : p;
  }
  return out;
}
