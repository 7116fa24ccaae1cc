/** Extract a corpus folder and load it: the path behind `zonegraph load` and the app's first start. */
import { extractCorpus } from "../extract/index";
import type { Executor } from "../neo4j/executor";
import { type LoadOptions, type LoadSummary, loadGraph } from "./loader";

export interface CorpusLoadResult extends LoadSummary {
  documents: number;
}

export async function loadCorpus(
  executor: Executor,
  corpusDir: string,
  options: LoadOptions & { onExtractProgress?: (done: number, total: number, file: string) => void } = {},
): Promise<CorpusLoadResult> {
  const graph = await extractCorpus(corpusDir, { onProgress: options.onExtractProgress });
  if (graph.documents.length === 0) {
    const why = graph.problems.map((p) => `${p.file}: ${p.message}`).join("; ");
    throw new Error(`No usable document in ${corpusDir}${why ? ` (${why})` : ""} — nothing was changed.`);
  }
  const summary = await loadGraph(executor, graph, { sourceName: corpusDir, ...options });
  return { ...summary, problems: graph.problems, documents: graph.documents.length };
}
