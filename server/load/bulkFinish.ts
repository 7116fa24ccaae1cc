/**
 * The finish step of a bulk import (bulk.ts), once Neo4j runs on the imported store. The CSVs
 * carried every entity's `degree` and `typeCounts` (csvEntities.ts), so no relationship is read
 * here, and no entity is written: an empty list (no alias, no entity neighbour) is no property, as
 * the transactional loader stores it. Steps: the schema (constraints first, then the secondary
 * indexes populating in the background); the records whose key repeated an earlier one MERGEd
 * exactly as the transactional loader does (csv.ts), then the degrees of the ends of repeated
 * relationship records recomputed in Neo4j; every index ONLINE; and the `:Load` record marked done
 * with its counts, read from the count store (no scan of the graph). Until then the imported `:Load` record says "running" with this process's
 * pid: readers are told `loading`, and a kill leaves it `incomplete`, redone by the next load.
 */
import type { Executor } from "../neo4j/executor";
import { type Counts, readStoreCounts } from "./counts";
import { awaitIndexesOnline } from "./fresh";
import { chunk, degreeOfIdsQuery, schemaStatements } from "./queries";
import { sourceFromNdjsonFile } from "./source";
import { finishLoadQuery, HEARTBEAT_EVERY_MS, heartbeatQuery } from "./state";
import { writeSource } from "./write";

export interface FinishOptions {
  loadId: string;
  /** repeats.ndjson of csv.ts, or null. */
  repeats: string | null;
  /** Entities whose degrees are recomputed after the repeats (csv.ts `recount`). */
  recount?: string[];
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
  const phase = options.onPhase ?? (() => {});
  let t = performance.now();
  const took = () => {
    const s = ((performance.now() - t) / 1000).toFixed(1);
    t = performance.now();
    return `${s} s`;
  };
  for (const statement of schemaStatements()) await executor.executeSchema(statement);
  phase(`schema created in ${took()} (indexes populate in the background)`);
  if (options.repeats) {
    await writeSource(executor, sourceFromNdjsonFile(options.repeats), {
      loadId,
      batchSize: options.batchSize,
      inOrder: true,
      fresh: false,
      onBatch: heartbeat,
    });
    for (const ids of chunk(options.recount ?? [], 1000)) await executor.executeWrite(degreeOfIdsQuery(ids));
    phase(
      `records whose key repeats MERGEd in ${took()} (degrees of ${options.recount?.length ?? 0} entities recomputed)`,
    );
  }
  await awaitIndexesOnline(executor, { onProgress: () => heartbeat() });
  phase(`every index ONLINE after ${took()} more`);
  // From the count store: this store holds only what the import and the repeats wrote (readStoreCounts).
  const counts = await readStoreCounts(executor);
  await executor.executeWrite(finishLoadQuery(loadId, "done", JSON.stringify(counts), null));
  phase(`counts read and the load marked done in ${took()}`);
  return counts;
}
