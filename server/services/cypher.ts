/**
 * Analysts' Cypher (POST /api/cypher and the named queries): lexical check → EXPLAIN (query type
 * must be "r", plan on the allow-list) → READ transaction with timeout and row cap → table + graph.
 */
import type { CypherResponse } from "../../contracts/api";
import { GraphCollector, recordsToRows } from "../cypher/convert";
import { checkPlan, checkQueryType, checkText, type PlanNode } from "../cypher/guard";
import { CypherRefusedError } from "../errors";
import type { Executor } from "../neo4j/executor";

export interface CypherSettings {
  timeoutMs: number;
  rowLimit: number;
}

export class CypherService {
  constructor(
    private readonly executor: Executor,
    private readonly settings: CypherSettings,
  ) {}

  /** Throws CypherRefusedError (403) unless every lock passes; returns the query type. */
  async vet(query: string, params: Record<string, unknown>): Promise<string> {
    const lexical = checkText(query);
    if (lexical) throw new CypherRefusedError(`Refused: ${lexical}.`, { lock: "text" });
    const explained = await this.executor.explain({ cypher: query, params });
    const queryType = explained.summary.queryType ?? "";
    const typeProblem = checkQueryType(queryType);
    if (typeProblem)
      throw new CypherRefusedError(`Refused: ${typeProblem}.`, { lock: "queryType", queryType });
    const plan = explained.summary.plan;
    if (!plan || typeof plan !== "object")
      throw new CypherRefusedError("Refused: Neo4j returned no plan to check.", { lock: "plan" });
    const verdict = checkPlan(plan as unknown as PlanNode);
    if (!verdict.ok)
      throw new CypherRefusedError(`Refused: ${verdict.reason}.`, {
        lock: "plan",
        operators: verdict.operators,
        procedures: verdict.procedures,
      });
    return queryType;
  }

  async run(query: string, params: Record<string, unknown>, limit?: number): Promise<CypherResponse> {
    const started = performance.now();
    const queryType = await this.vet(query, params);
    const maxRows = Math.min(limit ?? this.settings.rowLimit, this.settings.rowLimit);
    const result = await this.executor.runAnalystRead(
      { cypher: query, params },
      { timeoutMs: this.settings.timeoutMs, maxRows },
    );
    if (result.queryType !== "r")
      throw new CypherRefusedError(`Refused: the query reported type ${result.queryType} when it ran.`);
    const collector = new GraphCollector();
    const rows = recordsToRows(result.keys, result.records, collector);
    const missing = collector.missingEndpoints();
    if (missing.length > 0) {
      // Relationships whose end nodes were not returned: fetch those nodes so the graph is whole.
      const r = await this.executor.executeRead(
        { cypher: "MATCH (n) WHERE elementId(n) IN $ids RETURN n", params: { ids: missing.slice(0, 5000) } },
        { timeoutMs: this.settings.timeoutMs },
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
