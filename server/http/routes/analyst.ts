import { type RequestHandler, Router } from "express";
import { z } from "zod";
import type { NamedQuery } from "../../../contracts/api";
import { CypherRequest, RunNamedQueryRequest } from "../../../contracts/api";
import { bindParams, getQuery } from "../../queries/catalog";
import type { CypherService } from "../../services/cypher";
import { checkParams, parseInput } from "../validate";

export const QueryNameParam = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]{0,80}$/, "expected a query name such as most_connected"),
});

/** POST /cypher and the named queries; both run through the same guarded analyst path. */
export function analystRouter(
  cypher: CypherService,
  catalog: () => NamedQuery[],
  rateLimit: RequestHandler,
): Router {
  const router = Router();
  router.post("/cypher", rateLimit, async (req, res) => {
    checkParams((req.body as { params?: unknown } | undefined)?.params);
    const body = parseInput(CypherRequest, req.body, "body");
    res.json(await cypher.run(body.query, body.params, body.limit));
  });
  router.get("/queries", (_req, res) => {
    res.json({ queries: catalog() });
  });
  router.post("/queries/:name/run", rateLimit, async (req, res) => {
    const { name } = parseInput(QueryNameParam, req.params, "path");
    checkParams((req.body as { params?: unknown } | undefined)?.params);
    const body = parseInput(RunNamedQueryRequest, req.body ?? {}, "body");
    const q = getQuery(catalog(), name);
    const params = bindParams(q, body.params);
    res.json(await cypher.run(q.cypher, params, body.limit));
  });
  return router;
}
