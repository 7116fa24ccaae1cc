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
import { type LayoutSettings, useBarnesHut } from "./settings";
import { byTypeLayout, circularLayout, randomLayout } from "./simpleLayouts";

export type { LayoutJob, LayoutNode, Positions };

/** The connected nodes `ids` (in id order) and their edges as the undirected graph ForceAtlas2 moves. */
function forceGraph(job: LayoutJob, ids: string[]): Graph {
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
  return g;
}

type Fa2Settings = ReturnType<typeof forceAtlas2.inferSettings>;

/** ForceAtlas2's settings: the inferred ones, with the chosen gravity, scaling and Barnes-Hut. */
function forceSettings(
  inferred: Fa2Settings,
  chosen: LayoutSettings | undefined,
  order: number,
): Fa2Settings {
  return {
    ...inferred,
    ...(chosen ? { gravity: chosen.gravity, scalingRatio: chosen.scalingRatio } : {}),
    barnesHutOptimize: chosen ? useBarnesHut(chosen, order) : order > 400,
    adjustSizes: false,
  };
}

function runForceAtlas2(job: LayoutJob, ids: string[], pos: Map<string, { x: number; y: number }>): void {
  if (ids.length < 2 || job.iterations <= 0) return;
  const g = forceGraph(job, ids);
  forceAtlas2.assign(g, {
    iterations: job.iterations,
    settings: forceSettings(forceAtlas2.inferSettings(g), job.settings, g.order),
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

/** The nodes ForceAtlas2 moves (connected, id order) and those put on the shelf. */
function split(job: LayoutJob): { ids: string[]; lone: LayoutNode[] } {
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
  return { ids, lone };
}

/** After ForceAtlas2: the shelf, room for labels, and every pinned node where it was. */
function finish(job: LayoutJob, lone: LayoutNode[], pos: Map<string, { x: number; y: number }>): Positions {
  shelve(job, lone, pos);
  separateLabels(job, pos);
  return current(job, pos);
}

function current(job: LayoutJob, pos: Map<string, { x: number; y: number }>): Positions {
  const out: Positions = {};
  for (const n of job.nodes) {
    const p = pos.get(n.id);
    out[n.id] = n.fixed || !p ? { x: n.x, y: n.y } : p;
  }
  return out;
}

export function computeLayout(job: LayoutJob): Positions {
  const kind = job.settings?.kind ?? "force";
  if (kind === "noverlap" && job.settings) return noverlapLayout(job, job.settings).positions;
  if (kind === "circular") return circularLayout(job.nodes);
  if (kind === "random") return randomLayout(job.nodes);
  if (kind === "byType") return byTypeLayout(job.nodes);
  const pos = new Map(job.nodes.map((n) => [n.id, { x: n.x, y: n.y }] as const));
  const { ids, lone } = split(job);
  runForceAtlas2(job, ids, pos);
  return finish(job, lone, pos);
}

/**
 * ForceAtlas2 run step by step (Gephi Lite's running layout): `step` runs a few iterations with the
 * settings given then — so gravity, scaling and Barnes-Hut changed while it runs apply from the next step —
 * `positions` is where the nodes are now, and `finish` adds the shelf and the label room at the end.
 */
export class LiveForce {
  private readonly pos: Map<string, { x: number; y: number }>;
  private readonly graph: Graph | null;
  private readonly inferred: Fa2Settings | null;
  private readonly lone: LayoutNode[];
  done = 0;

  constructor(private readonly job: LayoutJob) {
    this.pos = new Map(job.nodes.map((n) => [n.id, { x: n.x, y: n.y }] as const));
    const { ids, lone } = split(job);
    this.lone = lone;
    this.graph = ids.length >= 2 ? forceGraph(job, ids) : null;
    this.inferred = this.graph ? forceAtlas2.inferSettings(this.graph) : null;
  }

  get finished(): boolean {
    return !this.graph || this.done >= this.job.iterations;
  }

  /** Up to `n` more iterations with `settings`; false once the run has had all its iterations. */
  step(n: number, settings: LayoutSettings | undefined = this.job.settings): boolean {
    const g = this.graph;
    if (!g || !this.inferred || this.finished) return false;
    const iterations = Math.min(n, this.job.iterations - this.done);
    forceAtlas2.assign(g, { iterations, settings: forceSettings(this.inferred, settings, g.order) });
    g.forEachNode((id, a) => this.pos.set(id, { x: a.x as number, y: a.y as number }));
    this.done += iterations;
    return !this.finished;
  }

  positions(): Positions {
    return current(this.job, this.pos);
  }

  finish(): Positions {
    return finish(this.job, this.lone, this.pos);
  }
}
