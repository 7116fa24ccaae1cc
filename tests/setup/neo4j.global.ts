/**
 * Global setup of the integration and e2e tiers: a REAL Neo4j 5 for the test run.
 * - NEO4J_URI set (with NEO4J_USER/NEO4J_PASSWORD): that Neo4j is used and nothing is started.
 *   Its database must be disposable: the corpus is loaded into it with --reset.
 * - Otherwise an ephemeral embedded Neo4j is started on a free port in a temporary folder and
 *   stopped (and deleted) at the end, so a developer's `npm start` data is never touched.
 * The corpus (data/corpus) is loaded once; test files that write use their own unique labels.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PROJECT_ROOT } from "../../server/config";
import { loadCorpus } from "../../server/load/corpus";
import { freePort, type RunningNeo4j, startEmbedded } from "../../server/neo4j/embedded";
import { createDriver, Executor, type Neo4jConnection } from "../../server/neo4j/executor";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject) {
  let embedded: RunningNeo4j | null = null;
  let home: string | null = null;
  let connection: Neo4jConnection;
  const log = (line: string) => process.stderr.write(`[neo4j-test] ${line}\n`);
  if (process.env.NEO4J_URI) {
    connection = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE ?? "neo4j",
    };
  } else {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-test-"));
    embedded = await startEmbedded({
      home,
      boltPort: await freePort(),
      heap: "1g",
      txTimeout: "60s",
      txMemoryMax: "256m",
      log,
    });
    connection = {
      uri: embedded.uri,
      user: embedded.credentials.user,
      password: embedded.credentials.password,
      database: "neo4j",
    };
  }
  const executor = new Executor(
    createDriver(connection, { acquisitionTimeoutMs: 10_000 }),
    connection.database,
  );
  try {
    const result = await loadCorpus(executor, path.join(PROJECT_ROOT, "data", "corpus"), { reset: true });
    log(`corpus loaded: ${result.documents} documents in ${result.seconds.toFixed(1)} s`);
  } finally {
    await executor.close();
  }
  project.provide("neo4j", connection);

  return async () => {
    await embedded?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  };
}
