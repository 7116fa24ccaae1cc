/**
 * The CSV worker thread of the bulk path: it parses the text of each first record (its NDJSON line)
 * and encodes its rows (csvWriter.ts), while the main thread reads, parses and counts the next ones
 * (csvEncoder.ts) — two cores instead of one. Messages: `records` (a batch, acknowledged by `ack`),
 * then `finish` (the tallies, or none to abandon the files), answered by `done` with the files; any
 * failure (a BulkRefusal, a write error) abandons the files and answers `error` with its name.
 */
import { parentPort, workerData } from "node:worker_threads";
import { BATCH_SECTIONS, type FinishMessage, PLAIN_EDGE_ROW, type RecordBatch } from "./csvBatch";
import { CsvWriter } from "./csvWriter";
import { EntityTallies } from "./entityCounts";

/** The record of a one-key object `{"edge": {…}}`. */
function recordOf(wrapped: Record<string, unknown>): unknown {
  for (const k in wrapped) return wrapped[k];
  return undefined;
}

/** The batch's records in order: parsed and encoded here, or (PLAIN_EDGE_ROW) rows copied as they are. */
function writeBatch(writer: CsvWriter, m: RecordBatch): void {
  const text = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.length).toString("utf8");
  const records = JSON.parse(text) as Record<string, unknown>[];
  const wheres = m.wheres.split("\n");
  const n = m.sections.length;
  let parsed = 0;
  let row = 0;
  for (let i = 0; i < n; i++) {
    const section = m.sections[i] as number;
    if (section !== PLAIN_EDGE_ROW) {
      const record = recordOf(records[parsed++] as Record<string, unknown>);
      writer.write(BATCH_SECTIONS[section] as string, record, wheres[i] as string, m.ordinals[i] as number);
      continue;
    }
    // A run of encoded rows goes to one file: one copy.
    const start = row === 0 ? 0 : (m.rowEnds[row - 1] as number);
    while (i + 1 < n && m.sections[i + 1] === PLAIN_EDGE_ROW) {
      i += 1;
      row += 1;
    }
    writer.plainEdges(m.rows, start, m.rowEnds[row] as number);
    row += 1;
  }
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
