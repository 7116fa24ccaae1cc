import { Router } from "express";
import { CorridorZonesQuery, ExportQuery } from "../../../contracts/api";
import type { Executor } from "../../neo4j/executor";
import type { CorridorService } from "../../services/corridors";
import type { DocumentService } from "../../services/documents";
import { exportGraph } from "../../services/export";
import { parseInput } from "../validate";
import { IdParam } from "./graph";

export function corridorsRouter(corridors: CorridorService): Router {
  const router = Router();
  router.get("/corridors", async (_req, res) => {
    res.json({ corridors: await corridors.list() });
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

export function exportRouter(executor: Executor): Router {
  const router = Router();
  router.get("/export", async (req, res) => {
    const q = parseInput(ExportQuery, req.query, "query");
    const result = await exportGraph(executor, { format: q.format, ids: q.ids });
    res.status(200).type(result.contentType).attachment(result.filename).send(result.body);
  });
  return router;
}
