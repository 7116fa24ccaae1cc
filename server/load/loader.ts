/**
 * Loads an ExtractedGraph into Neo4j, from memory or streamed from a file of any size:
 *  1. validate every record and reference (nothing written yet; a bad input changes nothing);
 *  2. record a `:Load` node (status "running": readers are told `loading`, see state.ts);
 *  3. write UNWIND batches that MERGE on stable ids, stamping each node/relationship with the load id;
 *  4. with `reset`, sweep what this load did not write (the old graph stays visible until then);
 *  5. derive degrees for the entities this load touched (CALL {…} IN TRANSACTIONS);
 *  6. mark the load "done". Loading the same graph twice changes no count.
 */
import { randomUUID } from "node:crypto";
import type { Executor } from "../neo4j/executor";
import { BatchMeter, type LargestBatch } from "./batchMeter";
import { type Counts, readCounts } from "./counts";
import {
  awaitIndexesOnline,
  createDeferredIndexes,
  dropDeferredIndexes,
  holdsNoOwnedNode,
  splitSchema,
} from "./fresh";
import { type MemoryPeak, MemoryProbe } from "./memoryProbe";
import {
  degreeQuery,
  resetBatchQuery,
  resetRelationshipsQuery,
  schemaStatements,
  sweepNodesQuery,
  sweepRelationshipsQuery,
} from "./queries";
import { type GraphSource, sourceFromGraph } from "./source";
import {
  finishLoadQuery,
  HEARTBEAT_EVERY_MS,
  heartbeatQuery,
  isLive,
  type LoadRecord,
  latestLoad,
  startLoadQuery,
  supersedeQuery,
} from "./state";
import { StepClock, type Steps } from "./steps";
import { type Validation, validateSource, writableRecords } from "./validate";
import { writeSource } from "./write";

export { type Counts, readCounts };

export interface LoadOptions {
  reset?: boolean;
  /** A reset with an input holding no document and no entity is refused unless this is set. */
  allowEmpty?: boolean;
  batchSize?: number;
  /** Entity batches written at once (relationship batches always go one at a time). */
  parallel?: number;
  /**
   * Progress: (records done, records in all, what). During validation `total` is 0 (unknown yet);
   * then records written out of the writable records the validation counted.
   */
  onProgress?: (done: number, total: number, what: string) => void;
  /** Recorded on the :Load node so that an interrupted load can be redone from it. */
  sourceName?: string;
  /** Called with a note when an interrupted earlier load is being redone by this one. */
  onNote?: (line: string) => void;
  /**
   * Into a graph with no loader-owned node: CREATE instead of MERGE, secondary indexes built at the
   * end (fresh.ts). Default true; false always takes the MERGE path with live indexes.
   */
  fastPath?: boolean;
  /** A fresh load of at least this many records defers the secondary indexes (default below). */
  deferIndexesFrom?: number;
  /** The validation (and checksum) of this very source, already done (bulk.ts): not redone. */
  validated?: { validation: Validation; checksum: string };
  /** Measure the largest batch (batchMeter.ts: one JSON.stringify per batch) into the summary. */
  measureBatches?: boolean;
}

export interface LoadSummary extends Counts {
  seconds: number;
  batches: number;
  loadId: string;
  records: number;
  problems: Validation["problems"];
  /** With `measureBatches`: the largest batch sent (none when nothing was written). */
  largestBatch?: LargestBatch;
  /** Wall seconds per step (steps.ts): validate, prepare, write, sweep, degrees, indexes. */
  steps?: Steps;
  /** With `measureBatches`: the process's memory peaks per step (memoryProbe.ts). */
  memorySteps?: Record<string, MemoryPeak>;
}

export const DEFAULT_BATCH_SIZE = 5000;
export const DEFAULT_PARALLEL = 2;
/**
 * Dropping and rebuilding the ~25 secondary indexes has a fixed cost of its own; below this many
 * records a fresh load keeps them (it still CREATEs). A judgment, not a measured break-even.
 */
export const DEFER_INDEXES_FROM = 5000;

