/**
 * A format writer turns the graph into text piece by piece, so an export is written page by page
 * (GET /api/export, `zonegraph export`) and never held whole: `head`, every node, `middle`, every
 * edge, `foot`, in that order. Concatenated, the pieces are the format's whole document.
 */
import type { ExportEdge, ExportNode } from "./types";

export interface GraphWriter {
  head(): string;
  node(n: ExportNode): string;
  /** After the last node, before the first edge. */
  middle(): string;
  edge(e: ExportEdge): string;
  foot(): string;
}

export type AttrType = "string" | "int" | "double";

/** The attributes of a node in GraphML and GEXF, in their column order. */
export const NODE_KEYS: { id: string; name: string; type: AttrType; get: (n: ExportNode) => unknown }[] = [
  { id: "type", name: "type", type: "string", get: (n) => n.type },
  { id: "name", name: "name", type: "string", get: (n) => n.name },
  { id: "nameEn", name: "nameEn", type: "string", get: (n) => n.nameEn ?? "" },
  { id: "aliases", name: "aliases", type: "string", get: (n) => n.aliases.join(" | ") },
  { id: "degree", name: "degree", type: "int", get: (n) => n.degree },
  { id: "source", name: "source", type: "string", get: (n) => n.source ?? "" },
  { id: "status", name: "status", type: "string", get: (n) => n.status ?? "" },
];

/** The attributes of an edge in GraphML and GEXF, in their column order. */
export const EDGE_KEYS: { id: string; name: string; type: AttrType; get: (e: ExportEdge) => unknown }[] = [
  { id: "relType", name: "type", type: "string", get: (e) => e.type },
  { id: "confidence", name: "confidence", type: "double", get: (e) => e.confidence ?? 0 },
  { id: "evidenceCount", name: "evidenceCount", type: "int", get: (e) => e.evidenceCount },
  { id: "methods", name: "methods", type: "string", get: (e) => e.methods.join(" | ") },
  { id: "stage", name: "stage", type: "string", get: (e) => e.stage ?? "" },
  { id: "count", name: "count", type: "int", get: (e) => e.count ?? 0 },
  { id: "quote", name: "quote", type: "string", get: (e) => e.quote },
  { id: "doc", name: "doc", type: "string", get: (e) => e.doc },
];

/** Lines, each ended by "\n". */
export const lines = (...ls: string[]): string => ls.map((l) => `${l}\n`).join("");
