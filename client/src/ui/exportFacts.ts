/**
 * Fetches what exports add to the scene (see model/exportFacts.ts): edge details of the relationships,
 * a few requests at a time and at most MAX_FACT_EDGES, so the cost follows the scene. A failed request
 * leaves that edge without facts. Node statuses are not fetched: scene nodes carry the API's `status`.
 */
import type { Api } from "../api";
import { type ExportFacts, edgeFacts, emptyFacts } from "../model/exportFacts";
import type { SceneGraph } from "../model/scene";

export const MAX_FACT_EDGES = 400;
const PARALLEL = 6;

async function inBatches<T>(items: T[], fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL)
    await Promise.all(items.slice(i, i + PARALLEL).map((x) => fn(x).catch(() => undefined)));
}

export async function fetchExportFacts(api: Pick<Api, "edge">, graph: SceneGraph): Promise<ExportFacts> {
  const facts = emptyFacts();
  const edges = graph.filterEdges((_, a) => a.type !== "CO_OCCURS").slice(0, MAX_FACT_EDGES);
  await inBatches(edges, async (id) => {
    facts.edges.set(id, edgeFacts(await api.edge(id)));
  });
  return facts;
}
