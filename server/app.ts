/**
 * createApp(deps) builds the Express app without listening (tests use it with supertest;
 * server/index.ts listens). Router (HTTP + zod) → service → repository (Cypher) → Executor.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Express } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { NamedQuery } from "../contracts/api";
import type { SceneEviction } from "../contracts/scenes";
import { PROJECT_ROOT } from "./config";
import { neo4jAvailability } from "./http/availability";
import { errorHandler, notFoundHandler } from "./http/errorHandler";
import { buildOpenApi } from "./http/openapi";
import { analystRouter } from "./http/routes/analyst";
import { cypherPlanRouter } from "./http/routes/cypherPlan";
import { ingestRouter } from "./http/routes/documents";
import { fuzzySearchRouter } from "./http/routes/fuzzySearch";
import { geoRouter } from "./http/routes/geo";
import { graphRouter } from "./http/routes/graph";
import { healthRouter } from "./http/routes/health";
import { corridorsRouter, documentsRouter, exportRouter } from "./http/routes/resources";
import { reviewRouter } from "./http/routes/review";
import { scenesRouter } from "./http/routes/scenes";
import { viewsRouter } from "./http/routes/views";
import { analystRateLimit, apiKeyAuth, corsMiddleware, requireJsonBody } from "./http/security";
import { writeAccess } from "./http/writeAccess";
import { IngestService } from "./ingest/service";
import { requestLogLevel } from "./log";
import type { Executor } from "./neo4j/executor";
import { loadQueryCatalog } from "./queries/catalog";
import { CorridorRepository } from "./repositories/corridors";
import { DocumentRepository } from "./repositories/documents";
import { FuzzySearchRepository } from "./repositories/fuzzySearch";
import { GeoRepository } from "./repositories/geo";
import { GraphRepository } from "./repositories/graph";
import { HealthRepository } from "./repositories/health";
import { SceneRepository } from "./repositories/scenes";
import { ViewsRepository } from "./repositories/views";
import { ReviewService } from "./review/service";
import { CorridorService } from "./services/corridors";
import { CypherService } from "./services/cypher";
import { CypherPlanService } from "./services/cypherPlan";
import { CypherProfileService } from "./services/cypherProfile";
import { DocumentService } from "./services/documents";
import { FuzzySearchService } from "./services/fuzzySearch";
import { GeoService } from "./services/geo";
import { GraphService } from "./services/graph";
import { HealthService } from "./services/health";
import { SceneService } from "./services/scenes";
import { ViewsService } from "./services/views";

export interface AppSettings {
  database: string;
  cypherTimeoutMs: number;
  cypherRowLimit: number;
  /** Response budget of analysts' Cypher in bytes (CYPHER_BYTE_LIMIT; default 5 MB). */
  cypherByteLimit?: number;
  cypherRateLimitPerMinute: number;
  apiKey?: string | undefined;
  corsOrigins?: string[] | undefined;
  bodyLimit: string;
  /** Largest upload in bytes (default 32 MiB). */
  uploadMaxBytes?: number;
  /** The address the app listens on: writes without API_KEY are allowed only on loopback. */
  listenHost?: string;
  /** Recorded as "who" on review decisions made with the API key. */
  apiKeyName?: string;
  /** Most share scenes stored (SCENES_MAX; default 10,000): a new one beyond it gets 507. */
  scenesMax?: number;
  /** What a full scene store does (SCENES_EVICT; default "none": 507). */
  scenesEvict?: SceneEviction;
  /** Records per page of GET /api/export (default 1000; tests set it small to see paging). */
  exportPageSize?: number;
}

export interface AppDeps {
  executor: Executor;
  settings: AppSettings;
  logger?: Logger;
  /** The built client (client/dist); not served when missing. */
  clientDir?: string;
  /** False while the corpus is still loading (GET /api/ready answers 503 until then). */
  isLoaded?: () => boolean;
  /** False while Neo4j is known to be away: API requests then answer 503 at once (health excepted). */
  neo4jUp?: () => boolean;
  /** The named queries (default: cypher/queries, read once on first use). */
  queryCatalog?: () => NamedQuery[];
}

