/**
 * Statistics of what the canvas shows (as Gephi Lite's statistics panel): node and edge counts by type,
 * density, connected components and the degree distribution, over the nodes and edges that pass the filters
 * (model/filters.ts). Degrees here are degrees in the shown scene. Pure, O(nodes + edges).
 */
import type { ExplorerState } from "../store/state";
import { edgeShown, nodeShown } from "./filters";

type Filters = Pick<ExplorerState, "hiddenTypes" | "hiddenRels" | "minDegree" | "minConfidence">;

export interface StatsGraph {
  getNodeAttributes(id: string): Record<string, unknown>;
  degree(id: string): number;
  forEachNode(f: (id: string, a: Record<string, unknown>) => void): void;
  forEachEdge(f: (e: string, a: Record<string, unknown>, s: string, t: string) => void): void;
}

export interface Component {
  nodes: string[];
  edges: string[];
}

export interface DegreeBin {
  /** Degrees from `min` to `max`, both included. */
  min: number;
  max: number;
  nodes: string[];
}

export interface SceneStats {
  nodes: number;
  edges: number;
  /** [type, count], most frequent first (ties by name). */
  nodeTypes: [string, number][];
  edgeTypes: [string, number][];
  /** Share of node pairs joined by at least one shown edge (undirected, self-loops left out); 0 below 2 nodes. */
  density: number;
  /** Largest first (ties by their first node id). */
  components: Component[];
  isolated: number;
  degree: { min: number; max: number; mean: number; bins: DegreeBin[] };
}

/** Most bars the degree distribution draws; wider ranges are grouped into bins of equal width. */
export const MAX_DEGREE_BINS = 10;

function countBy(values: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Connected components with union–find over the shown edges. */
function componentsOf(nodes: string[], edges: [string, string, string][]): Component[] {
  const parent = new Map(nodes.map((n) => [n, n]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    for (let c = x; c !== r; ) {
      const next = parent.get(c) as string;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  for (const [, s, t] of edges) {
    const a = find(s);
    const b = find(t);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, Component>();
  for (const n of nodes) {
    const r = find(n);
    const g = groups.get(r) ?? { nodes: [], edges: [] };
    g.nodes.push(n);
    groups.set(r, g);
  }
  for (const [e, s] of edges) groups.get(find(s))?.edges.push(e);
  return [...groups.values()]
    .map((g) => ({ nodes: g.nodes.sort(), edges: g.edges.sort() }))
    .sort((a, b) => b.nodes.length - a.nodes.length || ((a.nodes[0] ?? "") < (b.nodes[0] ?? "") ? -1 : 1));
}

function degreeBins(degree: Map<string, number>, max: number): DegreeBin[] {
  const width = Math.max(1, Math.ceil((max + 1) / MAX_DEGREE_BINS));
  const bins: DegreeBin[] = [];
  for (let lo = 0; lo <= max; lo += width)
    bins.push({ min: lo, max: Math.min(max, lo + width - 1), nodes: [] });
  for (const [n, d] of [...degree].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    bins[Math.floor(d / width)]?.nodes.push(n);
  return bins;
}

export function sceneStatistics(graph: StatsGraph, s: Filters): SceneStats {
  const nodes: string[] = [];
  const types: string[] = [];
  graph.forEachNode((id, a) => {
    if (!nodeShown(graph, s, id)) return;
    nodes.push(id);
    types.push(String(a.type ?? ""));
  });
  const shown = new Set(nodes);
  const edges: [string, string, string][] = [];
  const relTypes: string[] = [];
  const pairs = new Set<string>();
  const degree = new Map(nodes.map((n) => [n, 0]));
  graph.forEachEdge((e, a, src, tgt) => {
    if (!shown.has(src) || !shown.has(tgt) || !edgeShown(a, s)) return;
    edges.push([e, src, tgt]);
    relTypes.push(String(a.type ?? ""));
    degree.set(src, (degree.get(src) ?? 0) + 1);
    degree.set(tgt, (degree.get(tgt) ?? 0) + 1);
    if (src !== tgt) pairs.add(src < tgt ? `${src}\u0000${tgt}` : `${tgt}\u0000${src}`);
  });
  const n = nodes.length;
  const values = [...degree.values()];
  // No spread into Math.max/min: a big scene's degrees would overflow the call stack.
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  const min = values.reduce((a, b) => Math.min(a, b), max);
  return {
    nodes: n,
    edges: edges.length,
    nodeTypes: countBy(types),
    edgeTypes: countBy(relTypes),
    density: n > 1 ? pairs.size / ((n * (n - 1)) / 2) : 0,
    components: componentsOf(nodes, edges),
    isolated: values.filter((d) => d === 0).length,
    degree: {
      min,
      max,
      mean: n ? values.reduce((a, b) => a + b, 0) / n : 0,
      bins: n ? degreeBins(degree, max) : [],
    },
  };
}

/** The shown nodes of a type (what a node-type row highlights). */
export function shownOfType(graph: StatsGraph, s: Filters, type: string): string[] {
  const out: string[] = [];
  graph.forEachNode((id, a) => {
    if (String(a.type) === type && nodeShown(graph, s, id)) out.push(id);
  });
  return out;
}

/** The shown edges of a relationship type and their ends (what a relationship-type row highlights). */
export function shownOfRel(graph: StatsGraph, s: Filters, rel: string): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges: string[] = [];
  graph.forEachEdge((e, a, src, tgt) => {
    if (String(a.type) !== rel || !edgeShown(a, s) || !nodeShown(graph, s, src) || !nodeShown(graph, s, tgt))
      return;
    edges.push(e);
    nodes.add(src).add(tgt);
  });
  return { nodes: [...nodes], edges };
}
