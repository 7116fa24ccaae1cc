/**
 * Pure {cypher, params} builders that apply one review decision to the loaded graph. Each is
 * idempotent (applying it twice changes nothing) and starts from ids, so its cost follows the
 * decision, not the graph. Types are checked against the closed lists before they reach Cypher.
 */
import { REL_TYPES, type RelType } from "../../contracts/graph";
import type { Query } from "../neo4j/executor";
import { appendMissingEvidence, EVIDENCE_KEYS } from "./evidence";
import { nodeTypeOf, relTypeOf } from "./ids";

const DEGREE = "COUNT { (x)-[q]-(:Entity) WHERE type(q) <> 'CO_OCCURS' }";

/** After a relationship between s and t went away: both ends' degrees again, and whether it applied. */
const REFRESH_ENDS = `WITH s, t
UNWIND [s, t] AS x
SET x.degree = ${DEGREE}
RETURN count(*) > 0 AS applied`;

export function rejectQuery(edge: string): Query {
  const type = relTypeOf(edge);
  return {
    cypher: `MATCH (s)-[r:${type} {id: $edge}]->(t)
DELETE r
${REFRESH_ENDS}`,
    params: { edge },
  };
}

/** A person confirmed it: one evidence entry with method "human" (the first quote), once. */
export function acceptQuery(edge: string, who: string): Query {
  const type = relTypeOf(edge);
  const copy = EVIDENCE_KEYS.filter((k) => k !== "evidenceMethods")
    .map((k) => `r.${k} = r.${k} + [r.${k}[0]]`)
    .join(", ");
  return {
    cypher: `MATCH ()-[r:${type} {id: $edge}]->()
SET r.reviewed = 'accepted', r.reviewedBy = $who
WITH r WHERE NOT 'human' IN r.evidenceMethods AND size(r.evidenceDocs) > 0
SET ${copy}, r.evidenceMethods = r.evidenceMethods + ['human']
RETURN true AS applied`,
    params: { edge, who },
  };
}

export function retypeQuery(edge: string, to: RelType): Query {
  const from = relTypeOf(edge);
  if (!(REL_TYPES as readonly string[]).includes(to)) throw new Error(`Unknown relationship type: ${to}`);
  return {
    cypher: `MATCH (s)-[r:${from} {id: $edge}]->(t)
MERGE (s)-[n:${to}]->(t)
ON CREATE SET n = properties(r)
SET n.id = '${to}:' + s.id + '->' + t.id, n.retypedFrom = '${from}'
DELETE r
${REFRESH_ENDS}`,
    params: { edge },
  };
}

/**
 * Moves every relationship between `f` and other entities to `i`, both directions, keeping its type
 * (Neo4j 5.26 dynamic types: one plan for all types) and merging evidence into an existing one.
 */
export function moveRelationshipsQuery(from: string, into: string): Query {
  return {
    cypher: `MATCH (f:Entity {id: $from}), (i:Entity {id: $into})
CALL (f, i) {
  MATCH (f)-[r]->(x:Entity) WHERE x <> i
  MERGE (i)-[n:$(type(r))]->(x)
  ON CREATE SET n = properties(r)
  SET n.id = type(r) + ':' + i.id + '->' + x.id
  ${appendMissingEvidence("n", "r")}
  DELETE r
}
CALL (f, i) {
  MATCH (x:Entity)-[r]->(f) WHERE x <> i
  MERGE (x)-[n:$(type(r))]->(i)
  ON CREATE SET n = properties(r)
  SET n.id = type(r) + ':' + x.id + '->' + i.id
  ${appendMissingEvidence("n", "r")}
  DELETE r
}`,
    params: { from, into },
  };
}

/**
 * Merge `from` into `into`, as statements for one transaction: relationships move, then mentions
 * and claims, names become aliases, and `from` is deleted.
 */
export function mergeQueries(from: string, into: string, aliases: string[], pinyin: string): Query[] {
  if (nodeTypeOf(from) !== nodeTypeOf(into)) throw new Error("merge needs two entities of one type");
  return [moveRelationshipsQuery(from, into), mergeRestQuery(from, into, aliases, pinyin)];
}

export function mergeRestQuery(from: string, into: string, aliases: string[], pinyin: string): Query {
  return {
    cypher: `MATCH (f:Entity {id: $from}), (i:Entity {id: $into})
CALL (f, i) {
  MATCH (f)-[m:MENTIONED_IN]->(p:Passage)
  MERGE (i)-[n:MENTIONED_IN {start: m.start}]->(p)
  SET n.end = m.end, n.surface = m.surface, n.doc = m.doc
  DELETE m
}
CALL (f, i) {
  MATCH (c:Claim)-[a:ABOUT]->(f)
  MERGE (c)-[:ABOUT]->(i)
  SET c.subject = i.id
  DELETE a
}
SET i.aliases = $aliases, i.aliasText = reduce(s = '', a IN $aliases | s + CASE s WHEN '' THEN '' ELSE ' | ' END + a),
    i.pinyin = $pinyin, i.mergedFrom = coalesce(i.mergedFrom, []) + [f.id]
DETACH DELETE f
WITH i
CALL (i) {
  RETURN i AS x
  UNION
  MATCH (i)--(x:Entity) RETURN x
}
SET x.degree = ${DEGREE}
RETURN count(*) > 0 AS applied`,
    params: { from, into, aliases, pinyin },
  };
}

export function entityNamesQuery(ids: string[]): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases`,
    params: { ids },
  };
}

export function renameQuery(entity: string, name: string, aliases: string[], pinyin: string): Query {
  return {
    cypher: `MATCH (n:Entity {id: $entity})
SET n.name = $name, n.aliases = $aliases,
    n.aliasText = reduce(s = '', a IN $aliases | s + CASE s WHEN '' THEN '' ELSE ' | ' END + a), n.pinyin = $pinyin
RETURN true AS applied`,
    params: { entity, name, aliases, pinyin },
  };
}

export function setNameEnQuery(entity: string, nameEn: string): Query {
  return {
    cypher: "MATCH (n:Entity {id: $entity}) SET n.nameEn = $nameEn RETURN true AS applied",
    params: { entity, nameEn },
  };
}

/**
 * Split an alias wrongly merged into `entity` off as its own entity (same type, id Type:alias):
 * the alias leaves the entity, and the mentions written with it move to the new one.
 */
export function splitQuery(
  entity: string,
  alias: string,
  remaining: string[],
  pinyinOld: string,
  pinyinNew: string,
): Query {
  const type = nodeTypeOf(entity);
  return {
    cypher: `MATCH (n:Entity {id: $entity})
MERGE (s:Entity {id: $newId})
ON CREATE SET s:${type}, s.type = '${type}', s.name = $alias, s.nameEn = null, s.aliases = [], s.aliasText = '',
              s.pinyin = $pinyinNew, s.source = 'human', s.splitFrom = $entity
SET n.aliases = $remaining,
    n.aliasText = reduce(t = '', a IN $remaining | t + CASE t WHEN '' THEN '' ELSE ' | ' END + a), n.pinyin = $pinyinOld
WITH n, s
CALL (n, s) {
  MATCH (n)-[m:MENTIONED_IN {surface: $alias}]->(p:Passage)
  MERGE (s)-[x:MENTIONED_IN {start: m.start}]->(p)
  SET x.end = m.end, x.surface = m.surface, x.doc = m.doc
  DELETE m
}
RETURN true AS applied`,
    params: { entity, alias, remaining, pinyinOld, pinyinNew, newId: `${type}:${alias}` },
  };
}
