/** The messages between the bulk CSV encoder (csvEncoder.ts) and its worker thread (csvWorker.ts). */
import type { ImportLoadRecord } from "./csvWriter";

/**
 * Records as few, large values (a structured clone copies one string faster than a thousand): the
 * records' texts as one JSON array, their `where`s joined by newlines, section indexes and ordinals.
 */
export interface RecordBatch {
  type: "records";
  /** `[{"node": {…}}, {"edge": {…}}, …]`. */
  texts: string;
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
