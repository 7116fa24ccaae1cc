/**
 * Makes an upload's graph safe to MERGE into a loaded graph: the loader SETs relationship and
 * entity properties, so evidence already stored for a relationship, and the names/aliases of an
 * existing entity (perhaps renamed by a reviewer), are carried into the rows it writes.
 */
import type { Evidence, ExtractedGraph, GraphEdge } from "../../contracts/graph";

type Props = Record<string, unknown>;

export function evidenceFromProps(props: Props): Evidence[] {
  const list = (k: string) => (Array.isArray(props[k]) ? (props[k] as unknown[]) : []);
  const docs = list("evidenceDocs");
  return docs.map((doc, i) => ({
    doc: String(doc),
    passage: String(list("evidencePassages")[i] ?? ""),
    start: Number(list("evidenceStarts")[i] ?? 0),
    end: Number(list("evidenceEnds")[i] ?? 0),
    quote: String(list("evidenceQuotes")[i] ?? ""),
    method: String(list("evidenceMethods")[i] ?? "pattern") as Evidence["method"],
  }));
}

const same = (a: Evidence, b: Evidence) =>
  a.doc === b.doc &&
  a.passage === b.passage &&
  a.start === b.start &&
  a.end === b.end &&
  a.method === b.method;

export function mergeEdge(edge: GraphEdge, stored: Props | undefined): GraphEdge {
  if (!stored) return edge;
  const evidence = evidenceFromProps(stored);
  for (const ev of edge.evidence) if (!evidence.some((x) => same(x, ev))) evidence.push(ev);
  const confidence = Math.max(edge.confidence, Number(stored.confidence ?? 0));
  return { ...edge, evidence, confidence };
}

export function mergeIntoStored(
  graph: ExtractedGraph,
  storedEdges: Map<string, Props>,
  storedNodes: Map<string, { name: string; nameEn: string | null; aliases: string[] }>,
): ExtractedGraph {
  return {
    ...graph,
    edges: graph.edges.map((e) => mergeEdge(e, storedEdges.get(e.id))),
    nodes: graph.nodes.map((n) => {
      const s = storedNodes.get(n.id);
      if (!s) return n;
      const aliases = [...new Set([...s.aliases, ...n.aliases])].filter((a) => a !== s.name).sort();
      return { ...n, name: s.name, nameEn: s.nameEn ?? n.nameEn, aliases };
    }),
  };
}
