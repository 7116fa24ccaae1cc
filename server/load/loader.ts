/**
 * Loads an ExtractedGraph into Neo4j: schema first, then UNWIND batches that MERGE on stable ids,
 * one transaction per batch. Loading the same graph twice changes no count. With `reset`, the
 * loader-owned nodes are removed first — only after the new graph has been validated, so a bad
 * input never costs what is already stored.
 */
import { ExtractedGraph, NODE_TYPES, REL_TYPES } from "../../contracts/graph";
import type { Executor, Query } from "../neo4j/executor";
import {
  chunk,
  claimsQuery,
  countsQuery,
  degreeQuery,
  documentsQuery,
  edgesQuery,
  mentionsQuery,
  nodesQuery,
  passagesQuery,
  resetBatchQuery,
  schemaStatements,
} from "./queries";

export interface LoadOptions {
  reset?: boolean;
  batchSize?: number;
  /** Called after every batch: (batches done, batches in all, what). */
  onProgress?: (done: number, total: number, what: string) => void;
}

export interface Counts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface LoadSummary extends Counts {
  seconds: number;
  batches: number;
}

export async function applySchema(executor: Executor): Promise<void> {
  for (const statement of schemaStatements()) await executor.executeSchema(statement);
  await executor.executeSchema("CALL db.awaitIndexes(300)");
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

export async function resetGraph(executor: Executor): Promise<void> {
  for (;;) {
    const result = await executor.executeWrite(resetBatchQuery());
    if ((result.records[0]?.get("deleted") as number) === 0) break;
  }
}

/** True when the graph has no loaded documents (the app loads the corpus then). */
export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const r = await executor.executeRead({ cypher: "MATCH (d:Document) RETURN count(d) AS n" });
  return (r.records[0]?.get("n") as number) === 0;
}

export async function loadGraph(
  executor: Executor,
  input: unknown,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const parsed = ExtractedGraph.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `The graph to load is invalid at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"} — nothing was changed.`,
    );
  }
  const graph = parsed.data;
  checkReferences(graph);
  const size = options.batchSize ?? 2000;

  const plan: { what: string; query: Query }[] = [];
  const add = (what: string, items: unknown[], build: (batch: never[]) => Query) => {
    for (const batch of chunk(items, size)) plan.push({ what, query: build(batch as never[]) });
  };
  add("documents", graph.documents, documentsQuery);
  add("passages", graph.passages, passagesQuery);
  for (const type of NODE_TYPES) {
    add(
      `${type} nodes`,
      graph.nodes.filter((n) => n.type === type),
      (batch) => nodesQuery(type, batch),
    );
  }
  add("mentions", graph.mentions, mentionsQuery);
  for (const type of REL_TYPES) {
    add(
      `${type} relationships`,
      graph.edges.filter((e) => e.type === type),
      (batch) => edgesQuery(type, batch),
    );
  }
  add("claims", graph.claims, claimsQuery);

  await applySchema(executor);
  if (options.reset) await resetGraph(executor);
  let done = 0;
  for (const step of plan) {
    await executor.executeWrite(step.query);
    done += 1;
    options.onProgress?.(done, plan.length + 1, step.what);
  }
  await executor.executeWrite(degreeQuery());
  options.onProgress?.(plan.length + 1, plan.length + 1, "degrees");
  const counts = await readCounts(executor);
  return { ...counts, batches: plan.length + 1, seconds: (performance.now() - started) / 1000 };
}

/** Every edge, mention and claim must point at nodes/passages/documents of the same graph. */
function checkReferences(graph: ExtractedGraph): void {
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const passages = new Set(graph.passages.map((p) => p.id));
  const docs = new Set(graph.documents.map((d) => d.id));
  const fail = (what: string) => {
    throw new Error(`The graph to load is inconsistent: ${what} — nothing was changed.`);
  };
  for (const p of graph.passages)
    if (!docs.has(p.doc)) fail(`passage ${p.id} names unknown document ${p.doc}`);
  for (const e of graph.edges) {
    if (!nodes.has(e.source)) fail(`edge ${e.id} starts at unknown node ${e.source}`);
    if (!nodes.has(e.target)) fail(`edge ${e.id} ends at unknown node ${e.target}`);
  }
  for (const m of graph.mentions) {
    if (!nodes.has(m.node)) fail(`a mention names unknown node ${m.node}`);
    if (!passages.has(m.passage)) fail(`a mention names unknown passage ${m.passage}`);
  }
  for (const c of graph.claims)
    if (!nodes.has(c.subject)) fail(`claim ${c.id} is about unknown node ${c.subject}`);
}
