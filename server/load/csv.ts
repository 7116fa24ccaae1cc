/**
 * CSV files for `neo4j-admin database import full`, streamed from any graph source with bounded
 * memory (the id hashes of dedup.ts, never the records). This module reads the records, decides for
 * each whether it is the first of its key and counts the entities' degrees (entityCounts.ts); the
 * rows are encoded and written by csvWriter.ts, in a worker thread (csvEncoder.ts: two cores) or
 * inline. Every node and relationship gets exactly the properties the transactional loader's fresh
 * path writes. A record whose key was written already (the transactional loader MERGEs it after
 * everything else) goes to `repeats.ndjson`, MERGEd after the import (bulkFinish.ts). An empty list
 * (no alias, no neighbour) is no property, in both loaders (a CSV cannot hold an empty list).
 * Anything else the CSV path cannot carry throws BulkRefusal (csvCells.ts).
 */
import fs from "node:fs";
import path from "node:path";
import type { GraphEdge, GraphNode } from "../../contracts/graph";
import { ARRAY_DELIMITER, BulkRefusal } from "./csvCells";
import { type CsvEncoder, inlineEncoder, NDJSON_KEY, WorkerEncoder } from "./csvEncoder";
import { CsvFile } from "./csvFile";
import { type ImportLoadRecord, MAX_CSV_FILES } from "./csvWriter";
import { Dedup } from "./dedup";
import { EntityCounter } from "./entityCounts";
import { IdSet } from "./idset";
import type { GraphSource, Section } from "./source";

export { edgeRow } from "./csvWriter";
export { ARRAY_DELIMITER, BulkRefusal, type ImportLoadRecord, MAX_CSV_FILES };
export const IMPORT_LOAD_ID = "import";

export interface CsvSet {
  nodes: string[];
  relationships: string[];
  /** NDJSON of records whose key repeats an earlier one (MERGEd after the import), or null. */
  repeats: string | null;
  /** Records written to the CSVs and to the repeats file. */
  rows: number;
  repeated: number;
  /**
   * Entities at either end of a relationship record sent to repeats.ndjson: their degrees and type
   * counts are recomputed in Neo4j after the MERGE (a repeated key, or a 53-bit hash collision).
   */
  recount: string[];
}

export interface CsvOptions {
  loadId?: string;
  load?: ImportLoadRecord;
  onProgress?: (rows: number) => void;
  /** Encode the rows in this thread instead of the CSV worker thread (the same files). */
  inline?: boolean;
}

/** Writes the CSVs into `dir` (created) and returns the files for neo4j-admin's arguments. */
export async function writeImportCsv(
  source: GraphSource,
  dir: string,
  options: CsvOptions = {},
): Promise<CsvSet> {
  fs.mkdirSync(dir, { recursive: true });
  const loadId = options.loadId ?? IMPORT_LOAD_ID;
  const encoder: CsvEncoder = options.inline ? inlineEncoder(dir, loadId) : new WorkerEncoder(dir, loadId);
  const dedup = new Dedup();
  const entities = new EntityCounter();
  const seen = { documents: new IdSet(), claims: new IdSet() };
  const repeatsFile = path.join(dir, "repeats.ndjson");
  const recount = new Set<string>();
  let repeats: CsvFile | null = null;
  let rows = 0;
  let repeated = 0;
  try {
    for await (const { section, item, where, text } of source.records()) {
      if (section === "problems") continue;
      rows += 1;
      if (rows % 10_000 === 0) options.onProgress?.(rows);
      if (!isFirst(section, item, seen, dedup, entities)) {
        repeats ??= new CsvFile(repeatsFile, JSON.stringify({ version: 1 }));
        repeats.line(text ?? JSON.stringify({ [NDJSON_KEY[section] as string]: item }));
        repeated += 1;
        if (section === "edges")
          for (const id of [(item as GraphEdge).source, (item as GraphEdge).target]) recount.add(id);
        continue;
      }
      const ordinal = section === "nodes" ? entities.ordinal((item as GraphNode).id) : 0;
      const wait = encoder.write(section, item, text ?? null, where, ordinal);
      if (wait) await wait;
    }
    const files = await encoder.finish(options.load ?? null, entities.seal());
    return { ...files, repeats: repeats ? repeatsFile : null, rows, repeated, recount: [...recount] };
  } catch (error) {
    await encoder.abandon().catch(() => {});
    throw error;
  } finally {
    repeats?.close();
  }
}

/**
 * Is this the first record of its key (else it goes to repeats.ndjson)? Entities by their exact id
 * (they are counted by id anyway: no hash collision can turn a new entity into a repeat); an edge
 * counted for the degrees of its ends only the first time.
 */
function isFirst(
  section: string,
  item: unknown,
  seen: { documents: IdSet; claims: IdSet },
  dedup: Dedup,
  entities: EntityCounter,
): boolean {
  switch (section) {
    case "documents":
    case "claims":
      return seen[section].add((item as { id: string }).id);
    case "nodes":
      return entities.node((item as GraphNode).id, (item as GraphNode).type);
    case "edges": {
      const e = item as GraphEdge;
      if (!dedup.first("edges", e)) return false;
      entities.edge(e.type, e.source, e.target);
      return true;
    }
    default:
      return dedup.first(section as Section, item);
  }
}
