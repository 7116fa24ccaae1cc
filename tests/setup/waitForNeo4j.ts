/**
 * Waits, in a test worker, until a Neo4j that a global setup starts in the background
 * (tests/setup/sharedNeo4j.ts) is up: its status file appears. A failed start throws the start's own error.
 */
import fs from "node:fs";
import type { Neo4jStatus } from "./sharedNeo4j";

/** Long: on a loaded 2-core machine the JVM start alone can take minutes (the start's own limit is 10). */
const WAIT_MS = 11 * 60_000;

export async function waitForNeo4j(statusFile: string, what = "The test Neo4j"): Promise<void> {
  const until = Date.now() + WAIT_MS;
  while (!fs.existsSync(statusFile)) {
    if (Date.now() > until) throw new Error(`${what} was not ready within ${WAIT_MS / 60_000} min.`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const status = JSON.parse(fs.readFileSync(statusFile, "utf8")) as Neo4jStatus;
  if (!status.ok) throw new Error(`${what} could not start: ${status.error}`);
}
