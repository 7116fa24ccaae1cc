/**
 * Review: POST /api/review/decisions (accept, reject, retype, merge, split, rename, setNameEn),
 * GET /api/review/decisions, GET /api/review/decisions/export (a file), POST
 * /api/review/decisions/import, GET /api/review/queue. Writes go through writeAccess.
 */
import { type RequestHandler, Router } from "express";
import type { z } from "zod";
import { DecisionInput, DecisionsFile, ReviewQueueQuery } from "../../../contracts/ingest";
import { BadRequestError } from "../../errors";
import type { ReviewService } from "../../review/service";
import { zodMessage } from "../errorHandler";
import { parseInput } from "../validate";

function body<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new BadRequestError(zodMessage(r.error, "body"), { issues: r.error.issues });
  return r.data;
}

export function reviewRouter(review: ReviewService, guard: RequestHandler): Router {
  const router = Router();
  router.post("/review/decisions", guard, async (req, res) => {
    const input = body(DecisionInput, req.body);
    res.status(201).json(await review.decide(input, String(res.locals.who)));
  });
  router.get("/review/decisions", async (_req, res) => {
    res.json({ decisions: await review.list() });
  });
  router.get("/review/decisions/export", async (_req, res) => {
    res.attachment("zonegraph-decisions.json").json(await review.exportFile());
  });
  router.post("/review/decisions/import", guard, async (req, res) => {
    res.json(await review.importFile(body(DecisionsFile, req.body)));
  });
  router.get("/review/queue", async (req, res) => {
    const { limit } = parseInput(ReviewQueueQuery, req.query, "query");
    res.json({ items: await review.queue(limit) });
  });
  return router;
}
