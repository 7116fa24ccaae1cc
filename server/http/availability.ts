/**
 * While Neo4j is known to be away (its JVM exited and is being restarted, or the monitor's probe
 * fails), API requests answer 503 with Retry-After at once instead of waiting on the driver.
 * Health and readiness are mounted before this and keep reporting Neo4j's state themselves.
 */
import type { RequestHandler } from "express";
import { errorBody, NEO4J_RETRY_AFTER_SECONDS } from "./errorHandler";

export function neo4jAvailability(isUp: () => boolean): RequestHandler {
  return (_req, res, next) => {
    if (isUp()) return next();
    res
      .status(503)
      .set("Retry-After", String(NEO4J_RETRY_AFTER_SECONDS))
      .json(errorBody("NEO4J_UNAVAILABLE", "Neo4j is restarting or not reachable: retry shortly."));
  };
}
