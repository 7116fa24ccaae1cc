/**
 * EXPLAIN for analysts (POST /api/cypher/explain): the query goes through the same locks as POST /api/cypher
 * (CypherService.vet: text, expression sizes, query type, operator allow-list, path bounds), then its plan is
 * returned flat. Nothing is executed; the whole request ends by the Cypher timeout (408 CYPHER_TIMEOUT).
 */
import type { CypherPlanResponse, PlanOperator } from "../../contracts/cypherPlan";
import { operatorName, type PlanNode, walkPlan } from "../cypher/guard";
import { CypherRefusedError, CypherTimeoutError } from "../errors";
import type { Executor } from "../neo4j/executor";
import type { CypherService } from "./cypher";

/** One plan operator with its depth, its Details and its estimated rows. */
export function planOperator(node: PlanNode, depth: number): PlanOperator {
  const args = node.arguments ?? {};
  const rows = Number(args.EstimatedRows);
  return {
    depth,
    operator: operatorName(node.operatorType),
    details: typeof args.Details === "string" ? args.Details : "",
    estimatedRows: args.EstimatedRows !== undefined && Number.isFinite(rows) ? rows : null,
    identifiers: [...(node.identifiers ?? [])].map(String),
  };
}

/** The plan tree in pre-order, each operator with its depth, its Details and its estimated rows. */
export function flattenPlan(plan: PlanNode): PlanOperator[] {
  const out: PlanOperator[] = [];
  walkPlan(plan, (node, depth) => out.push(planOperator(node, depth)));
  return out;
}

export class CypherPlanService {
  constructor(
    private readonly cypher: CypherService,
    private readonly executor: Executor,
    private readonly timeoutMs: number,
  ) {}

  async explain(query: string, params: Record<string, unknown>): Promise<CypherPlanResponse> {
    const started = performance.now();
    const deadline = started + this.timeoutMs;
    try {
      const queryType = await this.cypher.vet(query, params, deadline);
      const left = Math.floor(deadline - performance.now());
      if (left <= 0) throw new CypherTimeoutError("deadline", { timeoutMs: this.timeoutMs });
      const explained = await this.executor.explain({ cypher: query, params }, { timeoutMs: left });
      const plan = explained.summary.plan;
      if (!plan || typeof plan !== "object")
        throw new CypherRefusedError("Refused: Neo4j returned no plan to show.", { lock: "plan" });
      return {
        queryType,
        operators: flattenPlan(plan as unknown as PlanNode),
        elapsedMs: Math.round((performance.now() - started) * 10) / 10,
      };
    } catch (error) {
      if (error instanceof CypherTimeoutError)
        throw new CypherTimeoutError(
          `The query was stopped at its timeout of ${this.timeoutMs} ms (CYPHER_TIMEOUT_MS).`,
          { timeoutMs: this.timeoutMs },
        );
      throw error;
    }
  }
}