export async function applySchema(executor: Executor, statements = schemaStatements()): Promise<void> {
  for (const statement of statements) await executor.executeSchema(statement);
  await awaitIndexesOnline(executor);
}

/** Removes every loader-owned node and relationship (relationships first, in batches). */
export async function resetGraph(executor: Executor): Promise<void> {
  await executor.executeAutoCommit(resetRelationshipsQuery());
  for (;;) {
    const result = await executor.executeWrite(resetBatchQuery());
    if ((result.records[0]?.get("deleted") as number) === 0) break;
  }
}

/** True when the graph has no loaded documents. */
export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const r = await executor.executeRead({ cypher: "MATCH (d:Document) RETURN count(d) AS n" });
  return (r.records[0]?.get("n") as number) === 0;
}

/** Load an in-memory graph (the extractor's output). */
export function loadGraph(
  executor: Executor,
  input: unknown,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  return loadSource(executor, sourceFromGraph(input), options);
}

export async function loadSource(
  executor: Executor,
  source: GraphSource,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const probe = options.measureBatches ? new MemoryProbe() : undefined;
  const clock = new StepClock(probe);
  const [validation, checksum] = options.validated
    ? [options.validated.validation, options.validated.checksum]
    : await validateWithChecksum(source, options.onProgress);
  const total = writableRecords(validation.counts);
  if (options.reset && !options.allowEmpty && validation.counts.documents + validation.counts.nodes === 0)
    throw new Error(
      "The graph to load is empty (no document, no entity): a reset would erase the stored graph. Pass --allow-empty to do that on purpose — nothing was changed.",
    );
  clock.lap("validate");
  const { reset, fresh, defer } = await prepare(executor, options, total);
  const loadId = randomUUID();
  const meter = options.measureBatches ? new BatchMeter() : undefined;
  await executor.executeWrite(
    startLoadQuery({ id: loadId, source: options.sourceName ?? source.name, checksum, reset, fresh }),
  );
  await executor.executeWrite(supersedeQuery(loadId));
  try {
    if (defer) await dropDeferredIndexes(executor);
    clock.lap("prepare");
    let done = 0;
    let beat = Date.now();
    const heartbeat = async () => {
      if (Date.now() - beat < HEARTBEAT_EVERY_MS) return;
      beat = Date.now();
      await executor.executeWrite(heartbeatQuery(loadId, done));
    };
    const batches = await writeSource(executor, source, {
      loadId,
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      parallel: options.parallel ?? DEFAULT_PARALLEL,
      inOrder: validation.inOrder,
      expected: validation.counts,
      fresh,
      ...(meter ? { meter } : {}),
      onBatch: async (n, what) => {
        done += n;
        options.onProgress?.(done, total, what);
        await heartbeat();
      },
    });
    clock.lap("write");
    const progress = (what: string) => options.onProgress?.(done, total, what);
    await afterWrite(executor, { loadId, reset, fresh, defer }, { clock, progress, heartbeat });
    const counts = await readCounts(executor);
    await executor.executeWrite(finishLoadQuery(loadId, "done", JSON.stringify(counts), null));
    const seconds = (performance.now() - started) / 1000;
    probe?.stop();
    const largest = meter?.largest;
    return {
      ...counts,
      batches,
      seconds,
      loadId,
      records: total,
      problems: validation.problems,
      steps: clock.steps,
      ...(probe ? { memorySteps: clock.memory } : {}),
      ...(largest && largest.records > 0 ? { largestBatch: largest } : {}),
    };
  } catch (error) {
    probe?.stop();
    if (defer) await createDeferredIndexes(executor).catch(() => {});
    await executor
      .executeWrite(finishLoadQuery(loadId, "failed", "{}", (error as Error).message))
      .catch(() => {});
    throw error;
  }
}

/**
 * After the write pass: with a reset, the sweep of what this load did not write; the deferred
 * indexes created (they populate in the background while the degrees are computed); the degrees of
 * the entities touched (all of them on a fresh load); every index online.
 */
