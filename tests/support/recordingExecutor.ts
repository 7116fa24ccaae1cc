/** An Executor double that records which method ran which Cypher text, and answers no rows. */
import type { Executor, Query } from "../../server/neo4j/executor";

export function recordingExecutor(): { executor: Executor; calls: { method: string; cypher: string }[] } {
  const calls: { method: string; cypher: string }[] = [];
  const answer = (method: string) => async (q: Query) => {
    calls.push({ method, cypher: q.cypher });
    return { records: [] };
  };
  const executor = {
    executeRead: answer("executeRead"),
    executeReadOnce: answer("executeReadOnce"),
    executeReadWithin: answer("executeReadWithin"),
  } as unknown as Executor;
  return { executor, calls };
}
