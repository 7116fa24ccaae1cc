/**
 * The review queue: relationships nobody has reviewed, lowest confidence first (co-occurrence-only
 * pairs score ≤ 0.5, so they come first), each with its sentences. It reads every relationship's
 * confidence to sort (a top-k scan): fine for the corpus, a known cost at millions of edges.
 */

import neo4j from "neo4j-driver";
import type { Query } from "../neo4j/executor";

export function reviewQueueQuery(limit: number): Query {
  return {
    cypher: `MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.reviewed IS NULL AND r.confidence IS NOT NULL
WITH s, r, t ORDER BY r.confidence ASC, r.id ASC LIMIT $limit
RETURN r.id AS id, type(r) AS type, {id: s.id, name: s.name} AS source, {id: t.id, name: t.name} AS target,
       r.confidence AS confidence,
       [i IN range(0, size(r.evidenceDocs) - 1) | {doc: r.evidenceDocs[i], quote: r.evidenceQuotes[i],
         start: r.evidenceStarts[i], end: r.evidenceEnds[i], method: r.evidenceMethods[i]}] AS evidence`,
    params: { limit: neo4j.int(limit) },
  };
}
