import { Router } from "express";
import { z } from "zod";
import { NeighborhoodQuery, PathsQuery, SearchQuery, SubgraphQuery } from "../../../contracts/api";
import type { GraphService } from "../../services/graph";
import { parseInput } from "../validate";

export const IdParam = z.object({ id: z.string().min(1, "id must not be empty").max(500) });

export function graphRouter(graph: GraphService): Router {
  const router = Router();
  router.get("/search", async (req, res) => {
    const q = parseInput(SearchQuery, req.query, "query");
    res.json({ query: q.q, hits: await graph.search(q.q, q.types, q.limit) });
  });
  router.get("/nodes/:id", async (req, res) => {
    const { id } = parseInput(IdParam, req.params, "path");
    res.json(await graph.node(id));
  });
  router.get("/nodes/:id/neighborhood", async (req, res) => {
    const { id } = parseInput(IdParam, req.params, "path");
    const q = parseInput(NeighborhoodQuery, req.query, "query");
    res.json(await graph.neighborhood(id, q));
  });
  router.get("/edges/:id", async (req, res) => {
    const { id } = parseInput(IdParam, req.params, "path");
    res.json(await graph.edge(id));
  });
  router.get("/subgraph", async (req, res) => {
    const q = parseInput(SubgraphQuery, req.query, "query");
    res.json(await graph.subgraph(q));
  });
  router.get("/paths", async (req, res) => {
    const q = parseInput(PathsQuery, req.query, "query");
    res.json(await graph.paths(q));
  });
  return router;
}
