/**
 * The loader's write pass: records are grouped per statement (section, and type for nodes and
 * edges) into UNWIND batches, one transaction each. One batch is in flight while the next is being
 * parsed (up to `parallel` entity batches), and memory holds at most one open batch per statement
 * plus the ones in flight. A batch that references
 * other records is written only after every batch of the sections it depends on.
 */
import type { Claim, DocumentMeta, GraphEdge, GraphNode, Mention, Passage } from "../../contracts/graph";
import type { Executor, Query } from "../neo4j/executor";
import type { BatchMeter } from "./batchMeter";
import {
  createEdgesQuery,
  createMentionsQuery,
  createNodesQuery,
  createPassagesQuery,
} from "./createQueries";
import { Dedup } from "./dedup";
import { claimsQuery, documentsQuery, edgesQuery, mentionsQuery, nodesQuery, passagesQuery } from "./queries";
import type { GraphSource, Section } from "./source";

/** Write order: a section may reference only sections of a lower rank. */
const RANK: Record<Section, number> = {
  documents: 0,
  passages: 1,
  nodes: 2,
  edges: 3,
  mentions: 3,
  claims: 3,
  problems: -1,
};
/** A fresh load's records whose key was written already: MERGEd after everything else. */
const LATE = 4;

interface Buffer {
  rank: number;
  items: unknown[];
  build: (items: never[]) => Query;
}

export interface WriteOptions {
  loadId: string;
  batchSize: number;
  /** True: references always point back (one pass); false: nodes first, then a second pass. */
  inOrder: boolean;
  /** Entity batches in flight at once (see concurrencyOf); default 1. */
  parallel?: number;
  onBatch?: (records: number, what: string) => void | Promise<void>;
  /** The graph held no loader-owned node: CREATE instead of MERGE (see fresh.ts). */
  fresh?: boolean;
  /** Sees every batch before it is sent (the largest batch, for the memory report). */
  meter?: BatchMeter;
  /** Records per section (the validation's counts): sizes a fresh load's key sets once. */
  expected?: Partial<Record<Section, number>>;
}

type Builder = (items: never[], loadId: string) => Query;

/** The MERGE statement of each section (and type), and its CREATE twin for a fresh load. */
function builders(section: Section, item: Record<string, unknown>): { merge: Builder; create?: Builder } {
  const type = item.type as never;
  switch (section) {
    case "documents":
      return { merge: (b, l) => documentsQuery(b as DocumentMeta[], l) };
    case "passages":
      return {
        merge: (b, l) => passagesQuery(b as Passage[], l),
        create: (b, l) => createPassagesQuery(b as Passage[], l),
      };
    case "nodes":
      return {
        merge: (b, l) => nodesQuery(type, b as GraphNode[], l),
        create: (b, l) => createNodesQuery(type, b as GraphNode[], l),
      };
    case "edges":
      return {
        merge: (b, l) => edgesQuery(type, b as GraphEdge[], l),
        create: (b, l) => createEdgesQuery(b as GraphEdge[], l),
      };
    case "mentions":
      return {
        merge: (b, l) => mentionsQuery(b as Mention[], l),
        create: (b, l) => createMentionsQuery(b as Mention[], l),
      };
    default:
      return { merge: (b, l) => claimsQuery(b as Claim[], l) };
  }
}

/** Progress label and buffer key: "documents", "PART_OF relationships", "Area nodes". */
function labelOf(section: Section, item: Record<string, unknown>): string {
  if (section === "nodes") return `${item.type} nodes`;
  if (section === "edges") return `${item.type} relationships`;
  return section;
}

/**
 * The buffer a record goes to. A fresh load CREATEs a record whose key it has not written yet; a
 * repeated key is MERGEd after every other batch (rank LATE), exactly as the MERGE path would.
 */
function bufferFor(
  section: Section,
  item: Record<string, unknown>,
  loadId: string,
  dedup: Dedup | null,
): [string, Buffer] {
  const label = labelOf(section, item);
  const { merge, create } = builders(section, item);
  const make = (key: string, rank: number, build: Builder): [string, Buffer] => [
    key,
    { rank, items: [], build: (b) => build(b, loadId) },
  ];
  if (!dedup || !create) return make(label, RANK[section], merge);
  // One CREATE statement for every relationship type (createEdgesQuery): one open batch.
  if (dedup.first(section, item))
    return make(section === "edges" ? "relationships" : label, RANK[section], create);
  return make(`${label} (repeated)`, LATE, merge);
}

/**
 * Batches of one rank that may run at once: entity batches (distinct ids, one label each) take no
 * lock another batch needs; relationship, mention and claim batches lock their shared endpoints
 * (hubs would deadlock), and passages lock their document, so those go one at a time.
 */
export function concurrencyOf(rank: number, parallel: number): number {
  return rank === RANK.nodes ? Math.max(1, parallel) : 1;
}

export async function writeSource(
  executor: Executor,
  source: GraphSource,
  options: WriteOptions,
): Promise<number> {
  const buffers = new Map<string, Buffer>();
  const dedup = options.fresh ? new Dedup(options.expected) : null;
  const inflight = new Map<Promise<void>, number>();
  let failure: { error: unknown } | null = null;
  let batches = 0;
  /** Waits until a batch of `rank` may start: lower ranks done, and a free slot of its rank. */
  const slot = async (rank: number) => {
    for (const [p, r] of inflight) if (r !== rank) await p;
    while (inflight.size >= concurrencyOf(rank, options.parallel ?? 1)) await Promise.race(inflight.keys());
    if (failure) throw failure.error;
  };
  const flush = async (what: string, buffer: Buffer) => {
    if (buffer.items.length === 0) return;
    for (const [w, b] of buffers) if (b.rank < buffer.rank) await flush(w, b);
    const query = buffer.build(buffer.items as never[]);
    const n = buffer.items.length;
    buffer.items = [];
    options.meter?.observe(query, n, what);
    await slot(buffer.rank);
    batches += 1;
    // Never rejects: the first failure is kept and thrown at the next slot or at the end.
    const p: Promise<void> = executor
      .executeWrite(query)
      .then(() => options.onBatch?.(n, what))
      .then(
        () => {},
        (error: unknown) => {
          failure ??= { error };
        },
      )
      .finally(() => inflight.delete(p));
    inflight.set(p, buffer.rank);
  };
  const passes = options.inOrder
    ? [[0, LATE]]
    : [
        [0, 2],
        [3, LATE],
      ];
  for (const [lo, hi] of passes) {
    for await (const { section, item } of source.records()) {
      const rank = RANK[section];
      if (rank < (lo as number) || rank > (hi as number)) continue;
      const [key, fresh] = bufferFor(section, item as Record<string, unknown>, options.loadId, dedup);
      let buffer = buffers.get(key);
      if (!buffer) {
        buffer = fresh;
        buffers.set(key, buffer);
      }
      buffer.items.push(item);
      if (buffer.items.length >= options.batchSize) await flush(key, buffer);
    }
    for (const [key, b] of [...buffers].sort((x, y) => x[1].rank - y[1].rank)) await flush(key, b);
  }
  await Promise.all(inflight.keys());
  if (failure) throw (failure as { error: unknown }).error;
  return batches;
}
