import { type Readiness, readiness } from "../load/state";
import type { Executor, Query } from "../neo4j/executor";

export const componentsQuery = (): Query => ({
  cypher: "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition",
});

export const labelCountsQuery = (): Query => ({
  cypher: `UNWIND ['Entity', 'Document', 'Passage', 'Claim'] AS label
CALL (label) {
  MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count
}
RETURN label, count`,
});

export const relationshipCountQuery = (): Query => ({
  cypher: "MATCH ()-[r]->() RETURN count(r) AS count",
});

export class HealthRepository {
  constructor(private readonly executor: Executor) {}

  async components(): Promise<{ version: string; edition: string }> {
    const r = await this.executor.executeRead(componentsQuery(), { timeoutMs: 10_000 });
    const rec = r.records[0];
    return { version: String(rec?.get("version") ?? ""), edition: String(rec?.get("edition") ?? "") };
  }

  async counts(): Promise<Record<string, number>> {
    const [labels, rels] = await Promise.all([
      this.executor.executeRead(labelCountsQuery(), { timeoutMs: 10_000 }),
      this.executor.executeRead(relationshipCountQuery(), { timeoutMs: 10_000 }),
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
