/**
 * Analysts' Cypher (POST /api/cypher and the named queries): lexical check → expression sizes →
 * EXPLAIN (query type, plan allow-list, path bounds) → READ transaction with a deadline, row cap
 * and byte budget → table + graph. The whole request (EXPLAIN included) ends by timeoutMs plus a
 * short grace (DEADLINE_GRACE_MS).
 */
import type { CypherResponse } from "../../contracts/api";
import { checkExpressions } from "../cypher/blowup";
import { ResponseBudget } from "../cypher/bytes";
import { GraphCollector, recordsToRows } from "../cypher/convert";
import { checkPlan, checkQueryType, checkText, type PlanNode } from "../cypher/guard";
import { checkPathBounds } from "../cypher/paths";
import { CypherRefusedError, CypherTimeoutError } from "../errors";
import type { AnalystLimits, AnalystResult, Executor, Query } from "../neo4j/executor";

export interface CypherSettings {
  timeoutMs: number;
  rowLimit: number;
  /** Response budget in bytes of JSON (CYPHER_BYTE_LIMIT). */
  byteLimit?: number;
}

export const DEFAULT_BYTE_LIMIT = 5 * 1024 * 1024;

function timeoutError(timeoutMs: number): CypherTimeoutError {
  return new CypherTimeoutError(
    `The query was stopped at its timeout of ${timeoutMs} ms (CYPHER_TIMEOUT_MS).`,
    { timeoutMs },
  );
}

/** The time left before a deadline; CypherTimeoutError once it has passed. */
function remaining(deadline: number, timeoutMs: number): number {
  const left = Math.floor(deadline - performance.now());
  if (left <= 0) throw timeoutError(timeoutMs);
  return left;
}

export class CypherService {
  constructor(
    private readonly executor: Executor,
    private readonly settings: CypherSettings,
  ) {}

  /**
   * Throws CypherRefusedError (403) unless every lock passes; returns the query type. The EXPLAIN
   * ends by the deadline (a performance.now() time).
   */
  async vet(query: string, params: Record<string, unknown>, deadline?: number): Promise<string> {
    const lexical = checkText(query);
    if (lexical) throw new CypherRefusedError(`Refused: ${lexical}.`, { lock: "text" });
    const expression = checkExpressions(query, params);
    if (expression) throw new CypherRefusedError(`Refused: ${expression}.`, { lock: "expressions" });
    const timeoutMs =
      deadline === undefined ? this.settings.timeoutMs : remaining(deadline, this.settings.timeoutMs);
    const explained = await this.executor.explain({ cypher: query, params }, { timeoutMs });
    const plan = explained.summary.plan;
    if (!plan || typeof plan !== "object")
      throw new CypherRefusedError("Refused: Neo4j returned no plan to check.", { lock: "plan" });
    const verdict = checkPlan(plan as unknown as PlanNode);
    const queryType = explained.summary.queryType ?? "";
    const typeProblem = checkQueryType(queryType, verdict.procedures);
    if (typeProblem)
      throw new CypherRefusedError(`Refused: ${typeProblem}.`, { lock: "queryType", queryType });
    if (!verdict.ok)
      throw new CypherRefusedError(`Refused: ${verdict.reason}.`, {
        lock: "plan",
        operators: verdict.operators,
        procedures: verdict.procedures,
      });
    const paths = checkPathBounds(plan as unknown as PlanNode);
    if (paths) throw new CypherRefusedError(`Refused: ${paths}.`, { lock: "paths" });
    return queryType;
  }

  /** Vet and run; the row cap, byte budget and deadline of the settings apply. */
  async execute(
    query: Query,
    limit?: number,
    onRecord?: AnalystLimits["onRecord"],
  ): Promise<{ result: AnalystResult; queryType: string }> {
    try {
      return await this.executeWithin(query, limit, onRecord);
    } catch (error) {
      // One message for every way the deadline can pass (EXPLAIN, run, Neo4j's own timeout).
      if (error instanceof CypherTimeoutError) throw timeoutError(this.settings.timeoutMs);
      throw error;
    }
  }

  private async executeWithin(
    query: Query,
    limit?: number,
    onRecord?: AnalystLimits["onRecord"],
  ): Promise<{ result: AnalystResult; queryType: string }> {
    const { timeoutMs } = this.settings;
    const deadline = performance.now() + timeoutMs;
    const params = query.params ?? {};
    const queryType = await this.vet(query.cypher, params, deadline);
    const result = await this.executor.runAnalystRead(query, {
      timeoutMs: remaining(deadline, timeoutMs),
      maxRows: Math.min(limit ?? this.settings.rowLimit, this.settings.rowLimit),
      budget: new ResponseBudget(this.settings.byteLimit ?? DEFAULT_BYTE_LIMIT),
      ...(onRecord ? { onRecord } : {}),
    });
    if (result.queryType !== queryType)
      throw new CypherRefusedError(`Refused: the query reported type ${result.queryType} when it ran.`);
    return { result, queryType };
  }

  async run(query: string, params: Record<string, unknown>, limit?: number): Promise<CypherResponse> {
    const started = performance.now();
    const deadline = started + this.settings.timeoutMs;
    const collector = new GraphCollector();
    const rows: Record<string, unknown>[] = [];
    // Rows are converted while they are pulled, inside the deadline.
    const { result, queryType } = await this.execute({ cypher: query, params }, limit, (record) => {
      rows.push(...recordsToRows(record.keys as string[], [record], collector));
    });
    const missing = collector.missingEndpoints();
    if (missing.length > 0) {
      // Relationships whose end nodes were not returned: fetch those nodes so the graph is whole.
      const r = await this.executor.runAnalystRead(
        { cypher: "MATCH (n) WHERE elementId(n) IN $ids RETURN n", params: { ids: missing.slice(0, 5000) } },
        { timeoutMs: remaining(deadline, this.settings.timeoutMs), maxRows: 5000 },
      );
      for (const rec of r.records) collector.addNode(rec.get("n"));
    }
    return {
      columns: result.keys,
      rows,
      graph: collector.toGraph(),
      truncated: result.truncated,
      queryType,
      elapsedMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }
}
