/**
 * The loader's write pass: records are grouped per statement (section, and type for nodes and
 * edges) into UNWIND batches, one transaction each. At most one batch is in flight while the next
 * is being parsed, and memory holds at most one open batch per statement. A batch that references
 * other records is written only after every batch of the sections it depends on.
 */
import type { Claim, DocumentMeta, GraphEdge, GraphNode, Mention, Passage } from "../../contracts/graph";
import type { Executor, Query } from "../neo4j/executor";
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
  onBatch?: (records: number, what: string) => void | Promise<void>;
}

function bufferFor(section: Section, item: Record<string, unknown>, loadId: string): [string, Buffer] {
  const rank = RANK[section];
  switch (section) {
    case "documents":
      return [section, { rank, items: [], build: (b) => documentsQuery(b as DocumentMeta[], loadId) }];
    case "passages":
      return [section, { rank, items: [], build: (b) => passagesQuery(b as Passage[], loadId) }];
    case "nodes": {
      const type = item.type as GraphNode["type"];
      return [`${type} nodes`, { rank, items: [], build: (b) => nodesQuery(type, b as GraphNode[], loadId) }];
    }
    case "edges": {
      const type = item.type as GraphEdge["type"];
      return [
        `${type} relationships`,
        { rank, items: [], build: (b) => edgesQuery(type, b as GraphEdge[], loadId) },
      ];
    }
    case "mentions":
      return [section, { rank, items: [], build: (b) => mentionsQuery(b as Mention[], loadId) }];
    default:
      return [section, { rank, items: [], build: (b) => claimsQuery(b as Claim[], loadId) }];
  }
}

export async function writeSource(
  executor: Executor,
  source: GraphSource,
  options: WriteOptions,
): Promise<number> {
  const buffers = new Map<string, Buffer>();
  let inflight: Promise<unknown> = Promise.resolve();
  let batches = 0;
  const flush = async (what: string, buffer: Buffer) => {
    if (buffer.items.length === 0) return;
    for (const [w, b] of buffers) if (b.rank < buffer.rank) await flush(w, b);
    const query = buffer.build(buffer.items as never[]);
    const n = buffer.items.length;
    buffer.items = [];
    await inflight;
    batches += 1;
    inflight = executor.executeWrite(query).then(() => options.onBatch?.(n, what));
    inflight.catch(() => {}); // awaited (and thrown) at the next flush or at the end
  };
  const passes = options.inOrder
    ? [[0, 3]]
    : [
        [0, 2],
        [3, 3],
      ];
  for (const [lo, hi] of passes) {
    for await (const { section, item } of source.records()) {
      const rank = RANK[section];
      if (rank < (lo as number) || rank > (hi as number)) continue;
      const [key, fresh] = bufferFor(section, item as Record<string, unknown>, options.loadId);
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
  await inflight;
  return batches;
}
