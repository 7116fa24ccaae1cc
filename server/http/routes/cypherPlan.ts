/** POST /api/cypher/explain: the plan of a read-only query (EXPLAIN, never executed), rate-limited like /cypher. */
import { type RequestHandler, Router } from "express";
import { CypherPlanRequest, CypherPlanResponse } from "../../../contracts/cypherPlan";
import type { CypherPlanService } from "../../services/cypherPlan";
import type { Operation } from "../openapi";
import { checkParams, parseInput } from "../validate";

export function cypherPlanRouter(plans: CypherPlanService, rateLimit: RequestHandler): Router {
  const router = Router();
  router.post("/cypher/explain", rateLimit, async (req, res) => {
    checkParams((req.body as { params?: unknown } | undefined)?.params);
    const body = parseInput(CypherPlanRequest, req.body, "body");
    res.json(await plans.explain(body.query, body.params));
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
      "The same locks as POST /cypher (403 CYPHER_REFUSED for a query /cypher would refuse: writes, operators or procedures off the read-only allow-list, unbounded paths, oversized expressions), then Neo4j's EXPLAIN plan, flat in pre-order with each operator's depth. The query is not executed, so there are no rows and no db hits (PROFILE is not offered). Ends by CYPHER_TIMEOUT_MS (408 CYPHER_TIMEOUT); rate-limited with /cypher.",
    body: CypherPlanRequest,
    response: CypherPlanResponse,
    errors: [400, 403, 408, 413, 415, 422, 429, 503],
  },
];
