/**
 * `zonegraph load --graph FILE`: the bulk path (server/load/bulk.ts) for a large first load into the
 * embedded Neo4j, otherwise — or whenever bulk is not allowed — the transactional loader. The file
 * is validated once; a fallback reuses that validation.
 */
import type { Config } from "../../config";
import { BULK_FROM, type BulkSummary, bulkBlocker, bulkLoad } from "../../load/bulk";
import { BulkRefusal } from "../../load/csvCells";
import { type LoadOptions, type LoadSummary, loadSource, validateWithChecksum } from "../../load/loader";
import { sourceFromFile } from "../../load/source";
import { writableRecords } from "../../load/validate";
import { forgetBookmarks } from "../../neo4j/causal";
import type { Neo4jHandle } from "../../neo4j/connect";
import { type RunningNeo4j, startEmbedded } from "../../neo4j/embedded";

/** auto: bulk from BULK_FROM records; force (`--bulk`): whenever allowed; never (`--no-bulk`). */
export type BulkMode = "auto" | "force" | "never";

export interface LoadFileResult {
  summary: LoadSummary | BulkSummary;
  bulk: boolean;
  /** The embedded Neo4j started again after the import: the caller stops it at the end. */
  restarted: RunningNeo4j | null;
}

/** Why this connection may not take the bulk path, or null. */
export async function bulkNotAllowed(
  neo4j: Neo4jHandle,
  config: Config,
  onNote?: (line: string) => void,
): Promise<string | null> {
  if (config.NEO4J_URI || !neo4j.embedded)
    return `NEO4J_URI is set (${config.NEO4J_URI}): neo4j-admin import only goes into the embedded Neo4j`;
  if (neo4j.embedded.reused)
    return `the embedded Neo4j is in use by another process (pid ${neo4j.embedded.pid}: \`npm start\` or \`zonegraph neo4j start\`); stop it to let the load use neo4j-admin import`;
  return bulkBlocker(neo4j.executor, onNote);
}

export async function loadFile(
  neo4j: Neo4jHandle,
  config: Config,
  file: string,
  mode: BulkMode,
  options: LoadOptions,
): Promise<LoadFileResult> {
  const note = options.onNote ?? (() => {});
  const source = sourceFromFile(file);
  const none = { bulk: false, restarted: null };
  if (mode === "never")
    return { ...none, summary: await loadSource(neo4j.executor, source, { ...options, sourceName: file }) };
  const [validation, checksum] = await validateWithChecksum(source, options.onProgress);
  const transactional = async () => ({
    ...none,
    summary: await loadSource(neo4j.executor, source, {
      ...options,
      sourceName: file,
      validated: { validation, checksum },
    }),
  });
  const records = writableRecords(validation.counts);
  if (mode === "auto" && records < BULK_FROM) return transactional();
  const blocker = await bulkNotAllowed(neo4j, config, note);
  if (blocker) {
    note(`Not using neo4j-admin import: ${blocker}. Loading transactionally.`);
    return transactional();
  }
  note(`${records} records into an empty embedded database: loading with neo4j-admin import (bulk path).`);
  let current: RunningNeo4j | null = neo4j.embedded;
  const target = {
    home: config.ZONEGRAPH_HOME,
    executor: neo4j.executor,
    stop: async () => {
      await current?.stop();
      current = null;
    },
    start: async () => {
      current = await startEmbedded({
        home: config.ZONEGRAPH_HOME,
        boltPort: config.NEO4J_BOLT_PORT,
        heap: config.NEO4J_HEAP,
        txTimeout: config.NEO4J_TX_TIMEOUT,
        txMemoryMax: config.NEO4J_TX_MEMORY_MAX,
        log: note,
      });
      // The imported store's transaction ids start again: bookmarks of the old store never come.
      await forgetBookmarks(neo4j.executor.driver);
    },
  };
  try {
    const summary = await bulkLoad(target, source, {
      validation,
      checksum,
      sourceName: file,
      reset: options.reset ?? false,
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onNote: note,
    });
    return { summary, bulk: true, restarted: current === neo4j.embedded ? null : current };
  } catch (error) {
    const restarted = current === neo4j.embedded ? null : current;
    if (!(error instanceof BulkRefusal)) {
      await restarted?.stop();
      throw error;
    }
    note(`Not using neo4j-admin import: ${error.message}. Loading transactionally.`);
    return { ...(await transactional()), restarted };
  }
}
