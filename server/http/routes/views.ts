/** Analyst views: time (dated graph, changes), matrices (agreement × zone, corridor × zone). */
import { Router } from "express";
import {
  AgreementMatrix,
  AgreementMatrixQuery,
  AtQuery,
  ChangesQuery,
  ChangesResponse,
  CorridorMatrix,
  DatedSubgraph,
  TimelineResponse,
} from "../../../contracts/views";
import { type ViewsService, windowOf } from "../../services/views";
import type { Operation } from "../openapi";
import { parseInput } from "../validate";

export function viewsRouter(views: ViewsService): Router {
  const router = Router();
  router.get("/time/timeline", async (_req, res) => {
    res.json(await views.timeline());
  });
  router.get("/time/graph", async (req, res) => {
    const q = parseInput(AtQuery, req.query, "query");
    res.json(await views.at(windowOf(q), q.limit));
  });
  router.get("/time/changes", async (req, res) => {
    const q = parseInput(ChangesQuery, req.query, "query");
    res.json(await views.changes(q.from, q.to));
  });
  router.get("/matrix/agreements", async (req, res) => {
    const q = parseInput(AgreementMatrixQuery, req.query, "query");
    res.json(await views.agreementMatrix(q.rows));
  });
  router.get("/matrix/corridors", async (_req, res) => {
    res.json(await views.corridorMatrix());
  });
  return router;
}

export const VIEW_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/time/timeline",
    tag: "views",
    summary: "Dated events for a time slider: documents published, zones established, claims' periods",
    description:
      "Dates of uneven precision are intervals (year, month, day; 'or later' is open-ended); each event is placed at the first day of its interval.",
    response: TimelineResponse,
    errors: [503],
  },
  {
    method: "get",
    path: "/time/graph",
    tag: "views",
    summary:
      "The graph as known at a date (at=) or as stated in documents published in a window (from=, to=)",
    description:
      "Entities mentioned in the window's documents (most connected first, capped by limit), the typed relationships among them with evidence from those documents, the zones established (with the sentence stating it) or only applied for, and the latest stated zone count.",
    query: AtQuery,
    response: DatedSubgraph,
    errors: [400, 503],
  },
  {
    method: "get",
    path: "/time/changes",
    tag: "views",
    summary: "What changed between two dates: added entities and relations, changed and conflicting claims",
    query: ChangesQuery,
    response: ChangesResponse,
    errors: [400, 503],
  },
  {
    method: "get",
    path: "/matrix/agreements",
    tag: "views",
    summary: "Agreement × zone (or province, area, country) matrix: each cell a stage and its evidence count",
    description:
      "A cell is an ALIGNS_WITH relationship; its stage is applied, signed, ratified, in_force or pilots when the sentence says so, else aligned. GET /api/edges/{edge} gives the sentences.",
    query: AgreementMatrixQuery,
    response: AgreementMatrix,
    errors: [400, 503],
  },
  {
    method: "get",
    path: "/matrix/corridors",
    tag: "views",
    summary:
      "Corridor × zone matrix: direct or inferred (through an area, port, city, province or country), with the chain",
    response: CorridorMatrix,
    errors: [503],
  },
];
