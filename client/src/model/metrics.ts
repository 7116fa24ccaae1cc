/** Graph metrics on the scene, computed with graphology's libraries on a simple undirected projection. */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweenness from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";

export type MetricKind = "pagerank" | "betweenness" | "community";

/** Collapse parallel edges and directions: metrics libraries want a simple graph. */
export function simpleProjection(graph: Graph, visible?: (node: string) => boolean): Graph {
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((n) => {
    if (!visible || visible(n)) g.addNode(n);
  });
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t || !g.hasNode(s) || !g.hasNode(t)) return;
    if (!g.hasEdge(s, t)) g.addEdge(s, t);
  });
  return g;
}

export function computeMetric(
  graph: Graph,
  kind: MetricKind,
  visible?: (node: string) => boolean,
): Map<string, number> {
  const g = simpleProjection(graph, visible);
  const out = new Map<string, number>();
  if (g.order === 0) return out;
  let values: Record<string, number>;
  if (kind === "pagerank") values = pagerank(g, { getEdgeWeight: null });
  else if (kind === "betweenness") values = betweenness(g, { getEdgeWeight: null });
  else values = louvain(g, { getEdgeWeight: null, randomWalk: false });
  for (const [k, v] of Object.entries(values)) out.set(k, v);
  return out;
}
