/**
 * Run one named query: bind its parameters, vet it like analysts' Cypher (lexical check, EXPLAIN
 * type "r", plan allow-list — named queries are trusted files but still run read-only), then run it
 * in a READ transaction with a timeout and a row cap. Rows come back as plain JSON.
 */
import type { NamedQuery } from "../../contracts/api";
import { GraphCollector, recordsToRows } from "../cypher/convert";
import type { Executor } from "../neo4j/executor";
import { CypherService } from "../services/cypher";
import { bindParams } from "./catalog";

export interface NamedQueryResult {
  query: string;
  params: Record<string, unknown>;
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  elapsedMs: number;
}

export async function runNamedQuery(
  executor: Executor,
  q: NamedQuery,
  raw: Record<string, unknown>,
  { maxRows = 1000, timeoutMs = 60_000 }: { maxRows?: number; timeoutMs?: number } = {},
): Promise<NamedQueryResult> {
  const started = performance.now();
  const params = bindParams(q, raw);
  await new CypherService(executor, { timeoutMs, rowLimit: maxRows }).vet(q.cypher, params);
  const result = await executor.runAnalystRead({ cypher: q.cypher, params }, { timeoutMs, maxRows });
  const rows = recordsToRows(result.keys, result.records, new GraphCollector());
  return {
    query: q.name,
    params,
    columns: result.keys,
    rows,
    truncated: result.truncated,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
