/**
 * Reads for previews and writes for commits/deletes of uploaded documents: pure {cypher, params}
 * builders, run by the Executor. Every read starts from ids (constraints and indexes), so its cost
 * follows the upload, not the graph.
 */
import type { ExtractedGraph, RelType } from "../../contracts/graph";
import { REL_TYPES } from "../../contracts/graph";
import type { Executor, Query } from "../neo4j/executor";
import type { ExistingState } from "./changeset";

export function duplicatesQuery(ids: string[], shas: string[]): Query {
  return {
    cypher: `MATCH (d:Document) WHERE d.id IN $ids OR d.sha256 IN $shas
RETURN d.id AS id, d.sha256 AS sha256, d.file AS file`,
    params: { ids, shas },
  };
}

export function existingEntitiesQuery(ids: string[]): Query {
  return {
    cypher: "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id",
    params: { ids },
  };
}

/** Relationship ids start with their type; one indexed lookup per type present. */
export function existingEdgesQuery(type: RelType, ids: string[]): Query {
  if (!(REL_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown relationship type: ${type}`);
  return {
    cypher: `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->()
RETURN r.id AS id, r {.*} AS props`,
    params: { ids },
  };
}

/** Same-type entities whose name is, contains or is contained in a new entity's name (names index). */
export function similarEntitiesQuery(rows: { id: string; type: string; names: string[] }[]): Query {
  return {
    cypher: `UNWIND $rows AS row
UNWIND row.names AS name
MATCH (n:Entity {name: name})
WHERE n.type = row.type AND n.id <> row.id
RETURN DISTINCT row.id AS candidate, n.id AS id, n.name AS name, 'same name' AS reason
UNION
UNWIND $rows AS row
UNWIND row.parts AS part
MATCH (n:Entity {name: part})
WHERE n.type = row.type AND n.id <> row.id
RETURN DISTINCT row.id AS candidate, n.id AS id, n.name AS name, 'name contains ' + n.name AS reason`,
    params: { rows: rows.map((r) => ({ ...r, parts: nameParts(r.names[0] ?? "") })) },
  };
}

/** "喀什片区和霍尔果斯片区" → ["喀什片区", "霍尔果斯片区"]: pieces split on conjunctions and punctuation. */
export function nameParts(name: string): string[] {
  const parts = name.split(/[和与及、，,（）()]/).filter((p) => p.length >= 2 && p !== name);
  return [...new Set(parts)];
}

export function existingClaimsQuery(keys: { subject: string; predicate: string }[]): Query {
  return {
    cypher: `UNWIND $keys AS k
MATCH (c:Claim {subject: k.subject})
WHERE c.predicate = k.predicate
RETURN c.id AS id, c.subject AS subject, c.predicate AS predicate, c.asOf AS asOf, c.value AS value`,
    params: { keys },
  };
}

export class IngestRepository {
  constructor(private readonly executor: Executor) {}

  async duplicates(ids: string[], shas: string[]): Promise<{ id: string; sha256: string; file: string }[]> {
    const r = await this.executor.executeRead(duplicatesQuery(ids, shas));
    return r.records.map((x) => x.toObject() as { id: string; sha256: string; file: string });
  }

  async existingEdges(edges: { id: string; type: RelType }[]): Promise<Map<string, Record<string, unknown>>> {
    const out = new Map<string, Record<string, unknown>>();
    for (const type of new Set(edges.map((e) => e.type))) {
      const ids = edges.filter((e) => e.type === type).map((e) => e.id);
      const r = await this.executor.executeRead(existingEdgesQuery(type, ids));
      for (const rec of r.records)
        out.set(rec.get("id") as string, rec.get("props") as Record<string, unknown>);
    }
    return out;
  }

  async storedNodes(ids: string[]) {
    const r = await this.executor.executeRead(storedNodesQuery(ids));
    const out = new Map<string, { name: string; nameEn: string | null; aliases: string[] }>();
    for (const rec of r.records)
      out.set(rec.get("id") as string, {
        name: rec.get("name") as string,
        nameEn: (rec.get("nameEn") as string | null) ?? null,
        aliases: rec.get("aliases") as string[],
      });
    return out;
  }

  async existingState(graph: ExtractedGraph): Promise<ExistingState> {
    const ent = await this.executor.executeRead(existingEntitiesQuery(graph.nodes.map((n) => n.id)));
    const entities = new Set(ent.records.map((r) => r.get("id") as string));
    const edges = new Set((await this.existingEdges(graph.edges)).keys());
    const fresh = graph.nodes.filter((n) => !entities.has(n.id));
    const sim = fresh.length
      ? await this.executor.executeRead(
          similarEntitiesQuery(fresh.map((n) => ({ id: n.id, type: n.type, names: [n.name, ...n.aliases] }))),
        )
      : { records: [] };
    const keys = graph.claims.map((c) => ({ subject: c.subject, predicate: c.predicate }));
    const cl = keys.length ? await this.executor.executeRead(existingClaimsQuery(keys)) : { records: [] };
    return {
      entities,
      edges,
      similar: sim.records.map((r) => r.toObject() as ExistingState["similar"][number]),
      claims: cl.records.map((r) => r.toObject() as ExistingState["claims"][number]),
    };
  }
}

export function storedNodesQuery(ids: string[]): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (n:Entity {id: id})
RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, coalesce(n.aliases, []) AS aliases`,
    params: { ids },
  };
}