async function afterWrite(
  executor: Executor,
  load: { loadId: string; reset: boolean; fresh: boolean; defer: boolean },
  run: { clock: StepClock; progress: (what: string) => void; heartbeat: () => Promise<void> },
): Promise<void> {
  // A fresh load found nothing to replace: there is nothing to sweep.
  if (load.reset && !load.fresh) {
    run.progress("removing what the new graph does not hold");
    await executor.executeAutoCommit(sweepRelationshipsQuery(load.loadId));
    await executor.executeAutoCommit(sweepNodesQuery(load.loadId));
    run.clock.lap("sweep");
  }
  if (load.defer) await createDeferredIndexes(executor);
  run.progress("degrees");
  await executor.executeAutoCommit(degreeQuery(load.fresh ? null : load.loadId));
  run.clock.lap("degrees");
  run.progress("indexes");
  await awaitIndexesOnline(executor, { onProgress: () => run.heartbeat() });
  run.clock.lap("indexes");
}

/** The first pass over a source (validate.ts) and its checksum, read side by side. */
export function validateWithChecksum(
  source: GraphSource,
  onProgress?: LoadOptions["onProgress"],
): Promise<[Validation, string]> {
  return Promise.all([validateSource(source, (n) => onProgress?.(n, 0, "validating")), source.checksum()]);
}

/**
 * Before a load writes: the schema it needs, no other live load, and how it runs — as a reset (asked
 * for, or redoing an interrupted reset), fresh (fresh.ts) and with its secondary indexes deferred.
 */
async function prepare(
  executor: Executor,
  options: LoadOptions,
  total: number,
): Promise<{ reset: boolean; fresh: boolean; defer: boolean }> {
  const schema = splitSchema();
  await applySchema(executor, schema.required);
  const previous = await latestLoad(executor);
  if (previous.load && isLive(previous.load))
    throw new Error(
      `Another load (${previous.load.id}, ${previous.load.source}, pid ${previous.load.pid}) is running — nothing was changed.`,
    );
  // An interrupted reset left old and new data mixed: only another reset makes the graph clean again.
  const interrupted = previous.load && previous.load.status !== "done" ? previous.load : null;
  const reset = Boolean(options.reset || interrupted?.reset);
  if (interrupted)
    options.onNote?.(
      `The previous load (${interrupted.source}, started ${interrupted.startedAt}) did not finish; this load replaces it${reset && !options.reset ? " as a reset" : ""}.`,
    );
  const fresh = await freshTarget(executor, options.fastPath !== false, interrupted);
  const defer = fresh && total >= (options.deferIndexesFrom ?? DEFER_INDEXES_FROM);
  if (!defer)
    await applySchema(
      executor,
      schema.deferrable.map((d) => d.statement),
    );
  return { reset, fresh, defer };
}

/**
 * Is this load fresh (fresh.ts)? Yes when the graph holds no loader-owned node, or when the
 * interrupted load it redoes was fresh: then everything loader-owned is that load's partial work,
 * which is removed first.
 */
async function freshTarget(
  executor: Executor,
  allowed: boolean,
  interrupted: LoadRecord | null,
): Promise<boolean> {
  if (!allowed) return false;
  if (await holdsNoOwnedNode(executor)) return true;
  if (!interrupted?.fresh) return false;
  await resetGraph(executor);
  return true;
}

/**
 * After `neo4j-admin database import` of the CSVs that `zonegraph import` wrote (degrees and type
 * counts included; an empty list is no property, as the transactional loader stores it): the schema
 * (indexes are populated now) and a finished :Load record.
 */
export async function finishImport(executor: Executor, sourceName: string): Promise<Counts> {
  await applySchema(executor);
  const loadId = randomUUID();
  await executor.executeWrite(
    startLoadQuery({ id: loadId, source: sourceName, checksum: "import", reset: true, method: "import" }),
  );
  const counts = await readCounts(executor);
  await executor.executeWrite(finishLoadQuery(loadId, "done", JSON.stringify(counts), "neo4j-admin import"));
  return counts;
}
