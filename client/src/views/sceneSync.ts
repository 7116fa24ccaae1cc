/**
 * Puts a view's graph on the canvas: the scene becomes exactly that graph, and nodes already on the canvas
 * keep their places (a slider step only adds and removes what changed).
 */
import type { SerializedGraph } from "../../../contracts/api";
import { type MergeResult, mergeSubgraph, removeNodes, type SceneGraph } from "../model/scene";

export function replaceScene(graph: SceneGraph, sub: SerializedGraph): MergeResult & { removed: number } {
  const nodes = new Set(sub.nodes.map((n) => n.key));
  const edges = new Set(sub.edges.map((e) => e.key));
  const gone = graph.nodes().filter((n) => !nodes.has(n));
  removeNodes(graph, gone);
  for (const e of graph.edges()) if (!edges.has(e)) graph.dropEdge(e);
  return { ...mergeSubgraph(graph, sub), removed: gone.length };
}
