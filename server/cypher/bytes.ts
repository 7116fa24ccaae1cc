/**
 * The response budget of analysts' Cypher: an estimate of how many bytes of JSON each record adds
 * to the answer (its row, plus each node and relationship the first time it enters the graph),
 * so the executor can stop pulling records before the answer passes the byte cap.
 */
import { isNode, isPath, isRelationship } from "neo4j-driver";

const SCALAR_BYTES = 8;
/** JSON keys and punctuation of a node or relationship in a row and in the graph. */
const ELEMENT_OVERHEAD = 160;

export class ResponseBudget {
  private readonly seen = new Set<string>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.used;
  }

  /** Adds a record's estimated bytes; false when the answer would pass the cap. */
  admit(values: unknown[]): boolean {
    let bytes = 2;
    for (const v of values) bytes += this.sizeOf(v) + 1;
    if (this.used + bytes > this.maxBytes) return false;
    this.used += bytes;
    return true;
  }

  private element(v: { elementId: string; properties: Record<string, unknown> }, extra: number): number {
    const own = ELEMENT_OVERHEAD + extra + this.sizeOf(v.properties);
    if (this.seen.has(v.elementId)) return own;
    this.seen.add(v.elementId);
    return own * 2;
  }

  sizeOf(v: unknown): number {
    if (v === null || v === undefined) return 4;
    if (typeof v === "string") return Buffer.byteLength(v) + 2;
    if (typeof v !== "object") return SCALAR_BYTES;
    if (isNode(v)) return this.element(v, v.labels.join(",").length);
    if (isRelationship(v)) return this.element(v, v.type.length);
    if (isPath(v)) {
      // A path row repeats its end nodes: start, end, then start, relationship, end per segment.
      let bytes = 40 + this.sizeOf(v.start) + this.sizeOf(v.end);
      for (const s of v.segments)
        bytes += 40 + this.sizeOf(s.start) + this.sizeOf(s.relationship) + this.sizeOf(s.end);
      return bytes;
    }
    if (Array.isArray(v)) return v.reduce((sum: number, x) => sum + this.sizeOf(x) + 1, 2);
    let bytes = 2;
    for (const [k, x] of Object.entries(v)) bytes += Buffer.byteLength(k) + 4 + this.sizeOf(x);
    return bytes;
  }
}
