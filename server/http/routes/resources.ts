import { Router } from "express";
import { CorridorsQuery, CorridorZonesQuery, ExportQuery } from "../../../contracts/api";
import { CONTENT_TYPES } from "../../export/formats";
import { httpSink } from "../../export/sink";
import type { Executor } from "../../neo4j/executor";
import type { CorridorService } from "../../services/corridors";
import type { DocumentService } from "../../services/documents";
import { streamExport } from "../../services/export";
import { parseInput } from "../validate";
import { IdParam } from "./graph";

export function corridorsRouter(corridors: CorridorService): Router {
  const router = Router();
  router.get("/corridors", async (req, res) => {
    res.json(await corridors.list(parseInput(CorridorsQuery, req.query, "query")));
  });
  router.get("/corridors/:id/zones", async (req, res) => {
    const { id } = parseInput(IdParam, req.params, "path");
    const q = parseInput(CorridorZonesQuery, req.query, "query");
    res.json(await corridors.zones(id, q));
  });
  return router;
}

export function documentsRouter(documents: DocumentService): Router {
  const router = Router();
  router.get("/documents", async (_req, res) => {
    res.json({ documents: await documents.list() });
  });
  router.get("/documents/:id", async (req, res) => {
    const { id } = parseInput(IdParam, req.params, "path");
    res.json(await documents.get(id));
  });
  return router;
}

/**
 * GET /api/export streams the export page by page. An error before the first page answers as any
 * error does; one after it cuts the response short (the client sees an incomplete transfer).
 */
export function exportRouter(executor: Executor, pageSize?: number): Router {
  const router = Router();
  router.get("/export", async (req, res) => {
    const q = parseInput(ExportQuery, req.query, "query");
    const sink = httpSink(res, CONTENT_TYPES[q.format], `zonegraph.${q.format}`);
    try {
      const stats = await streamExport(executor, { format: q.format, ids: q.ids, pageSize }, sink);
      if (stats.complete) res.end();
    } catch (error) {
      if (!res.headersSent) throw error;
      res.destroy(error as Error);
    }
  });
  return router;
}
