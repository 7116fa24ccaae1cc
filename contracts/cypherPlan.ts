/**
 * POST /api/cypher/explain: the plan Neo4j would run a read-only query with (EXPLAIN; the query is never
 * executed), as Neo4j Browser shows it. The plan tree is sent flat, in pre-order, each operator with its depth,
 * so the schema has no recursion and the client indents by depth.
 */
import { z } from "zod";

export const CypherPlanRequest = z.object({
  query: z.string().min(1, "query must not be empty").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherPlanRequest = z.infer<typeof CypherPlanRequest>;

export const PlanOperator = z.object({
  /** 0 for the root (ProduceResults), children one deeper. */
  depth: z.number().int().min(0),
  /** Neo4j's operator name without the runtime suffix (NodeByLabelScan, Expand(All), Filter …). */
  operator: z.string(),
  /** Neo4j's `Details` argument (the pattern, predicate or index the operator uses), "" when none. */
  details: z.string(),
  /** The planner's estimate of the rows the operator produces, null when Neo4j gives none. */
  estimatedRows: z.number().nullable(),
  identifiers: z.array(z.string()),
});
export type PlanOperator = z.infer<typeof PlanOperator>;

export const CypherPlanResponse = z.object({
  /** Neo4j's query type: r (read) or s (an allow-listed read-only procedure); anything else was refused. */
  queryType: z.string(),
  operators: z.array(PlanOperator),
  elapsedMs: z.number(),
});
export type CypherPlanResponse = z.infer<typeof CypherPlanResponse>;
