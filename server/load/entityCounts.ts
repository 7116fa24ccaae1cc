/**
 * Degrees and type counts of every entity, counted while the CSVs of a bulk import are written
 * (csv.ts), so that the entity rows carry them and the finish step reads no relationship
 * (bulkFinish.ts). The figures are those of degreeQuery (queries.ts) on the loaded graph: per entity,
 * its relationships to entities grouped by relationship type and neighbour `type` (a self-loop counts
 * once, as Neo4j matches it once), and `degree`, their sum without CO_OCCURS. A neighbour's type is
 * the one of its LAST record: the record that repeats an id is MERGEd after the others and sets
 * `type` again. Entities are known by their exact id (a Map: ~100 bytes per entity); a counted
 * relationship costs 9 bytes until the end; sealing groups them per entity with a counting sort.
 */
import { NODE_TYPES, REL_TYPES } from "../../contracts/graph";

const NT = NODE_TYPES.length;
const CO_OCCURS = REL_TYPES.indexOf("CO_OCCURS");

/** `a`, or a copy at least `need` long (doubling), for typed arrays that grow with the entities. */
export function grown<T extends Int32Array | Uint8Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

export interface EntityTally {
  degree: number;
  /** "REL|NeighbourType|count" per kind of neighbour (empty: no entity neighbour). */
  typeCounts: string[];
}

export class EntityCounter {
  private readonly ordinals = new Map<string, number>();
  /** NODE_TYPES index + 1 of each entity's last record; 0 until a node record names it. */
  private types = new Uint8Array(1024);
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private rels = new Uint8Array(1024);
  private edges = 0;

  get entities(): number {
    return this.ordinals.size;
  }

  /** The entity's ordinal (its row index in the tallies), assigned when its id is first seen. */
  ordinal(id: string): number {
    let o = this.ordinals.get(id);
    if (o === undefined) {
      o = this.ordinals.size;
      this.ordinals.set(id, o);
      if (o >= this.types.length) this.types = grown(this.types, o + 1, (n) => new Uint8Array(n));
    }
    return o;
  }

  /** A node record: true when it is the first record of its id. Its type becomes the entity's type. */
  node(id: string, type: string): boolean {
    const t = NODE_TYPES.indexOf(type as (typeof NODE_TYPES)[number]);
    if (t < 0) throw new Error(`Unknown node type: ${type}`);
    // ordinal() may grow `types`: take the ordinal before reading or writing the array.
    const o = this.ordinal(id);
    const known = this.types[o] !== 0;
    this.types[o] = t + 1;
    return !known;
  }

  /** A relationship between two entities, counted once: call it for the first record of its key only. */
  edge(type: string, source: string, target: string): void {
    const r = REL_TYPES.indexOf(type as (typeof REL_TYPES)[number]);
    if (r < 0) throw new Error(`Unknown relationship type: ${type}`);
    const i = this.edges;
    if (i >= this.rels.length) {
      this.from = grown(this.from, i + 1, (n) => new Int32Array(n));
      this.to = grown(this.to, i + 1, (n) => new Int32Array(n));
      this.rels = grown(this.rels, i + 1, (n) => new Uint8Array(n));
    }
    const a = this.ordinal(source);
    const b = this.ordinal(target);
    this.from[i] = a;
    this.to[i] = b;
    this.rels[i] = r;
    this.edges = i + 1;
  }

  /**
   * After the last record: every entity's neighbour kinds, grouped per entity (counting sort). A
   * relationship to an id no node record named is left out (its MATCH finds no endpoint either).
   */
  seal(): EntityTallies {
    const n = this.ordinals.size;
    const start = new Int32Array(n + 1);
    const { from, to, types } = this;
    for (let i = 0; i < this.edges; i++) {
      const a = from[i] as number;
      const b = to[i] as number;
      if (types[a] === 0 || types[b] === 0) continue;
      start[a + 1] = (start[a + 1] as number) + 1;
      if (a !== b) start[b + 1] = (start[b + 1] as number) + 1;
    }
    for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
    const kinds = new Uint16Array(start[n] as number);
    const fill = start.slice(0, n);
    for (let i = 0; i < this.edges; i++) {
      const a = from[i] as number;
      const b = to[i] as number;
      const ta = types[a] as number;
      const tb = types[b] as number;
      if (ta === 0 || tb === 0) continue;
      const r = (this.rels[i] as number) * NT;
      const ia = fill[a] as number;
      kinds[ia] = r + tb - 1;
      fill[a] = ia + 1;
      if (a === b) continue;
      const ib = fill[b] as number;
      kinds[ib] = r + ta - 1;
      fill[b] = ib + 1;
    }
    this.from = new Int32Array(0);
    this.to = new Int32Array(0);
    this.rels = new Uint8Array(0);
    return new EntityTallies(start, kinds);
  }
}

export class EntityTallies {
  private readonly scratch = new Int32Array(REL_TYPES.length * NT);
  /** `start[o]..start[o+1]` index the neighbour kinds of the entity of ordinal `o` in `kinds`. */
  constructor(
    readonly start: Int32Array,
    readonly kinds: Uint16Array,
  ) {}

  /** The degree and type counts of the entity of this ordinal. */
  of(ordinal: number): EntityTally {
    const from = this.start[ordinal] ?? 0;
    const to = this.start[ordinal + 1] ?? 0;
    const seen: number[] = [];
    for (let i = from; i < to; i++) {
      const k = this.kinds[i] as number;
      if (this.scratch[k] === 0) seen.push(k);
      this.scratch[k] = (this.scratch[k] as number) + 1;
    }
    let degree = 0;
    const typeCounts: string[] = [];
    for (const k of seen) {
      const c = this.scratch[k] as number;
      this.scratch[k] = 0;
      const r = Math.floor(k / NT);
      if (r !== CO_OCCURS) degree += c;
      typeCounts.push(`${REL_TYPES[r]}|${NODE_TYPES[k % NT]}|${c}`);
    }
    return { degree, typeCounts };
  }
}