/** The self-contained API docs page (HTML + script + stylesheet, no CDN). */
export const DOCS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "http", "docs");

function lazyCatalog(): () => NamedQuery[] {
  let catalog: NamedQuery[] | null = null;
  return () => {
    catalog ??= loadQueryCatalog();
    return catalog;
  };
}

export const DEFAULT_CLIENT_DIR = path.join(PROJECT_ROOT, "client", "dist");

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  if (deps.logger)
    app.use(
      pinoHttp({
        logger: deps.logger,
        autoLogging: { ignore: (req) => !req.url?.startsWith("/api") },
        // Request lines are debug (server errors excepted): the terminal keeps warnings and errors.
        customLogLevel: requestLogLevel,
      }),
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
  const corsHandler = corsMiddleware(deps.settings.corsOrigins);
  if (corsHandler) app.use("/api", corsHandler);
  app.use("/api", requireJsonBody);
  app.use(express.json({ limit: deps.settings.bodyLimit }));

  const { executor, settings } = deps;
  const api = express.Router();
  const health = new HealthService(new HealthRepository(executor), settings.database, deps.isLoaded);
  const graphRepo = new GraphRepository(executor);
  const cypherSettings = {
    timeoutMs: settings.cypherTimeoutMs,
    rowLimit: settings.cypherRowLimit,
    ...(settings.cypherByteLimit ? { byteLimit: settings.cypherByteLimit } : {}),
  };
  const cypher = new CypherService(executor, cypherSettings);
  const openapi = buildOpenApi({ apiKey: Boolean(settings.apiKey) });

  api.use(apiKeyAuth(settings.apiKey));
  api.use(healthRouter(health));
  api.get("/openapi.json", (_req, res) => {
    res.json(openapi);
  });
  api.get("/docs", (_req, res) => res.sendFile(path.join(DOCS_DIR, "index.html")));
  api.use("/docs", express.static(DOCS_DIR, { index: false, maxAge: "10m" }));
  if (deps.neo4jUp) api.use(neo4jAvailability(deps.neo4jUp));
  api.use(fuzzySearchRouter(new FuzzySearchService(new FuzzySearchRepository(executor))));
  api.use(graphRouter(new GraphService(graphRepo)));
  api.use(corridorsRouter(new CorridorService(new CorridorRepository(executor), graphRepo)));
  api.use(documentsRouter(new DocumentService(new DocumentRepository(executor))));
  api.use(
    viewsRouter(new ViewsService(new ViewsRepository(executor), graphRepo, new CorridorRepository(executor))),
  );
  api.use(geoRouter(new GeoService(new GeoRepository(executor), new ViewsRepository(executor))));
  api.use(exportRouter(executor, settings.exportPageSize));
  const uploadMaxBytes = settings.uploadMaxBytes ?? 32 * 1024 * 1024;
  const guard = writeAccess({
    apiKey: settings.apiKey,
    apiKeyName: settings.apiKeyName,
    listenHost: settings.listenHost,
  });
  const review = new ReviewService(executor);
  const ingest = new IngestService(
    executor,
    { maxBytes: uploadMaxBytes },
    {
      onRejected: (edges, who, why) => review.rejectEdges(edges, who, why),
      afterLoad: () => review.applyAll(),
    },
  );
  api.use(ingestRouter(ingest, guard, uploadMaxBytes));
  api.use(reviewRouter(review, guard));
  api.use(
    scenesRouter(
      new SceneService(new SceneRepository(executor), settings.scenesMax, settings.scenesEvict),
      guard,
    ),
  );
  const analystLimit = analystRateLimit(settings.cypherRateLimitPerMinute);
  api.use(
    cypherPlanRouter(
      new CypherPlanService(cypher, executor, settings.cypherTimeoutMs),
      new CypherProfileService(cypher, executor, cypherSettings),
      analystLimit,
    ),
  );
  api.use(analystRouter(cypher, deps.queryCatalog ?? lazyCatalog(), analystLimit));
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
