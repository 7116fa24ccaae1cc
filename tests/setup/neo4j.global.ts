/**
 * Global setup of the integration and e2e tiers: a REAL Neo4j 5 for the test run.
 * - NEO4J_URI set (with NEO4J_USER/NEO4J_PASSWORD): that Neo4j is used and nothing is started.
 *   Its database must be disposable: the corpus is loaded into it with --reset.
 * - Otherwise an ephemeral embedded Neo4j is started on a free port in a temporary folder and
 *   stopped (and deleted) at the end, so a developer's `npm start` data is never touched.
 * The corpus (data/corpus) is loaded once; test files that write use their own unique labels.
 */
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PROJECT_ROOT } from "../../server/config";
import { loadCorpus } from "../../server/load/corpus";
import { startEphemeralNeo4j } from "../../server/neo4j/ephemeral";
import type { Neo4jConnection } from "../../server/neo4j/executor";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject) {
  const log = (line: string) => process.stderr.write(`[neo4j-test] ${line}\n`);
  const neo4j = await startEphemeralNeo4j({ prefix: "zonegraph-test-", log });
  const executor = neo4j.executor();
  try {
    const result = await loadCorpus(executor, path.join(PROJECT_ROOT, "data", "corpus"), { reset: true });
    log(`corpus loaded: ${result.documents} documents in ${result.seconds.toFixed(1)} s`);
  } catch (error) {
    await neo4j.dispose();
    throw error;
  } finally {
    await executor.close();
  }
  project.provide("neo4j", neo4j.connection);
  return () => neo4j.dispose();
}
