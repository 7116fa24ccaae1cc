import { Router } from "express";
import type { HealthService } from "../../services/health";
import { NEO4J_RETRY_AFTER_SECONDS } from "../errorHandler";

export function healthRouter(health: HealthService): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const body = await health.health();
    if (body.neo4j !== "up") res.set("Retry-After", String(NEO4J_RETRY_AFTER_SECONDS));
    res.status(body.neo4j === "up" ? 200 : 503).json(body);
  });
  router.get("/ready", async (_req, res) => {
    const body = await health.ready();
    res.status(body.ready ? 200 : 503).json(body);
  });
  return router;
}
