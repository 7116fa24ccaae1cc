/**
 * The node and relationship counts of the loader-owned graph (countsQuery), read at the end of every
 * load — transactional (loader.ts) or bulk (bulkFinish.ts) — and recorded on its `:Load` node. A
 * module of its own so that those two import it without importing each other.
 */
import type { QueryResult } from "neo4j-driver";
import type { Executor } from "../neo4j/executor";
import { countsQuery, storeCountQuery } from "./queries";

export interface Counts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function readCounts(executor: Executor): Promise<Counts> {
  return countsFrom(await executor.executeRead(countsQuery()));
}

function countsFrom(result: QueryResult): Counts {
  const counts: Counts = { nodes: {}, relationships: {} };
  for (const r of result.records) {
    const bucket = r.get("kind") === "node" ? counts.nodes : counts.relationships;
    bucket[r.get("name") as string] = r.get("count") as number;
  }
  return counts;
}

/**
 * The same counts from Neo4j's count store, in milliseconds whatever the graph's size — for a store
 * written by the bulk import only (see storeCountQuery): there, readCounts reads every node and
 * relationship (seconds at 1M entities / 5M relationships). `:Load` records are not counted.
 */
export async function readStoreCounts(executor: Executor): Promise<Counts> {
  const tokens = await executor.executeRead({
    cypher: `CALL db.labels() YIELD label WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
RETURN labels, collect(relationshipType) AS types`,
  });
  const row = tokens.records[0];
  const counts: Counts = { nodes: {}, relationships: {} };
  const read = async (kind: "node" | "rel", names: string[], into: Record<string, number>) => {
    for (const name of [...names].sort()) {
      const n = (await executor.executeRead(storeCountQuery(kind, name))).records[0]?.get("count") as number;
      if (n > 0) into[name] = n;
    }
  };
  await read(
    "node",
    ((row?.get("labels") ?? []) as string[]).filter((l) => l !== "Load"),
    counts.nodes,
  );
  await read("rel", (row?.get("types") ?? []) as string[], counts.relationships);
  return counts;
}
