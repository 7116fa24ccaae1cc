/** An Executor that records every read it runs (Cypher and row count), to test how a feature queries. */
import type { Executor, Query } from "../../server/neo4j/executor";

export interface RecordedRead {
  cypher: string;
  rows: number;
}

export function countingExecutor(executor: Executor): { executor: Executor; reads: RecordedRead[] } {
  const reads: RecordedRead[] = [];
  const counting = Object.create(executor) as Executor;
  counting.executeRead = async (query: Query, options?: { timeoutMs?: number }) => {
    const result = await executor.executeRead(query, options);
    reads.push({ cypher: query.cypher, rows: result.records.length });
    return result;
  };
  return { executor: counting, reads };
}
