/**
 * A full, order-free dump of a loaded graph for comparing two loads: every node with its labels and
 * every property with its Neo4j type, every relationship with its type, endpoints and typed
 * properties. A load's own id (`loadId`) becomes "<load>" and `typeCounts` is sorted (collect order
 * is not defined); `:Load` records are returned apart.
 */
import type { Executor } from "../../server/neo4j/executor";

export interface GraphDump {
  nodes: string[];
  relationships: string[];
  loads: Record<string, unknown>[];
}

function normalise(props: Record<string, unknown>, types: [string, string][], loadIds: Set<string>) {
  const out: Record<string, unknown> = {};
  for (const [k, t] of types.sort((a, b) => a[0].localeCompare(b[0]))) {
    let v = props[k];
    if (k === "loadId" && loadIds.has(v as string)) v = "<load>";
    if (k === "typeCounts" && Array.isArray(v)) v = [...v].sort();
    out[k] = [t, v];
  }
  return out;
}

export async function dumpGraph(executor: Executor): Promise<GraphDump> {
  const loads = (
    await executor.executeRead({ cypher: "MATCH (l:Load) RETURN properties(l) AS l ORDER BY l.startedAt" })
  ).records.map((r) => r.get("l") as Record<string, unknown>);
  const loadIds = new Set(loads.map((l) => l.id as string));
  const nodes = await executor.executeRead({
    cypher: `MATCH (n) WHERE NOT n:Load
RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types`,
  });
  const rels = await executor.executeRead({
    cypher: `MATCH (a)-[r]->(b) WHERE NOT a:Load
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props,
       [k IN keys(r) | [k, valueType(r[k])]] AS types`,
  });
  return {
    loads,
    nodes: nodes.records
      .map((r) =>
        JSON.stringify([
          (r.get("labels") as string[]).sort(),
          normalise(r.get("props"), r.get("types"), loadIds),
        ]),
      )
      .sort(),
    relationships: rels.records
      .map((r) =>
        JSON.stringify([
          r.get("type"),
          r.get("from"),
          r.get("to"),
          normalise(r.get("props"), r.get("types"), loadIds),
        ]),
      )
      .sort(),
  };
}
