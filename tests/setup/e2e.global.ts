/**
 * Global setup of the e2e tier (runs after tests/setup/neo4j.global.ts): the Express app from
 * createApp() on a free port, serving the built client (client/dist) and the API over the test Neo4j.
 * Provides `inject("baseUrl")`. Launches nothing else (the tests start Chromium themselves).
 */
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createApp } from "../../server/app";
import { PROJECT_ROOT } from "../../server/config";
import { createDriver, Executor } from "../../server/neo4j/executor";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const conn = project.getProvidedContext().neo4j;
  const executor = new Executor(createDriver(conn, { acquisitionTimeoutMs: 10_000 }), conn.database);
  const app = createApp({
    executor,
    settings: {
      database: conn.database,
      cypherTimeoutMs: 20_000,
      cypherRowLimit: 10_000,
      cypherRateLimitPerMinute: 10_000,
      bodyLimit: "1mb",
    },
    clientDir: path.join(PROJECT_ROOT, "client", "dist"),
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  process.stderr.write(`[e2e] app on ${baseUrl}\n`);
  project.provide("baseUrl", baseUrl);
  return async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await executor.driver.close();
  };
}
