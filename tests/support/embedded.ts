/**
 * A Neo4j of its own for a test file whose subject is destructive (reset, killed loads, uploads) and must
 * not touch the shared corpus graph of the test run: the integration tier's scratch Neo4j
 * (tests/setup/scratchNeo4j.global.ts), which no other file uses meanwhile (the tier runs its files one
 * after another), emptied first — no node, relationship, constraint or index is left but Neo4j's own
 * token lookup indexes, as in a new database.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { freePort, startEmbedded } from "../../server/neo4j/embedded";
import { createDriver, Executor, type Neo4jConnection } from "../../server/neo4j/executor";
import { SHARED_SETTINGS } from "../setup/sharedNeo4j";
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

/**
 * A Neo4j of the file's own: an embedded Neo4j 5 started in a temporary home on a free port (the scratch
 * Neo4j's settings), stopped and deleted by dispose(). For a destructive file in LIFECYCLE_FILES
 * (vitest.config.ts), which runs in `npm test`'s second process, where the scratch Neo4j is not started.
 */
export async function startOwnNeo4j(): Promise<PrivateNeo4j> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-own-"));
  try {
    const running = await startEmbedded(
      {
        home: path.join(dir, "home"),
        boltPort: await freePort(),
        heap: SHARED_SETTINGS.scratch.heap,
        txTimeout: SHARED_SETTINGS.scratch.txTimeout,
        log: () => {},
      },
      { startTimeoutMs: 600_000 },
    );
    const connection = { uri: running.uri, ...running.credentials, database: "neo4j" };
    const executor = new Executor(createDriver(connection, { acquisitionTimeoutMs: 10_000 }), "neo4j");
    return {
      executor,
      connection,
      dispose: async () => {
        await executor.close();
        await running.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
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
