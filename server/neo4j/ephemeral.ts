/**
 * A Neo4j for a test run or a benchmark: the one named by NEO4J_URI when set (used as is, and its
 * database must be disposable), otherwise a throw-away embedded Neo4j on a free port in a temporary
 * folder, deleted by dispose(). A developer's `.zonegraph/` data is never touched.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbedded } from "./embedded";
import { createDriver, Executor, type Neo4jConnection } from "./executor";

export interface EphemeralNeo4j {
  connection: Neo4jConnection;
  /** True when NEO4J_URI named an existing Neo4j (nothing was started). */
  external: boolean;
  /** A new Executor on this Neo4j (the caller closes it). */
  executor(): Executor;
  dispose(): Promise<void>;
}

export async function startEphemeralNeo4j({
  env = process.env,
  useEnv = true,
  prefix = "zonegraph-run-",
  heap = "1g",
  pageCache,
  boltPort,
  startTimeoutMs = 600_000,
  txTimeout = "60s",
  log = () => {},
}: {
  env?: NodeJS.ProcessEnv;
  /** False: always start a private instance, even when NEO4J_URI is set. */
  useEnv?: boolean;
  prefix?: string;
  heap?: string;
  /** Page cache of the embedded instance (default 256m). */
  pageCache?: string;
  /** Bolt port (default: a free one). */
  boltPort?: number;
  /** How long the JVM may take to come up (long: a loaded 2-core machine is slow to start it). */
  startTimeoutMs?: number;
  /** db.transaction.timeout of the embedded instance (also bounds the launcher's own start-up). */
  txTimeout?: string;
  log?: (line: string) => void;
} = {}): Promise<EphemeralNeo4j> {
  const executor = (connection: Neo4jConnection) => () =>
    new Executor(createDriver(connection, { acquisitionTimeoutMs: 10_000 }), connection.database);
  if (useEnv && env.NEO4J_URI) {
    const connection = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE ?? "neo4j",
    };
    return { connection, external: true, executor: executor(connection), dispose: async () => {} };
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const running = await startEmbedded(
    {
      home,
      boltPort: boltPort ?? (await freePort()),
      heap,
      ...(pageCache ? { pageCache } : {}),
      txTimeout,
      txMemoryMax: "256m",
      log,
    },
    { startTimeoutMs },
  );
  const connection = { uri: running.uri, ...running.credentials, database: "neo4j" };
  return {
    connection,
    external: false,
    executor: executor(connection),
    async dispose() {
      await running.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
