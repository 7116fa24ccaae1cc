/**
 * POST /api/cypher/explain: the plan of a read-only query (EXPLAIN, never executed); POST /api/cypher/profile:
 * the query run under PROFILE with each operator's rows and db hits. Both rate-limited like /cypher.
 */
import { type RequestHandler, Router } from "express";
import {
  CypherPlanRequest,
  CypherPlanResponse,
  CypherProfileRequest,
  CypherProfileResponse,
} from "../../../contracts/cypherPlan";
import type { CypherPlanService } from "../../services/cypherPlan";
import type { CypherProfileService } from "../../services/cypherProfile";
import type { Operation } from "../openapi";
import { checkParams, parseInput } from "../validate";

export function cypherPlanRouter(
  plans: CypherPlanService,
  profiles: CypherProfileService,
  rateLimit: RequestHandler,
): Router {
  const router = Router();
  router.post("/cypher/explain", rateLimit, async (req, res) => {
    checkParams((req.body as { params?: unknown } | undefined)?.params);
    const body = parseInput(CypherPlanRequest, req.body, "body");
    res.json(await plans.explain(body.query, body.params));
  });
  router.post("/cypher/profile", rateLimit, async (req, res) => {
    checkParams((req.body as { params?: unknown } | undefined)?.params);
    const body = parseInput(CypherProfileRequest, req.body, "body");
    res.json(await profiles.profile(body.query, body.params));
  });
  return router;
}

export const CYPHER_PLAN_OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/cypher/explain",
    tag: "analysts",
    summary: "The plan of a read-only query (EXPLAIN: operators, details, estimated rows; never executed)",
    description:
      "The same locks as POST /cypher (403 CYPHER_REFUSED for a query /cypher would refuse: writes, operators or procedures off the read-only allow-list, unbounded paths, oversized expressions), then Neo4j's EXPLAIN plan, flat in pre-order with each operator's depth. The query is not executed, so there are no rows and no db hits (POST /cypher/profile gives them). Ends by CYPHER_TIMEOUT_MS (408 CYPHER_TIMEOUT); rate-limited with /cypher.",
    body: CypherPlanRequest,
    response: CypherPlanResponse,
    errors: [400, 403, 408, 413, 415, 422, 429, 503],
  },
  {
    method: "post",
    path: "/cypher/profile",
    tag: "analysts",
    summary:
      "Run a read-only query under PROFILE: each operator's rows and db hits, their total, the heaviest operator",
    description:
      "The same locks as POST /cypher, checked with EXPLAIN before anything runs (403 CYPHER_REFUSED for a write or any query /cypher would refuse), then the query runs under PROFILE in a READ transaction with CYPHER_TIMEOUT_MS (408 CYPHER_TIMEOUT). Neo4j profiles only a result consumed to its end, so the rows are counted and dropped, none kept or returned (the answer's size follows the plan); the deadline bounds the run. The answer is the profiled plan flat in pre-order (operator, depth, details, estimated and actual rows, db hits, page cache hits/misses, time when measured), the total db hits, the index of the heaviest operator, the rows produced and Neo4j's and the app's times. Rate-limited with /cypher.",
    body: CypherProfileRequest,
    response: CypherProfileResponse,
    errors: [400, 403, 408, 413, 415, 422, 429, 503],
  },
];
