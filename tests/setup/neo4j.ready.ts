/**
 * Setup file of the integration and e2e tiers: before a test file runs, the run's shared Neo4j (started in
 * the background by tests/setup/neo4j.global.ts) must be up with the corpus loaded.
 */
import { inject } from "vitest";
import { waitForNeo4j } from "./waitForNeo4j";

await waitForNeo4j(inject("neo4jStatusFile"));
