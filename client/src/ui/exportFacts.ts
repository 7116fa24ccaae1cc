/**
 * Fetches what exports add to the scene (see model/exportFacts.ts): node details of the zones and
 * provinces, edge details of the relationships, a few requests at a time and at most MAX_* of each, so
 * the cost follows the scene. A failed request leaves that element without facts.
 */
import type { Api } from "../api";
import { type ExportFacts, edgeFacts, emptyFacts, nodeStatus, STATUS_TYPES } from "../model/exportFacts";
import type { SceneGraph } from "../model/scene";

export const MAX_FACT_NODES = 200;
export const MAX_FACT_EDGES = 400;
const PARALLEL = 6;

async function inBatches<T>(items: T[], fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL)
    await Promise.all(items.slice(i, i + PARALLEL).map((x) => fn(x).catch(() => undefined)));
}

export async function fetchExportFacts(api: Api, graph: SceneGraph): Promise<ExportFacts> {
  const facts = emptyFacts();
  const nodes = graph.filterNodes((_, a) => STATUS_TYPES.has(String(a.type))).slice(0, MAX_FACT_NODES);
  const edges = graph.filterEdges((_, a) => a.type !== "CO_OCCURS").slice(0, MAX_FACT_EDGES);
  await Promise.all([
    inBatches(nodes, async (id) => {
      const s = nodeStatus(await api.node(id));
      if (s) facts.status.set(id, s);
    }),
    inBatches(edges, async (id) => {
      facts.edges.set(id, edgeFacts(await api.edge(id)));
    }),
  ]);
  return facts;
}
