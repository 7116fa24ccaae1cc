/**
 * Cypher of the path search (server/services/pathSearch.ts): the two ends, one frontier step, and the
 * details of the paths found. Each reads what its answer needs: index seeks on ids, at most `perNode`
 * relationships per frontier node, relationships by element id.
 */
import type { RelType } from "../../contracts/graph";
import type { Query } from "../neo4j/executor";
import type { DocumentPart } from "../services/evidenceRanking";
import {
  DOCUMENT_PARTS,
  type EntityRow,
  type EvidenceArrays,
  entityMap,
  evidenceArrays,
  type Provenance,
  relPattern,
} from "./fragments";

/** Most hops and paths a path search may ask for, whatever the caller says. */
export const PATH_LIMITS = { maxLength: 8, k: 20 } as const;

/** Deadline of one path search (all its steps together). */
export const PATH_TIMEOUT_MS = 3000;

/**
 * What one search may read: relationships per expanded node (a supernode's cap), relationships in all,
 * the ways to reach a node kept per node, and the reads under which both sides expand in one step.
 */
export const PATH_BUDGET = { perNode: 100, budget: 20_000, maxParents: 32, together: 1000 } as const;

/**
 * One BFS step: for every frontier node that exists, one row with at most `perNode` relationships of the
 * allowed types (a LIMIT per node, no ordering: nothing beyond the cap is read), as [element id,
 * neighbour id, neighbour degree]. The first step (both ends) also tells whether the ends exist.
 */
export function pathStepQuery(frontier: string[], rels: RelType[], perNode: number): Query {
  return {
    cypher: `UNWIND $frontier AS fid
MATCH (f:Entity {id: fid})
RETURN fid, COLLECT {
  MATCH (f)-[r${relPattern(rels)}]-(m:Entity)
  RETURN [elementId(r), m.id, coalesce(m.degree, 0)]
  LIMIT toInteger($perNode)
} AS hops`,
    params: { frontier, perNode: Math.max(1, Math.trunc(perNode)) },
  };
}

/**
 * The entities and relationships (with evidence) of the paths found, seeks by id and element id, and in
 * the same round trip what their evidence views need: the documents' titles, dates and parts, the
 * passages' sentences, and which of the paths' entities each passage mentions (for ranking).
 */
export function pathDetailsQuery(nodeIds: string[], relIds: string[]): Query {
  return {
    cypher: `CALL () {
  UNWIND $nodeIds AS nid
  MATCH (n:Entity {id: nid})
  RETURN collect(${entityMap("n", false)}) AS nodes
}
CALL () {
  UNWIND $relIds AS eid
  MATCH (s:Entity)-[r]->(t:Entity) WHERE elementId(r) = eid
  RETURN collect({eid: eid, id: r.id, type: type(r), source: s.id, target: t.id,
    confidence: r.confidence, count: r.count, stage: r.stage, ev: ${evidenceArrays("r")}}) AS rels
}
CALL (rels) {
  UNWIND rels AS rel
  UNWIND coalesce(rel.ev.docs, []) AS did
  WITH DISTINCT did
  MATCH (d:Document {id: did})
  ${DOCUMENT_PARTS.replaceAll("\n", "\n  ")}
  RETURN collect({id: d.id, title: d.title, date: d.date, parts: parts}) AS docs
}
CALL (rels) {
  UNWIND rels AS rel
  UNWIND coalesce(rel.ev.passages, []) AS pid
  WITH DISTINCT pid
  MATCH (p:Passage {id: pid})
  RETURN collect({id: p.id, start: p.start, text: p.text,
    mentions: COLLECT { MATCH (p)<-[:MENTIONED_IN]-(n:Entity) WHERE n.id IN $nodeIds RETURN DISTINCT n.id }}) AS passages
}
RETURN nodes, rels, docs, passages`,
    params: { nodeIds, relIds },
  };
}

/** The provenance rows of pathDetailsQuery, as the evidence views take them. */
export function provenanceOf(
  docs: { id: string; title: string | null; date: string | null; parts: DocumentPart[] | null }[],
  passages: { id: string; start: number; text: string; mentions: string[] }[],
): Provenance {
  const prov: Required<Provenance> = { docs: new Map(), passages: new Map(), mentions: new Map() };
  for (const d of docs) {
    const parts = (d.parts ?? []).map((p) => ({
      title: String(p.title),
      start: Math.trunc(Number(p.start)),
    }));
    prov.docs.set(d.id, { title: d.title ?? "", date: d.date ?? "", ...(parts.length ? { parts } : {}) });
  }
  for (const p of passages) {
    prov.passages.set(p.id, { start: Math.trunc(Number(p.start)), text: String(p.text) });
    if (p.mentions.length > 0) prov.mentions.set(p.id, new Set(p.mentions));
  }
  return prov;
}

export interface PathRel {
  id: string;
  type: string;
  source: string;
  target: string;
  confidence: number | null;
  count: number | null;
  stage?: string | null;
  ev: EvidenceArrays;
}

export interface PathDetails {
  nodes: EntityRow[];
  rels: (PathRel & { eid: string })[];
  /** What the relationships' evidence views need (titles, sentences, mentions of the paths' entities). */
  provenance: Provenance;
}

/** Step rows → frontier id → hops. */
export function hopsOf(rows: { fid: string; hops: [string, string, number][] }[]) {
  const map = new Map<string, { rel: string; id: string; degree: number }[]>();
  for (const r of rows)
    map.set(
      r.fid,
      r.hops.map(([rel, id, degree]) => ({ rel, id, degree: Number(degree) })),
    );
  return map;
}
