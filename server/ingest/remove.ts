/**
 * DELETE /api/documents/:id: the document, its passages (and so its mentions), its evidence on
 * every relationship and claim — a relationship or claim whose only evidence it was goes with it —
 * and entities left with neither mentions nor relationships. It starts from the document's
 * passages, so its cost follows the document, not the graph.
 */
import type { Query } from "../neo4j/executor";

/** Entities the document touches: mentioned in its passages, or subjects of claims stated there. */
const TOUCHED = `MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (d)<-[:IN_DOCUMENT]-(:Passage)<-[:MENTIONED_IN]-(n:Entity) RETURN DISTINCT n
  UNION
  MATCH (d)<-[:IN_DOCUMENT]-(:Passage)<-[:STATED_IN]-(:Claim)-[:ABOUT]->(n:Entity) RETURN DISTINCT n
}`;

const KEEP = `[i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] <> $id]`;

const EVIDENCE = ["Docs", "Passages", "Starts", "Ends", "Quotes", "Methods"];

/** `v` (with its kept evidence indexes `keep`) is deleted when no evidence is left, else trimmed. */
function keepOrDelete(v: string, del: string): string {
  const sets = EVIDENCE.map((f) => `${v}.evidence${f} = [i IN keep | ${v}.evidence${f}[i]]`).join(
    ",\n      ",
  );
  return `CALL (${v}, keep) {
  WITH ${v}, keep WHERE size(keep) = 0
  ${del} ${v}
  RETURN 1 AS deleted
  UNION
  WITH ${v}, keep WHERE size(keep) > 0
  SET ${sets}
  RETURN 0 AS deleted
}`;
}

/** Removes the document's evidence from the given entities' relationships, deleting those left without any. */
export function stripRelationsQuery(id: string, entities: string[]): Query {
  return {
    cypher: `UNWIND $entities AS eid
MATCH (n:Entity {id: eid})-[r]-(:Entity)
WHERE $id IN r.evidenceDocs
WITH DISTINCT r, ${KEEP} AS keep
${keepOrDelete("r", "DELETE")}
RETURN sum(deleted) AS deleted, count(*) - sum(deleted) AS kept`,
    params: { id, entities },
  };
}

/** Claims stated only in the document go; the others lose its evidence. */
export function stripClaimsQuery(id: string): Query {
  return {
    cypher: `MATCH (d:Document {id: $id})<-[:IN_DOCUMENT]-(:Passage)<-[:STATED_IN]-(c:Claim)
WITH DISTINCT c
WITH c, [i IN range(0, size(c.evidenceDocs) - 1) WHERE c.evidenceDocs[i] <> $id] AS keep
${keepOrDelete("c", "DETACH DELETE")}
RETURN sum(deleted) AS deleted`,
    params: { id },
  };
}

/**
 * The ids of the entities the document touches, and of their neighbours through relationships
 * with evidence in it (entities a sentence implies without naming them); read before deleting.
 */
export function touchedEntitiesQuery(id: string): Query {
  return {
    cypher: `${TOUCHED}
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS n RETURN n.id AS eid
  UNION
  UNWIND ns AS n MATCH (n)-[r]-(m:Entity) WHERE $id IN r.evidenceDocs RETURN m.id AS eid
}
RETURN collect(DISTINCT eid) AS ids`,
    params: { id },
  };
}

export function deleteDocumentQuery(id: string): Query {
  return {
    cypher: `MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(p:Passage)
DETACH DELETE p
WITH DISTINCT d
DETACH DELETE d
RETURN count(d) AS deleted`,
    params: { id },
  };
}

/** Of the given entities, those left with no mention, relationship or claim are deleted; degrees updated. */
export function pruneEntitiesQuery(ids: string[]): Query {
  return {
    cypher: `UNWIND $ids AS eid
MATCH (n:Entity {id: eid})
CALL (n) {
  WITH n WHERE NOT EXISTS { (n)-[]-() }
  DELETE n
  RETURN 1 AS deleted
  UNION
  WITH n WHERE EXISTS { (n)-[]-() }
  SET n.degree = COUNT { (n)-[r]-(:Entity) WHERE type(r) <> 'CO_OCCURS' }
  RETURN 0 AS deleted
}
RETURN sum(deleted) AS deleted`,
    params: { ids },
  };
}
