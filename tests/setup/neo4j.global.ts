/**
 * Global setup of the integration and e2e tiers: a REAL Neo4j 5 for the test run, ONE for both tiers
 * (tests/setup/sharedNeo4j.ts). It returns at once: Neo4j starts and data/corpus loads in the background
 * while the unit tier runs, and tests/setup/neo4j.ready.ts (a setup file of both tiers) waits for it.
 * - NEO4J_URI set (with NEO4J_USER/NEO4J_PASSWORD): that Neo4j is used and nothing is started.
 *   Its database must be disposable: the corpus is loaded into it with --reset.
 * - Otherwise an ephemeral embedded Neo4j is started on a free port in a temporary folder and
 *   stopped (and deleted) at the end, so a developer's `npm start` data is never touched.
 * Test files that write use their own unique labels.
 */
import type { TestProject } from "vitest/node";
import type { Neo4jConnection } from "../../server/neo4j/executor";
import { acquireSharedNeo4j } from "./sharedNeo4j";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** The status file of the shared Neo4j's start (see tests/setup/sharedNeo4j.ts). */
    neo4jStatusFile: string;
  }
}

export default async function setup(project: TestProject) {
  const shared = await acquireSharedNeo4j();
  project.provide("neo4j", shared.connection);
  project.provide("neo4jStatusFile", shared.statusFile);
  return () => shared.release();
}
