/**
 * What the filters leave on the canvas: a node of a shown type with at least `minDegree` relationships
 * (its whole-graph degree when the server gave one, else its degree in the scene), an edge of a shown
 * type with at least `minConfidence`. The renderer's reducers, the list view and the metrics read these,
 * so every view of the scene agrees. Pure.
 */
import type { ExplorerState } from "../store/state";

type Filters = Pick<ExplorerState, "hiddenTypes" | "hiddenRels" | "minDegree" | "minConfidence">;

interface Readable {
  getNodeAttributes(id: string): Record<string, unknown>;
  degree(id: string): number;
}

/** The degree the filter and the size-by-degree read. */
export function nodeDegree(graph: Readable, id: string): number {
  const d = graph.getNodeAttributes(id).degree;
  return typeof d === "number" && Number.isFinite(d) ? d : graph.degree(id);
}

export function nodeShown(graph: Readable, s: Filters, id: string): boolean {
  if (s.hiddenTypes.has(String(graph.getNodeAttributes(id).type))) return false;
  return s.minDegree <= 0 || nodeDegree(graph, id) >= s.minDegree;
}

/** Edges without a confidence (a Cypher result's) pass every confidence bound. */
export function edgeShown(attrs: Record<string, unknown>, s: Filters): boolean {
  if (s.hiddenRels.has(String(attrs.type))) return false;
  const c = attrs.confidence;
  return s.minConfidence <= 0 || typeof c !== "number" || c >= s.minConfidence;
}

/** Highest degree among the scene's nodes (the degree slider's end). */
export function maxDegree(graph: Readable & { nodes(): string[] }): number {
  let max = 0;
  for (const id of graph.nodes()) max = Math.max(max, nodeDegree(graph, id));
  return max;
}

export interface ShownCounts {
  nodes: number;
  edges: number;
  totalNodes: number;
  totalEdges: number;
}

/**
 * What the canvas shows: nodes that pass the filters, and edges that pass them with both ends shown (sigma
 * hides an edge whose end is hidden), beside the scene's totals. The status line reads this.
 */
export function shownCounts(
  graph: Readable & {
    order: number;
    size: number;
    filterNodes(f: (id: string) => boolean): string[];
    filterEdges(f: (e: string, a: Record<string, unknown>, s: string, t: string) => boolean): string[];
  },
  s: Filters,
): ShownCounts {
  const shown = new Set(graph.filterNodes((id) => nodeShown(graph, s, id)));
  const edges = graph.filterEdges((_e, a, src, tgt) => shown.has(src) && shown.has(tgt) && edgeShown(a, s));
  return { nodes: shown.size, edges: edges.length, totalNodes: graph.order, totalEdges: graph.size };
}
