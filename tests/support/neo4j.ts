/** Helpers for integration tests: an Executor on the test Neo4j and unique labels for isolation. */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDriver, Executor, type Neo4jConnection } from "../../server/neo4j/executor";

export function testConnection() {
  return inject("neo4j");
}

export function testExecutor(): Executor {
  const conn = inject("neo4j");
  return new Executor(createDriver(conn, { acquisitionTimeoutMs: 10_000 }), conn.database);
}

/** The environment that points the CLI (runCli, or a child process) at a Neo4j (default: the test one). */
export function testNeo4jEnv(c: Neo4jConnection = inject("neo4j")): Record<string, string> {
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
}

/** A label no other test uses, e.g. "T_3fa9c1d2"; delete its nodes in afterAll. */
export function uniqueLabel(prefix = "T"): string {
  return `${prefix}_${randomBytes(4).toString("hex")}`;
}

/** The app settings of the integration tests that build an app over the test Neo4j (rate limit off). */
export const TEST_APP_SETTINGS = {
  database: "neo4j",
  cypherTimeoutMs: 5000,
  cypherRowLimit: 1000,
  cypherRateLimitPerMinute: 10_000,
  bodyLimit: "100kb",
};
