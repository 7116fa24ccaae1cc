/**
 * The node and relationship counts of the loader-owned graph (countsQuery), read at the end of every
 * load — transactional (loader.ts) or bulk (bulkFinish.ts) — and recorded on its `:Load` node. A
 * module of its own so that those two import it without importing each other.
 */
import type { QueryResult } from "neo4j-driver";
import type { Executor } from "../neo4j/executor";
import { countsQuery, graphCountsQuery } from "./queries";

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

/** The parts of `db.stats.retrieve('GRAPH COUNTS')` read here. */
export interface GraphCounts {
  nodes: { label?: string; count: number }[];
  relationships: { relationshipType?: string; startLabel?: string; endLabel?: string; count: number }[];
}

/**
 * readCounts' figures from the count store: nodes per label but `:Load`, relationships per type (the
 * entries without a start or end label), zero counts left out, names in order. Equal to readCounts'
 * only when every node but the `:Load` records carries one loader-owned label and every relationship
 * starts at such a node — true of a store written by the bulk import and the repeats it MERGEs, not
 * of any graph: bulkFinish.ts uses it, the transactional loader does not.
 */
export function countsFromGraphCounts(data: GraphCounts): Counts {
  const counts: Counts = { nodes: {}, relationships: {} };
  const sorted = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const nodes = data.nodes.flatMap((n): [string, number][] =>
    n.label && n.label !== "Load" && n.count > 0 ? [[n.label, n.count]] : [],
  );
  const rels = data.relationships.flatMap((r): [string, number][] =>
    r.relationshipType && !r.startLabel && !r.endLabel && r.count > 0 ? [[r.relationshipType, r.count]] : [],
  );
  for (const [name, n] of sorted(nodes)) counts.nodes[name] = n;
  for (const [name, n] of sorted(rels)) counts.relationships[name] = n;
  return counts;
}

/**
 * The counts of a store written by the bulk import, from Neo4j's count store: one procedure call,
 * milliseconds whatever the graph's size, where readCounts reads every node and relationship.
 */
export async function readStoreCounts(executor: Executor): Promise<Counts> {
  const r = await executor.executeRead(graphCountsQuery());
  const data = r.records[0]?.get("data") as Partial<GraphCounts> | undefined;
  return countsFromGraphCounts({ nodes: data?.nodes ?? [], relationships: data?.relationships ?? [] });
}
