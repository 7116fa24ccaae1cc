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

/** POST /api/cypher/profile takes the same body as /explain. */
export const CypherProfileRequest = CypherPlanRequest;
export type CypherProfileRequest = z.infer<typeof CypherProfileRequest>;

/** An operator of a PROFILE plan: the EXPLAIN fields plus what the run measured. */
export const ProfiledOperator = PlanOperator.extend({
  /** Rows the operator actually produced. */
  rows: z.number().int().min(0),
  /** Database hits (abstract units of storage work) of this operator alone. */
  dbHits: z.number().int().min(0),
  /** Page cache hits and misses, null when Neo4j reports none. */
  pageCacheHits: z.number().int().min(0).nullable(),
  pageCacheMisses: z.number().int().min(0).nullable(),
  /** Time spent in the operator in milliseconds, null when the runtime does not measure it. */
  timeMs: z.number().min(0).nullable(),
});
export type ProfiledOperator = z.infer<typeof ProfiledOperator>;

/**
 * POST /api/cypher/profile: the query was run (PROFILE, read-only, within the deadline) and this is its plan with
 * the rows and db hits each operator measured. No result row is returned.
 */
export const CypherProfileResponse = z.object({
  queryType: z.string(),
  operators: z.array(ProfiledOperator),
  /** The sum of every operator's db hits. */
  totalDbHits: z.number().int().min(0),
  /** Index in `operators` of the operator with the most db hits (the first on ties), null when none has any. */
  heaviest: z.number().int().min(0).nullable(),
  /** Rows the query produced (counted, none returned: POST /api/cypher gives them, under its row cap). */
  resultRows: z.number().int().min(0),
  /** Neo4j's own time to the first record plus the time to consume the rest, in ms (null if not reported). */
  neo4jMs: z.number().min(0).nullable(),
  /** The whole request as the app measured it (the read-only checks included). */
  elapsedMs: z.number(),
});
export type CypherProfileResponse = z.infer<typeof CypherProfileResponse>;
