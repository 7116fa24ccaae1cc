/** Reads the whole graph (or the entities of `ids` and the relationships among them) for export. */
import type { Executor, Query } from "../neo4j/executor";

export function exportNodesQuery(ids: string[] | null): Query {
  return {
    cypher: `MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids
RETURN properties(n) AS props ORDER BY n.type, n.id`,
    params: { ids },
  };
}

export function exportEdgesQuery(ids: string[] | null): Query {
  return {
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.confidence AS confidence,
       r.count AS count, size(coalesce(r.evidenceQuotes, [])) AS evidenceCount,
       coalesce(r.evidenceQuotes[0], '') AS quote, coalesce(r.evidenceDocs[0], '') AS doc
ORDER BY type, id`,
    params: { ids },
  };
}

export class ExportRepository {
  constructor(private readonly executor: Executor) {}

  async nodes(ids: string[] | null): Promise<Record<string, unknown>[]> {
    const r = await this.executor.executeRead(exportNodesQuery(ids), { timeoutMs: 60_000 });
    return r.records.map((rec) => rec.get("props") as Record<string, unknown>);
  }

  async edges(ids: string[] | null): Promise<Record<string, unknown>[]> {
    const r = await this.executor.executeRead(exportEdgesQuery(ids), { timeoutMs: 60_000 });
    return r.records.map((rec) => rec.toObject());
  }
}
