/**
 * Reads the graph for export. A scoped export (the entities of `ids` and the relationships among them)
 * is one bounded read; the whole graph is read in pages by keyset pagination, in the order of the
 * scoped reads: entities by (type, id) on the composite index `entity_type_id`, relationships per type
 * by id on that type's relationship index (`rel_<type>_id`). Each page is one query bounded by its LIMIT,
 * so memory and cost follow the page, not the graph.
 */
import { REL_TYPES, type RelType } from "../../contracts/graph";
import type { Executor, Query } from "../neo4j/executor";
import { evidenceArrays, statusExpr } from "./fragments";

export type NodeRow = { props: Record<string, unknown>; status: string | null };

const NODE_RETURN = (v: string) => `RETURN properties(${v}) AS props, ${statusExpr(v)} AS status`;

const EDGE_RETURN = `RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.confidence AS confidence,
       r.count AS count,
       coalesce(r.evidenceQuotes[0], '') AS quote, coalesce(r.evidenceDocs[0], '') AS doc,
       r.stage AS stage, ${evidenceArrays("r")} AS ev,
       {id: a.id, type: a.type, name: a.name, nameEn: a.nameEn, aliases: a.aliases} AS sourceEnd,
       {id: b.id, name: b.name, nameEn: b.nameEn, aliases: b.aliases} AS targetEnd`;

/** Relationship types exported, in the order the export lists them (as Cypher's ORDER BY type(r)). */
export const EXPORT_REL_TYPES: readonly RelType[] = [...REL_TYPES].sort();

export function exportNodesQuery(ids: string[] | null): Query {
  return {
    cypher: `MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids
${NODE_RETURN("n")} ORDER BY n.type, n.id`,
    params: { ids },
  };
}

export function exportEdgesQuery(ids: string[] | null): Query {
  return {
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
${EDGE_RETURN}
ORDER BY type, id`,
    params: { ids },
  };
}

/** The entity type after `after` (the first one when null): one index seek. */
export function nextNodeTypeQuery(after: string | null): Query {
  return {
    cypher: `MATCH (n:Entity) WHERE ${after === null ? "n.type IS NOT NULL" : "n.type > $after"}
RETURN n.type AS type ORDER BY n.type LIMIT 1`,
    params: { after },
  };
}

/** At most `limit` entities of `type` whose id follows `after`, by id. */
export function nodePageQuery(type: string, after: string, limit: number): Query {
  return {
    cypher: `MATCH (n:Entity) WHERE n.type = $type AND n.id > $after
${NODE_RETURN("n")}, n.id AS key ORDER BY n.type, n.id LIMIT toInteger($limit)`,
    params: { type, after, limit },
  };
}

/** At most `limit` relationships of `type` between entities whose id follows `after`, by id. */
export function edgePageQuery(type: RelType, after: string, limit: number): Query {
  if (!REL_TYPES.includes(type)) throw new Error(`Unknown relationship type ${JSON.stringify(type)}`);
  return {
    cypher: `MATCH (a:Entity)-[r:${type}]->(b:Entity) WHERE r.id > $after
${EDGE_RETURN}
ORDER BY r.id LIMIT toInteger($limit)`,
    params: { after, limit },
  };
}

const READ = { timeoutMs: 60_000 };

export class ExportRepository {
  constructor(private readonly executor: Executor) {}

  private async rows(query: Query): Promise<Record<string, unknown>[]> {
    const r = await this.executor.executeRead(query, READ);
    return r.records.map((rec) => rec.toObject());
  }

  async nodes(ids: string[] | null): Promise<NodeRow[]> {
    return (await this.rows(exportNodesQuery(ids))).map(nodeRow);
  }

  edges(ids: string[] | null): Promise<Record<string, unknown>[]> {
    return this.rows(exportEdgesQuery(ids));
  }

  async nextNodeType(after: string | null): Promise<string | null> {
    const type = (await this.rows(nextNodeTypeQuery(after)))[0]?.type;
    return typeof type === "string" ? type : null;
  }

  async nodePage(type: string, after: string, limit: number): Promise<{ rows: NodeRow[]; last: string }> {
    const rows = await this.rows(nodePageQuery(type, after, limit));
    return { rows: rows.map(nodeRow), last: String(rows.at(-1)?.key ?? after) };
  }

  async edgePage(type: RelType, after: string, limit: number): Promise<Record<string, unknown>[]> {
    return this.rows(edgePageQuery(type, after, limit));
  }
}

function nodeRow(rec: Record<string, unknown>): NodeRow {
  return {
    props: rec.props as Record<string, unknown>,
    status: (rec.status as string | null) ?? null,
  };
}
