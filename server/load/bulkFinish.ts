/**
 * The finish step of a bulk import (bulk.ts), once Neo4j runs on the imported store: the schema
 * (constraints first, then the secondary indexes populating in the background), the records whose
 * key repeated an earlier one MERGEd exactly as the transactional loader does (csv.ts), degrees and
 * type counts of every entity in keyset pages, each its own transaction (plus the empty `aliases` a
 * CSV cannot hold), every index ONLINE, and the `:Load` record marked done with its counts. Until then
 * the imported `:Load` record says "running" with this process's pid: readers are told `loading`,
 * and a kill leaves it `incomplete`, redone by the next `zonegraph load` or `npm start`.
 */
import type { Executor } from "../neo4j/executor";
import { awaitIndexesOnline } from "./fresh";
import { type Counts, readCounts } from "./loader";
import { degreePageQuery, schemaStatements } from "./queries";
import { sourceFromNdjsonFile } from "./source";
import { finishLoadQuery, HEARTBEAT_EVERY_MS, heartbeatQuery } from "./state";
import { writeSource } from "./write";

export interface FinishOptions {
  loadId: string;
  /** repeats.ndjson of csv.ts, or null. */
  repeats: string | null;
  batchSize: number;
  /** A line per phase. */
  onPhase?: (what: string) => void;
}

export async function finishBulkImport(executor: Executor, options: FinishOptions): Promise<Counts> {
  const { loadId } = options;
  let beat = Date.now();
  const heartbeat = async () => {
    if (Date.now() - beat < HEARTBEAT_EVERY_MS) return;
    beat = Date.now();
    await executor.executeWrite(heartbeatQuery(loadId, 0));
  };
  options.onPhase?.("schema (constraints; indexes populate in the background)");
  for (const statement of schemaStatements()) await executor.executeSchema(statement);
  if (options.repeats) {
    options.onPhase?.("records whose key repeats (MERGE)");
    await writeSource(executor, sourceFromNdjsonFile(options.repeats), {
      loadId,
      batchSize: options.batchSize,
      inOrder: true,
      fresh: false,
      onBatch: heartbeat,
    });
  }
  options.onPhase?.("degrees and type counts");
  let after = "";
  let entities = 0;
  for (;;) {
    const page = (await executor.executeWrite(degreePageQuery(after))).records[0];
    const done = Number(page?.get("done") ?? 0);
    if (done === 0) break;
    entities += done;
    after = page?.get("last") as string;
    await heartbeat();
  }
  options.onPhase?.(`degrees and type counts of ${entities} entities done`);
  options.onPhase?.("waiting for every index to be ONLINE");
  await awaitIndexesOnline(executor, { onProgress: () => heartbeat() });
  const counts = await readCounts(executor);
  await executor.executeWrite(finishLoadQuery(loadId, "done", JSON.stringify(counts), null));
  return counts;
}
