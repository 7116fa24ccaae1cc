/**
 * The scene's data graph: what the user has brought in from the API, with positions.
 * Display effects (highlight, dim, filters) never live here — they go through sigma reducers.
 */
import Graph from "graphology";
import type { SerializedGraph } from "../../../contracts/api";

export type SceneGraph = Graph;

export function createSceneGraph(): SceneGraph {
  return new Graph({ type: "directed", multi: true, allowSelfLoops: true });
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

export interface MergeOptions {
  /** Where new nodes without a placed neighbour go (e.g. the expanded node). */
  anchor?: { x: number; y: number } | undefined;
  rng?: () => number;
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** Scene-only attributes that an incoming subgraph must never overwrite. */
const SCENE_KEYS = new Set(["x", "y", "fixed"]);

/**
 * Merge a serialized subgraph into the scene incrementally: existing nodes keep their positions and pins,
 * new nodes are placed next to their already-placed neighbours (or the anchor), edges are added once.
 */
export function mergeSubgraph(graph: SceneGraph, sub: SerializedGraph, opts: MergeOptions = {}): MergeResult {
  const rng = opts.rng ?? Math.random;
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  const spread = Math.max(1, Math.sqrt(graph.order + sub.nodes.length)) * 2;

  const incoming = new Map<string, Record<string, unknown>>();
  for (const n of sub.nodes) {
    const attrs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n.attributes)) if (!SCENE_KEYS.has(k)) attrs[k] = v;
    if (graph.hasNode(n.key)) graph.mergeNodeAttributes(n.key, attrs);
    else incoming.set(n.key, attrs);
  }
  // Neighbours of each new node, from the incoming edges, to place it near them.
  const neighbours = new Map<string, string[]>();
  for (const e of sub.edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      if (!incoming.has(a)) continue;
      const list = neighbours.get(a) ?? [];
      list.push(b);
      neighbours.set(a, list);
    }
  }
  const bounds = sceneBounds(graph);
  const centre =
    opts.anchor ??
    (bounds ? { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2 } : { x: 0, y: 0 });
  // Two passes so that chains of new nodes still land near placed ones.
  const pending = [...incoming.keys()];
  for (let pass = 0; pass < 2; pass++) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const key = pending[i] as string;
      let sx = 0;
      let sy = 0;
      let count = 0;
      for (const nb of neighbours.get(key) ?? []) {
        if (!graph.hasNode(nb)) continue;
        const x = num(graph.getNodeAttribute(nb, "x"));
        const y = num(graph.getNodeAttribute(nb, "y"));
        if (x === undefined || y === undefined) continue;
        sx += x;
        sy += y;
        count++;
      }
      if (count === 0 && pass === 0) continue;
      const base = count > 0 ? { x: sx / count, y: sy / count } : centre;
      const angle = rng() * Math.PI * 2;
      const r = (0.3 + rng()) * (count > 0 ? 1.5 : spread);
      graph.addNode(key, {
        ...incoming.get(key),
        x: base.x + Math.cos(angle) * r,
        y: base.y + Math.sin(angle) * r,
      });
      addedNodes.push(key);
      pending.splice(i, 1);
    }
  }
  for (const e of sub.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.key)) {
      graph.mergeEdgeAttributes(e.key, e.attributes);
      continue;
    }
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes });
    addedEdges.push(e.key);
  }
  return { addedNodes, addedEdges };
}

export function sceneBounds(
  graph: SceneGraph,
): { minX: number; minY: number; maxX: number; maxY: number } | null {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_, a) => {
    const x = num(a.x);
    const y = num(a.y);
    if (x === undefined || y === undefined) return;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  });
  return Number.isFinite(minX) ? { minX, minY, maxX, maxY } : null;
}

/** Remove nodes (and their edges). Returns those that were present. */
export function removeNodes(graph: SceneGraph, ids: Iterable<string>): string[] {
  const removed: string[] = [];
  for (const id of ids) {
    if (!graph.hasNode(id)) continue;
    graph.dropNode(id);
    removed.push(id);
  }
  return removed;
}

/**
 * Collapse a node: remove the neighbours that hang only on it in the scene (leaves), unless pinned.
 */
export function collapseNode(graph: SceneGraph, id: string): string[] {
  if (!graph.hasNode(id)) return [];
  const leaves: string[] = [];
  graph.forEachNeighbor(id, (nb, attrs) => {
    if (attrs.fixed) return;
    const others = graph.neighbors(nb).filter((x) => x !== id);
    if (others.length === 0) leaves.push(nb);
  });
  return removeNodes(graph, leaves);
}

export function setPinned(graph: SceneGraph, ids: Iterable<string>, pinned: boolean): void {
  for (const id of ids) {
    if (!graph.hasNode(id)) continue;
    if (pinned) graph.setNodeAttribute(id, "fixed", true);
    else graph.removeNodeAttribute(id, "fixed");
  }
}

/** Snapshot of the data graph for undo/redo and saved views. */
export type SceneSnapshot = ReturnType<SceneGraph["export"]>;

export function snapshot(graph: SceneGraph): SceneSnapshot {
  return graph.export();
}

export function restore(graph: SceneGraph, snap: SceneSnapshot): void {
  graph.clear();
  graph.import(snap);
}

/** Scene degree per node (number of distinct neighbours present). */
export function sceneDegree(graph: SceneGraph, id: string): number {
  return graph.hasNode(id) ? graph.degree(id) : 0;
}

/** Neighbours in the scene plus the node itself (the "focus" of a selection). */
export function neighbourhoodOf(graph: SceneGraph, id: string): Set<string> {
  const set = new Set<string>([id]);
  if (graph.hasNode(id)) for (const nb of graph.neighbors(id)) set.add(nb);
  return set;
}
