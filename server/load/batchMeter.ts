/**
 * The largest batch a load sent, for the loader's memory target (issue 12: peak RSS ≤ 1.5× the
 * largest batch, not the file). A batch's size is the UTF-8 length of its parameters as JSON — what
 * the batch holds as data, whatever the wire encoding. Measuring costs a JSON.stringify per batch, so
 * the loader measures only when asked (`zonegraph load --memory-report`, the ingest bench).
 */
import neo4j from "neo4j-driver";
import type { Query } from "../neo4j/executor";

export interface LargestBatch {
  records: number;
  bytes: number;
  /** Its progress label: "Organization nodes", "PART_OF relationships". */
  what: string;
}

/** JSON of a batch's parameters: a neo4j Integer as its number (else it would be {low, high}). */
function paramsJson(query: Query): string {
  return JSON.stringify(query.params ?? {}, (_k, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v));
}

export class BatchMeter {
  private top: LargestBatch = { records: 0, bytes: 0, what: "" };

  observe(query: Query, records: number, what: string): void {
    const bytes = Buffer.byteLength(paramsJson(query));
    if (bytes > this.top.bytes) this.top = { records, bytes, what };
  }

  get largest(): LargestBatch {
    return { ...this.top };
  }
}
