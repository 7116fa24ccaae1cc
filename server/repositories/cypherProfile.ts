/**
 * The statement POST /api/cypher/profile runs: the analyst's query (already through every read-only lock) under
 * PROFILE, with its parameters unchanged. Pure; the executor runs it.
 */
import type { Query } from "../neo4j/executor";

export function profileStatement(query: string, params: Record<string, unknown>): Query {
  return { cypher: `PROFILE ${query}`, params };
}
