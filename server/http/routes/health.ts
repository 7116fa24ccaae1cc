import { Router } from "express";
import type { HealthService } from "../../services/health";

export function healthRouter(health: HealthService): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const body = await health.health();
    res.status(body.neo4j === "up" ? 200 : 503).json(body);
  });
  router.get("/ready", async (_req, res) => {
    const body = await health.ready();
    res.status(body.ready ? 200 : 503).json(body);
  });
  return router;
}
