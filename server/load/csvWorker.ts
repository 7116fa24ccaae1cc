/**
 * The CSV worker thread of the bulk path: it parses the text of each first record (its NDJSON line)
 * and encodes its rows (csvWriter.ts), while the main thread reads, parses and counts the next ones
 * (csvEncoder.ts) — two cores instead of one. Messages: `records` (a batch, acknowledged by `ack`),
 * then `finish` (the tallies, or none to abandon the files), answered by `done` with the files; any
 * failure (a BulkRefusal, a write error) abandons the files and answers `error` with its name.
 */
import { parentPort, workerData } from "node:worker_threads";
import { BATCH_SECTIONS, type FinishMessage, type RecordBatch } from "./csvBatch";
import { CsvWriter } from "./csvWriter";
import { EntityTallies } from "./entityCounts";

/** The record of a one-key object `{"edge": {…}}`. */
function recordOf(wrapped: Record<string, unknown>): unknown {
  for (const k in wrapped) return wrapped[k];
  return undefined;
}

function writeBatch(writer: CsvWriter, m: RecordBatch): void {
  const text = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.length).toString("utf8");
  const records = JSON.parse(text) as Record<string, unknown>[];
  const wheres = m.wheres.split("\n");
  for (let i = 0; i < records.length; i++)
    writer.write(
      BATCH_SECTIONS[m.sections[i] as number] as string,
      recordOf(records[i] as Record<string, unknown>),
      wheres[i] as string,
      m.ordinals[i] as number,
    );
}

const { dir, loadId } = workerData as { dir: string; loadId: string };
const writer = new CsvWriter(dir, loadId);
const port = parentPort;
let failed = false;

port?.on("message", (m: RecordBatch | FinishMessage) => {
  if (failed) return;
  try {
    if (m.type === "records") {
      writeBatch(writer, m);
      port.postMessage({ type: "ack" });
    } else {
      const tallies = m.start && m.kinds ? new EntityTallies(m.start, m.kinds) : null;
      port.postMessage({ type: "done", files: writer.finish(m.load, tallies) });
    }
  } catch (error) {
    failed = true;
    try {
      writer.finish(null, null);
    } catch {
      // The first error is the one to report.
    }
    const e = error as Error;
    port.postMessage({ type: "error", name: e.name, message: e.message });
  }
});
