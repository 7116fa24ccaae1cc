/**
 * Global setup of the integration tier: an empty embedded Neo4j, started in the background, that
 * tests/support/embedded.ts lends to the files whose subject is destructive (reset, killed loads, uploads,
 * review decisions), one file at a time (the tier runs its files one after another), wiped before each —
 * instead of a JVM start per file. Always private: NEO4J_URI is never used for it.
 */
import type { TestProject } from "vitest/node";
import type { Neo4jConnection } from "../../server/neo4j/executor";
import { acquireSharedNeo4j } from "./sharedNeo4j";

declare module "vitest" {
  export interface ProvidedContext {
    scratchNeo4j: Neo4jConnection;
    scratchNeo4jStatusFile: string;
  }
}

export default async function setup(project: TestProject) {
  const scratch = await acquireSharedNeo4j("scratch");
  project.provide("scratchNeo4j", scratch.connection);
  project.provide("scratchNeo4jStatusFile", scratch.statusFile);
  return () => scratch.release();
}
