/**
 * Where the rows of the bulk CSVs are encoded (csvWriter.ts): in a worker thread (csvWorker.ts), so
 * that reading, parsing, deduplicating and counting (csv.ts, main thread) and encoding and writing
 * (worker) use two cores; or inline, in this thread (`inline`: the same output, tested equal). The
 * worker gets each record as its NDJSON text (the line as read, or the record serialised), in
 * batches of BATCH; at most IN_FLIGHT unacknowledged batches, so memory stays bounded when the
 * worker is the slower side. A failure in the worker (a BulkRefusal, a write error) is thrown here
 * with its class, at the next write or at finish.
 */
import { Worker } from "node:worker_threads";
import { BATCH_SECTIONS, type FinishMessage, type RecordBatch } from "./csvBatch";
import { BatchBytes } from "./csvBatchBytes";
import { BulkRefusal } from "./csvCells";
import { type CsvFileList, CsvWriter, type ImportLoadRecord } from "./csvWriter";
import type { EntityTallies } from "./entityCounts";
import { SECTION_KEYS } from "./source";

const BATCH = 1000;
const IN_FLIGHT = 8;
const ENTRY = new URL("./csvWorker-entry.mjs", import.meta.url);

export interface CsvEncoder {
  /** A first record; a promise when the caller must wait (the worker is behind), else undefined. */
  write(
    section: string,
    item: unknown,
    text: string | null,
    where: string,
    ordinal: number,
  ): Promise<void> | undefined;
  /** Every record written: the entity files completed with the tallies; the files. */
  finish(load: ImportLoadRecord | null, tallies: EntityTallies): Promise<CsvFileList>;
  /** After an error: the files closed, the entity part files removed, the worker ended. */
  abandon(): Promise<void>;
}

export function inlineEncoder(dir: string, loadId: string): CsvEncoder {
  const writer = new CsvWriter(dir, loadId);
  return {
    write(section, item, _text, where, ordinal) {
      writer.write(section, item, where, ordinal);
      return undefined;
    },
    finish: async (load, tallies) => writer.finish(load, tallies),
    abandon: async () => {
      writer.finish(null, null);
    },
  };
}

/** The NDJSON key of each section, for a record that has no text of its own. */
export const NDJSON_KEY: Record<string, string> = SECTION_KEYS;

type Reply =
  | { type: "ack" }
  | { type: "done"; files: CsvFileList }
  | { type: "error"; name: string; message: string };

export class WorkerEncoder implements CsvEncoder {
  private readonly worker: Worker;
  private texts = new BatchBytes();
  private wheres: string[] = [];
  private sections = new Uint8Array(BATCH);
  private ordinals = new Int32Array(BATCH);
  private inFlight = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private files: CsvFileList | null = null;
  private ended = false;

  constructor(dir: string, loadId: string) {
    this.worker = new Worker(ENTRY, { workerData: { dir, loadId } });
    this.worker.on("message", (m: Reply) => this.reply(m));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => {
      if (!this.ended) this.fail(new Error(`the CSV worker thread exited (code ${code}) before it finished`));
    });
  }

  write(section: string, item: unknown, text: string | null, where: string, ordinal: number) {
    const i = this.texts.records;
    this.sections[i] = SECTION_INDEX.get(section) ?? 0;
    this.ordinals[i] = ordinal;
    this.texts.add(text ?? `{"${NDJSON_KEY[section]}":${JSON.stringify(item)}}`);
    this.wheres.push(where);
    if (i + 1 < BATCH) return undefined;
    this.post();
    return this.inFlight >= IN_FLIGHT || this.failure ? this.until(IN_FLIGHT - 1) : undefined;
  }

  async finish(load: ImportLoadRecord | null, tallies: EntityTallies): Promise<CsvFileList> {
    if (this.texts.records > 0) this.post();
    await this.until(0);
    const message: FinishMessage = { type: "finish", load, start: tallies.start, kinds: tallies.kinds };
    this.worker.postMessage(message);
    while (!this.ended && !this.failure) await new Promise<void>((r) => (this.wake = r));
    await this.worker.terminate();
    if (this.failure) throw this.failure;
    if (!this.files) throw new Error("the CSV worker thread returned no file list");
    return this.files;
  }

  async abandon(): Promise<void> {
    if (!this.failure && !this.ended) {
      const message: FinishMessage = { type: "finish", load: null, start: null, kinds: null };
      this.worker.postMessage(message);
      while (!this.ended && !this.failure) await new Promise<void>((r) => (this.wake = r));
    }
    await this.worker.terminate();
  }

  private post(): void {
    if (this.failure) throw this.failure;
    const n = this.texts.records;
    const batch: RecordBatch = {
      type: "records",
      ...this.texts.take(),
      wheres: this.wheres.join("\n"),
      sections: this.sections.slice(0, n),
      ordinals: this.ordinals.slice(0, n),
    };
    this.worker.postMessage(batch, [
      batch.bytes.buffer as ArrayBuffer,
      batch.sections.buffer as ArrayBuffer,
      batch.ordinals.buffer as ArrayBuffer,
    ]);
    this.inFlight += 1;
    this.wheres = [];
  }

  /** Until at most `max` batches are unacknowledged; throws the worker's failure. */
  private async until(max: number): Promise<void> {
    while (this.inFlight > max && !this.failure) await new Promise<void>((r) => (this.wake = r));
    if (this.failure) throw this.failure;
  }

  private reply(m: Reply): void {
    if (m.type === "ack") this.inFlight -= 1;
    else if (m.type === "done") {
      this.files = m.files;
      this.ended = true;
    } else this.fail(m.name === "BulkRefusal" ? new BulkRefusal(m.message) : new Error(m.message));
    this.resume();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.resume();
  }

  private resume(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}

const SECTION_INDEX = new Map<string, number>(BATCH_SECTIONS.map((s, i) => [s, i]));
