/**
 * A Neo4j of its own for a test file whose subject is destructive (reset, killed loads, uploads) and must
 * not touch the shared corpus graph of the test run: the integration tier's scratch Neo4j
 * (tests/setup/scratchNeo4j.global.ts), which no other file uses meanwhile (the tier runs its files one
 * after another), emptied first — no node, relationship, constraint or index is left but Neo4j's own
 * token lookup indexes, as in a new database.
 */
import { inject } from "vitest";
import { createDriver, Executor, type Neo4jConnection } from "../../server/neo4j/executor";
import { waitForNeo4j } from "../setup/waitForNeo4j";

export interface PrivateNeo4j {
  executor: Executor;
  /** For child processes (the CLI) that connect on their own. */
  connection: Neo4jConnection;
  dispose(): Promise<void>;
}

export async function startPrivateNeo4j(): Promise<PrivateNeo4j> {
  await waitForNeo4j(inject("scratchNeo4jStatusFile"), "The scratch Neo4j");
  const connection = inject("scratchNeo4j");
  const executor = new Executor(
    createDriver(connection, { acquisitionTimeoutMs: 10_000 }),
    connection.database,
  );
  await emptyDatabase(executor);
  return {
    executor,
    connection,
    // What the file leaves is removed by the next user's emptyDatabase() (or with the instance at the end).
    dispose: () => executor.close(),
  };
}

/** Every node, relationship, constraint and index removed (the token lookup indexes stay: a new database has them). */
export async function emptyDatabase(executor: Executor): Promise<void> {
  await executor.executeAutoCommit({
    cypher: "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS",
  });
  const names = async (cypher: string) =>
    (await executor.executeRead({ cypher })).records.map((r) => r.get("name") as string);
  for (const name of await names("SHOW CONSTRAINTS YIELD name RETURN name"))
    await executor.executeSchema(`DROP CONSTRAINT \`${name}\``);
  for (const name of await names("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
    await executor.executeSchema(`DROP INDEX \`${name}\``);
}
