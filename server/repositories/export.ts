/** Reads the whole graph (or the entities of `ids` and the relationships among them) for export. */
import type { Executor, Query } from "../neo4j/executor";
import { evidenceArrays, statusExpr } from "./fragments";

export function exportNodesQuery(ids: string[] | null): Query {
  return {
    cypher: `MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids
RETURN properties(n) AS props, ${statusExpr("n")} AS status ORDER BY n.type, n.id`,
    params: { ids },
  };
}

export function exportEdgesQuery(ids: string[] | null): Query {
  return {
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.confidence AS confidence,
       r.count AS count,
       coalesce(r.evidenceQuotes[0], '') AS quote, coalesce(r.evidenceDocs[0], '') AS doc,
       r.stage AS stage, ${evidenceArrays("r")} AS ev,
       {id: a.id, type: a.type, name: a.name, nameEn: a.nameEn, aliases: a.aliases} AS sourceEnd,
       {id: b.id, name: b.name, nameEn: b.nameEn, aliases: b.aliases} AS targetEnd
ORDER BY type, id`,
    params: { ids },
  };
}

export class ExportRepository {
  constructor(private readonly executor: Executor) {}

  async nodes(ids: string[] | null): Promise<{ props: Record<string, unknown>; status: string | null }[]> {
    const r = await this.executor.executeRead(exportNodesQuery(ids), { timeoutMs: 60_000 });
    return r.records.map((rec) => ({
      props: rec.get("props") as Record<string, unknown>,
      status: (rec.get("status") as string | null) ?? null,
    }));
  }

  async edges(ids: string[] | null): Promise<Record<string, unknown>[]> {
    const r = await this.executor.executeRead(exportEdgesQuery(ids), { timeoutMs: 60_000 });
    return r.records.map((rec) => rec.toObject());
  }
}
