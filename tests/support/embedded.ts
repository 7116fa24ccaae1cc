/**
 * A private, throw-away embedded Neo4j for test files whose subject is destructive (reset,
 * process lifecycle) and must not touch the shared corpus graph of the test run.
 */
import { startEphemeralNeo4j } from "../../server/neo4j/ephemeral";
import type { Executor, Neo4jConnection } from "../../server/neo4j/executor";

export interface PrivateNeo4j {
  executor: Executor;
  /** For child processes (the CLI) that connect on their own. */
  connection: Neo4jConnection;
  dispose(): Promise<void>;
}

export async function startPrivateNeo4j(): Promise<PrivateNeo4j> {
  const neo4j = await startEphemeralNeo4j({
    useEnv: false,
    prefix: "zonegraph-private-",
    heap: "512m",
    txTimeout: "300s",
  });
  const executor = neo4j.executor();
  return {
    executor,
    connection: neo4j.connection,
    async dispose() {
      await executor.close();
      await neo4j.dispose();
    },
  };
}
