/**
 * A private, throw-away embedded Neo4j for test files whose subject is destructive (reset,
 * process lifecycle) and must not touch the shared corpus graph of the test run.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, type RunningNeo4j, startEmbedded } from "../../server/neo4j/embedded";
import { createDriver, Executor } from "../../server/neo4j/executor";

export interface PrivateNeo4j {
  home: string;
  running: RunningNeo4j;
  executor: Executor;
  dispose(): Promise<void>;
}

export async function startPrivateNeo4j(): Promise<PrivateNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-private-"));
  const running = await startEmbedded({
    home,
    boltPort: await freePort(),
    heap: "512m",
    txTimeout: "60s",
    txMemoryMax: "256m",
    log: () => {},
  });
  const executor = new Executor(
    createDriver(
      { uri: running.uri, ...running.credentials, database: "neo4j" },
      { acquisitionTimeoutMs: 10_000 },
    ),
    "neo4j",
  );
  return {
    home,
    running,
    executor,
    async dispose() {
      await executor.close();
      await running.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
