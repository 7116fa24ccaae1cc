/**
 * The node and relationship counts of the loader-owned graph (countsQuery), read at the end of every
 * load — transactional (loader.ts) or bulk (bulkFinish.ts) — and recorded on its `:Load` node. A
 * module of its own so that those two import it without importing each other.
 */
import type { Executor } from "../neo4j/executor";
import { countsQuery } from "./queries";

export interface Counts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function readCounts(executor: Executor): Promise<Counts> {
  const result = await executor.executeRead(countsQuery());
  const counts: Counts = { nodes: {}, relationships: {} };
  for (const r of result.records) {
    const bucket = r.get("kind") === "node" ? counts.nodes : counts.relationships;
    bucket[r.get("name") as string] = r.get("count") as number;
  }
  return counts;
}
