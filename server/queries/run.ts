/**
 * Run one named query: bind its parameters, then the same guarded path as analysts' Cypher
 * (CypherService.execute: lexical and expression checks, EXPLAIN type and plan allow-list, path
 * bounds, READ transaction with a deadline, row cap and byte budget). Rows come back as plain JSON.
 */
import type { NamedQuery } from "../../contracts/api";
import { GraphCollector, recordsToRows } from "../cypher/convert";
import type { Executor } from "../neo4j/executor";
import { CypherService, DEFAULT_BYTE_LIMIT } from "../services/cypher";
import { bindParams } from "./catalog";

export interface NamedQueryResult {
  query: string;
  params: Record<string, unknown>;
  columns: string[];
  rows: Record<string, unknown>[];
  /** True when rows were left out; truncatedBy says whether by the row cap or the byte budget. */
  truncated: boolean;
  truncatedBy?: "rows" | "bytes";
  elapsedMs: number;
}

export async function runNamedQuery(
  executor: Executor,
  q: NamedQuery,
  raw: Record<string, unknown>,
  {
    maxRows = 1000,
    timeoutMs = 60_000,
    byteLimit = DEFAULT_BYTE_LIMIT,
  }: { maxRows?: number; timeoutMs?: number; byteLimit?: number } = {},
): Promise<NamedQueryResult> {
  const started = performance.now();
  const params = bindParams(q, raw);
  const service = new CypherService(executor, { timeoutMs, rowLimit: maxRows, byteLimit });
  const { result } = await service.execute({ cypher: q.cypher, params });
  const rows = recordsToRows(result.keys, result.records, new GraphCollector());
  return {
    query: q.name,
    params,
    columns: result.keys,
    rows,
    truncated: result.truncated !== false,
    ...(result.truncated ? { truncatedBy: result.truncated.reason } : {}),
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
