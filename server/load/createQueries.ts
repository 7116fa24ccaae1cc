/**
 * The CREATE twins of the loader's MERGE statements (queries.ts), for a fresh load (fresh.ts): the
 * same rows and the same properties, written without looking for an existing node or relationship.
 * Only records whose key the load has not written before reach them (dedup.ts); a repeated key goes
 * to the MERGE statement after every CREATE batch, so the result equals the MERGE path's.
 */
import type { GraphEdge, GraphNode, Mention, NodeType, Passage } from "../../contracts/graph";
import type { Query } from "../neo4j/executor";
import {
  assertNodeType,
  assertRelType,
  evidenceProperties,
  mentionsQuery,
  nodesQuery,
  passagesQuery,
  RESERVED_REL_KEYS,
} from "./queries";

export function createPassagesQuery(passages: Passage[], loadId: string | null = null): Query {
  return {
    ...passagesQuery(passages, loadId),
    cypher: `UNWIND $rows AS row
CREATE (p:Passage {id: row.id, doc: row.doc, start: row.start, end: row.end, text: row.text,
                   clean: row.clean, loadId: $load})
WITH p, row
MATCH (d:Document {id: row.doc})
CREATE (p)-[:IN_DOCUMENT]->(d)`,
  };
}

export function createNodesQuery(type: NodeType, nodes: GraphNode[], loadId: string | null = null): Query {
  const label = assertNodeType(type);
  return {
    ...nodesQuery(type, nodes, loadId),
    cypher: `UNWIND $rows AS row
CREATE (n:Entity:${label} {id: row.id})
SET n += row.props, n.loadId = $load`,
  };
}

/** The relationship properties every edge has, written as a literal map (see createEdgesQuery). */
const EDGE_KEYS = ["id", "confidence", ...Object.keys(evidenceProperties([]))];

/**
 * Every relationship type in one statement: the type is the row's own (`$(row.type)`, Neo4j 5.26's
 * dynamic types), so a fresh load holds one open relationship batch instead of one per type (12):
 * fewer records waiting in memory, and every batch full. Each type is checked against the contract.
 * The properties go into the CREATE pattern as a literal map: a `SET r += map` after CREATE makes
 * Neo4j materialise the whole batch first (an Eager), which costs about as much as the CREATE itself.
 * Free-form properties (rare) still need that SET; only batches that have some pay for it.
 */
export function createEdgesQuery(edges: GraphEdge[], loadId: string | null = null): Query {
  const rows = edges.map((e) => {
    const extra = Object.fromEntries(Object.entries(e.properties).filter(([k]) => !RESERVED_REL_KEYS.has(k)));
    return {
      type: assertRelType(e.type),
      source: e.source,
      target: e.target,
      props: { id: e.id, confidence: e.confidence, ...evidenceProperties(e.evidence) },
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    };
  });
  const literal = [...EDGE_KEYS.map((k) => `${k}: row.props.${k}`), "loadId: $load"].join(", ");
  return {
    cypher: `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type) {${literal}}]->(t)${rows.some((r) => r.extra) ? "\nSET r += coalesce(row.extra, {})" : ""}`,
    params: { load: loadId, rows },
  };
}

export function createMentionsQuery(mentions: Mention[], loadId: string | null = null): Query {
  return {
    ...mentionsQuery(mentions, loadId),
    cypher: `UNWIND $rows AS row
MATCH (n:Entity {id: row.node})
MATCH (p:Passage {id: row.passage})
CREATE (n)-[m:MENTIONED_IN {start: row.start, end: row.end, surface: row.surface, doc: row.doc,
                             loadId: $load}]->(p)`,
  };
}
