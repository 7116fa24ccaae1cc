/**
 * PROFILE for analysts (POST /api/cypher/profile): the query goes through the same locks as POST /api/cypher
 * (CypherService.vet, EXPLAIN only: a write is refused before anything runs), then runs under PROFILE in a READ
 * transaction with the Cypher deadline, and the profiled plan is returned flat with each operator's rows and db
 * hits, their total and the heaviest operator. No result row is returned or kept (Neo4j profiles only a result
 * consumed to its end, so the rows are counted and dropped): the answer's size follows the plan, not the result.
 */
import type { CypherProfileResponse, ProfiledOperator } from "../../contracts/cypherPlan";
import { type PlanNode, walkPlan } from "../cypher/guard";
import { CypherRefusedError, CypherTimeoutError } from "../errors";
import type { Executor } from "../neo4j/executor";
import { profileStatement } from "../repositories/cypherProfile";
import type { CypherService, CypherSettings } from "./cypher";
import { planOperator } from "./cypherPlan";

/** A node of the driver's ProfiledPlan (the fields zonegraph reads). */
export interface ProfiledNode extends PlanNode {
  dbHits?: number;
  rows?: number;
  pageCacheHits?: number;
  pageCacheMisses?: number;
  /** Nanoseconds; 0 when the runtime does not time operators. */
  time?: number;
  children?: ProfiledNode[];
}

const count = (n: unknown): number =>
  typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
const orNull = (n: unknown): number | null =>
  typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.round(n) : null;

/** The profiled tree in pre-order with each operator's measured rows, db hits, page cache and time. */
export function flattenProfile(plan: ProfiledNode): ProfiledOperator[] {
  const out: ProfiledOperator[] = [];
  walkPlan(plan, (planNode, depth) => {
    const node = planNode as ProfiledNode;
    const ns = typeof node.time === "number" && node.time > 0 ? node.time : null;
    out.push({
      ...planOperator(node, depth),
      rows: count(node.rows),
      dbHits: count(node.dbHits),
      pageCacheHits: orNull(node.pageCacheHits),
      pageCacheMisses: orNull(node.pageCacheMisses),
      timeMs: ns === null ? null : Math.round(ns / 1e3) / 1e3,
    });
  });
  return out;
}

/** The index of the operator with the most db hits (the first on ties), null when none has any. */
export function heaviestOperator(ops: readonly ProfiledOperator[]): number | null {
  let best: number | null = null;
  for (const [i, op] of ops.entries())
    if (op.dbHits > 0 && (best === null || op.dbHits > (ops[best]?.dbHits ?? 0))) best = i;
  return best;
}

function neo4jTime(summary: {
  resultAvailableAfter?: unknown;
  resultConsumedAfter?: unknown;
}): number | null {
  const a = Number(summary.resultAvailableAfter);
  const b = Number(summary.resultConsumedAfter);
  return Number.isFinite(a) && Number.isFinite(b) && a >= 0 && b >= 0 ? a + b : null;
}

export class CypherProfileService {
  constructor(
    private readonly cypher: CypherService,
    private readonly executor: Executor,
    private readonly settings: CypherSettings,
  ) {}

  async profile(query: string, params: Record<string, unknown>): Promise<CypherProfileResponse> {
    const { timeoutMs } = this.settings;
    try {
      return await this.profileWithin(query, params, performance.now());
    } catch (error) {
      if (error instanceof CypherTimeoutError)
        throw new CypherTimeoutError(
          `The query was stopped at its timeout of ${timeoutMs} ms (CYPHER_TIMEOUT_MS).`,
          { timeoutMs },
        );
      throw error;
    }
  }

  private async profileWithin(
    query: string,
    params: Record<string, unknown>,
    started: number,
  ): Promise<CypherProfileResponse> {
    const { timeoutMs } = this.settings;
    const deadline = started + timeoutMs;
    const queryType = await this.cypher.vet(query, params, deadline);
    const left = Math.floor(deadline - performance.now());
    if (left <= 0) throw new CypherTimeoutError("deadline", { timeoutMs });
    const { rows, summary } = await this.executor.runAnalystProfile(profileStatement(query, params), {
      timeoutMs: left,
    });
    if ((summary.queryType ?? "") !== queryType)
      throw new CypherRefusedError(`Refused: the query reported type ${summary.queryType} when it ran.`);
    const profile = summary.profile;
    if (!profile || typeof profile !== "object")
      throw new CypherRefusedError("Refused: Neo4j returned no profile to show.", { lock: "plan" });
    const operators = flattenProfile(profile as unknown as ProfiledNode);
    return {
      queryType,
      operators,
      totalDbHits: operators.reduce((sum, op) => sum + op.dbHits, 0),
      heaviest: heaviestOperator(operators),
      resultRows: rows,
      neo4jMs: neo4jTime(summary),
      elapsedMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }
}
