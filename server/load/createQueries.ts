/**
 * The CREATE twins of the loader's MERGE statements (queries.ts), for a fresh load (fresh.ts): the
 * same rows and the same properties, written without looking for an existing node or relationship.
 * Only records whose key the load has not written before reach them (dedup.ts); a repeated key goes
 * to the MERGE statement after every CREATE batch, so the result equals the MERGE path's.
 */
import type { GraphEdge, GraphNode, Mention, NodeType, Passage, RelType } from "../../contracts/graph";
import type { Query } from "../neo4j/executor";
import {
  assertNodeType,
  assertRelType,
  edgesQuery,
  mentionsQuery,
  nodesQuery,
  passagesQuery,
} from "./queries";

export function createPassagesQuery(passages: Passage[], loadId: string | null = null): Query {
  return {
    ...passagesQuery(passages, loadId),
    cypher: `UNWIND $rows AS row
CREATE (p:Passage {id: row.id})
SET p.doc = row.doc, p.start = row.start, p.end = row.end, p.text = row.text, p.clean = row.clean,
    p.loadId = $load
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

export function createEdgesQuery(type: RelType, edges: GraphEdge[], loadId: string | null = null): Query {
  const rel = assertRelType(type);
  return {
    ...edgesQuery(type, edges, loadId),
    cypher: `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:${rel}]->(t)
SET r += row.props, r.loadId = $load`,
  };
}

export function createMentionsQuery(mentions: Mention[], loadId: string | null = null): Query {
  return {
    ...mentionsQuery(mentions, loadId),
    cypher: `UNWIND $rows AS row
MATCH (n:Entity {id: row.node})
MATCH (p:Passage {id: row.passage})
CREATE (n)-[m:MENTIONED_IN {start: row.start}]->(p)
SET m.end = row.end, m.surface = row.surface, m.doc = row.doc, m.loadId = $load`,
  };
}
