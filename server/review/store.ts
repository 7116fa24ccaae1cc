/**
 * Review decisions stored as data: (:Decision) nodes, a label the loader does not own, so
 * `load --reset` keeps them. Each holds when, who, why, and the decision itself as JSON.
 */
import { randomUUID } from "node:crypto";
import { Decision, type DecisionInput } from "../../contracts/ingest";
import type { Executor, Query } from "../neo4j/executor";

export const DECISION_SCHEMA = [
  "CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE",
];

export function newDecision(input: DecisionInput, who: string, now = new Date()): Decision {
  return { ...input, id: randomUUID(), at: now.toISOString(), who } as Decision;
}

export function saveDecisionsQuery(decisions: Decision[]): Query {
  return {
    cypher: `UNWIND $rows AS row
MERGE (d:Decision {id: row.id})
ON CREATE SET d.action = row.action, d.at = row.at, d.who = row.who, d.why = row.why, d.json = row.json
RETURN count(*) AS saved`,
    params: {
      rows: decisions.map((d) => ({
        id: d.id,
        action: d.action,
        at: d.at,
        who: d.who,
        why: d.why ?? null,
        json: JSON.stringify(d),
      })),
    },
  };
}

export function knownIdsQuery(ids: string[]): Query {
  return {
    cypher: "UNWIND $ids AS id MATCH (d:Decision {id: id}) RETURN collect(d.id) AS ids",
    params: { ids },
  };
}

/** In the order they were made (ties by id, so the order is stable). */
export function listDecisionsQuery(): Query {
  return { cypher: "MATCH (d:Decision) RETURN d.json AS json ORDER BY d.at, d.id" };
}

export class DecisionStore {
  private schemaReady = false;

  constructor(private readonly executor: Executor) {}

  private async schema() {
    if (this.schemaReady) return;
    for (const s of DECISION_SCHEMA) await this.executor.executeSchema(s);
    this.schemaReady = true;
  }

  async save(decisions: Decision[]): Promise<void> {
    await this.schema();
    if (decisions.length) await this.executor.executeWrite(saveDecisionsQuery(decisions));
  }

  async known(ids: string[]): Promise<Set<string>> {
    const r = await this.executor.executeRead(knownIdsQuery(ids));
    return new Set((r.records[0]?.get("ids") as string[] | undefined) ?? []);
  }

  async list(): Promise<Decision[]> {
    const r = await this.executor.executeRead(listDecisionsQuery());
    return r.records.map((rec) => Decision.parse(JSON.parse(rec.get("json") as string)));
  }
}
