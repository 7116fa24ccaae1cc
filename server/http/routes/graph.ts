import { Router } from "express";
import { z } from "zod";
import {
  NeighborhoodQuery,
  PathsQuery,
  SearchQuery,
  SubgraphIdsRequest,
  SubgraphQuery,
} from "../../../contracts/api";
import { BadRequestError } from "../../errors";
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
    if (q.ids) {
      // A view by ids returns exactly those nodes: a type filter or a limit would silently drop some.
      const clash = ["types", "limit"].find((k) => k in (req.query as Record<string, unknown>));
      if (clash)
        throw new BadRequestError(`query parameter ${clash}: cannot be combined with ids.`, {
          param: clash,
          where: "query",
        });
      res.json(await graph.subgraphByIds(q.ids, q.rels));
      return;
    }
    res.json(await graph.subgraph(q));
  });
  router.post("/subgraph", async (req, res) => {
    const body = parseInput(SubgraphIdsRequest, req.body, "body");
    res.json(await graph.subgraphByIds(body.ids, body.rels));
  });
  router.get("/paths", async (req, res) => {
    const q = parseInput(PathsQuery, req.query, "query");
    res.json(await graph.paths(q));
  });
  return router;
}
