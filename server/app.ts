/**
 * createApp(deps) builds the Express app without listening (tests use it with supertest;
 * server/index.ts listens). Router (HTTP + zod) → service → repository (Cypher) → Executor.
 */
import fs from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { PROJECT_ROOT } from "./config";
import { errorHandler, notFoundHandler } from "./http/errorHandler";
import { healthRouter } from "./http/routes/health";
import type { Executor } from "./neo4j/executor";
import { HealthRepository } from "./repositories/health";
import { HealthService } from "./services/health";

export interface AppSettings {
  database: string;
  cypherTimeoutMs: number;
  cypherRowLimit: number;
  cypherRateLimitPerMinute: number;
  apiKey?: string | undefined;
  corsOrigins?: string[] | undefined;
  bodyLimit: string;
}

export interface AppDeps {
  executor: Executor;
  settings: AppSettings;
  logger?: Logger;
  /** The built client (client/dist); not served when missing. */
  clientDir?: string;
  /** False while the corpus is still loading (GET /api/ready answers 503 until then). */
  isLoaded?: () => boolean;
}

export const DEFAULT_CLIENT_DIR = path.join(PROJECT_ROOT, "client", "dist");

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  if (deps.logger)
    app.use(
      pinoHttp({ logger: deps.logger, autoLogging: { ignore: (req) => !req.url?.startsWith("/api") } }),
    );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          "style-src": ["'self'"],
          "worker-src": ["'self'", "blob:"],
          "img-src": ["'self'", "data:", "blob:"],
          "font-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "object-src": ["'none'"],
          "base-uri": ["'self'"],
          "frame-ancestors": ["'none'"],
          "form-action": ["'self'"],
        },
      },
    }),
  );
  app.use(express.json({ limit: deps.settings.bodyLimit }));

  const api = express.Router();
  const health = new HealthService(
    new HealthRepository(deps.executor),
    deps.settings.database,
    deps.isLoaded,
  );
  api.use(healthRouter(health));
  api.use(notFoundHandler);
  app.use("/api", api);

  const clientDir = deps.clientDir ?? DEFAULT_CLIENT_DIR;
  if (fs.existsSync(path.join(clientDir, "index.html"))) {
    app.use(express.static(clientDir, { index: "index.html", maxAge: "1h" }));
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, "index.html")));
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
