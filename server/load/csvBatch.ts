/** The messages between the bulk CSV encoder (csvEncoder.ts) and its worker thread (csvWorker.ts). */
import type { ImportLoadRecord } from "./csvWriter";

/**
 * Records as few, large values: the records' texts as one JSON array in UTF-8 bytes (a transferred
 * buffer: no structured clone of a large string, which cost the reading thread twice as much as
 * encoding the bytes), their `where`s joined by newlines, section indexes and ordinals.
 */
export interface RecordBatch {
  type: "records";
  /** The UTF-8 bytes of `[{"node": {…}}, {"edge": {…}}, …]`: the first `length` bytes of `bytes`. */
  bytes: Uint8Array;
  length: number;
  wheres: string;
  sections: Uint8Array;
  ordinals: Int32Array;
}

/** Sections by index in a batch's `sections`. */
export const BATCH_SECTIONS = ["documents", "passages", "nodes", "edges", "mentions", "claims"] as const;

export interface FinishMessage {
  type: "finish";
  load: ImportLoadRecord | null;
  /** The tallies' arrays (EntityTallies), or null: abandon the files. */
  start: Int32Array | null;
  kinds: Uint16Array | null;
}
