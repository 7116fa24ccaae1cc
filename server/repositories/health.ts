import { type Readiness, readiness } from "../load/state";
import type { Executor, Query } from "../neo4j/executor";

export const componentsQuery = (): Query => ({
  cypher: "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition",
});

/** One count-store lookup per label (constant time at any graph size). */
export const labelCountsQuery = (): Query => ({
  cypher: ["Entity", "Document", "Passage", "Claim"]
    .map((label) => `MATCH (n:${label}) RETURN '${label}' AS label, count(n) AS count`)
    .join("\nUNION ALL\n"),
});

export const relationshipCountQuery = (): Query => ({
  cypher: "MATCH ()-[r]->() RETURN count(r) AS count",
});

/** Health and readiness run on the executor's probe pool (the timeout only fails a wedged Neo4j). */
const PROBE_TIMEOUT_MS = 10_000;

export class HealthRepository {
  constructor(private readonly executor: Executor) {}

  async components(): Promise<{ version: string; edition: string }> {
    const r = await this.executor.executeProbe(componentsQuery(), { timeoutMs: PROBE_TIMEOUT_MS });
    const rec = r.records[0];
    return { version: String(rec?.get("version") ?? ""), edition: String(rec?.get("edition") ?? "") };
  }

  async counts(): Promise<Record<string, number>> {
    const [labels, rels] = await Promise.all([
      this.executor.executeProbe(labelCountsQuery(), { timeoutMs: PROBE_TIMEOUT_MS }),
      this.executor.executeProbe(relationshipCountQuery(), { timeoutMs: PROBE_TIMEOUT_MS }),
    ]);
    const counts: Record<string, number> = {};
    for (const rec of labels.records) counts[String(rec.get("label"))] = Number(rec.get("count"));
    counts.relationships = Number(rels.records[0]?.get("count") ?? 0);
    return counts;
  }

  /** The graph's state from its latest :Load record (see server/load/state.ts). */
  async loadState(): Promise<Readiness> {
    return (await readiness(this.executor)).state;
  }
}
