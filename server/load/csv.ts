/**
 * CSV files for `neo4j-admin database import full`, streamed from any graph source with bounded
 * memory (the id hashes of dedup.ts, never the records). Every node and relationship gets exactly the
 * properties the transactional loader's fresh path writes (the same builders of queries.ts, typed by
 * csvCells.ts): documents, passages, entities with their free-form properties, relationships with
 * evidence and free-form properties, mentions, claims with ABOUT and STATED_IN, and the `:Load`
 * record. Rows of different shapes (free-form properties, whole or fractional numbers) go to
 * different files, one header each. A record whose key was written already (the transactional
 * loader MERGEs it after everything else) goes to `repeats.ndjson`, MERGEd after the import
 * (bulkFinish.ts). Entities with no alias get `aliases` in the finish step (a CSV cannot hold an
 * empty list). Anything else the CSV path cannot carry throws BulkRefusal (csvCells.ts).
 */
import fs from "node:fs";
import path from "node:path";
import type { Claim, DocumentMeta, GraphEdge, GraphNode, Mention, Passage } from "../../contracts/graph";
import type { Query } from "../neo4j/executor";
import { ARRAY_DELIMITER, BulkRefusal, typedRow } from "./csvCells";
import { PLAIN_EDGE_HEADER, plainEdgeRow, quoted } from "./csvEdges";
import { EntityCsvFile } from "./csvEntities";
import { CsvFile } from "./csvFile";
import { Dedup } from "./dedup";
import { EntityCounter, type EntityTallies } from "./entityCounts";
import { IdSet } from "./idset";
import { claimsQuery, documentsQuery, evidenceProperties, nodeRow, RESERVED_REL_KEYS } from "./queries";
import type { GraphSource, Section } from "./source";

export { ARRAY_DELIMITER, BulkRefusal };
export const IMPORT_LOAD_ID = "import";
/** Distinct row shapes (files) beyond which the CSV path gives up: a graph of ad-hoc properties. */
export const MAX_CSV_FILES = 500;

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

/** The `:Load` record written as a node of the import (status "running" until the finish step). */
export interface ImportLoadRecord {
  id: string;
  source: string;
  checksum: string;
  reset: boolean;
  host: string;
  pid: number;
  startedAt: string;
}

export interface CsvOptions {
  loadId?: string;
  load?: ImportLoadRecord;
  onProgress?: (rows: number) => void;
}

/** Files by row shape: the first row of a shape opens its file with that shape's header. */
class CsvFiles {
  readonly nodes: CsvFile[] = [];
  readonly relationships: CsvFile[] = [];
  private readonly byShape = new Map<string, CsvFile>();
  private readonly entityFiles = new Map<string, EntityCsvFile>();
  constructor(private readonly dir: string) {}
  private shapes(): number {
    return this.byShape.size + this.entityFiles.size;
  }
  /** An entity row (its first record), completed by finish() with degree, type counts and labels. */
  entity(id: string, ordinal: number, type: string, props: Record<string, unknown>, where: string) {
    const { header, cells } = typedRow(props, where);
    const shape = header.length > 0 ? `id:ID(Entity),${header.join(",")}` : "id:ID(Entity)";
    let file = this.entityFiles.get(shape);
    if (!file) {
      if (this.shapes() >= MAX_CSV_FILES)
        throw new BulkRefusal(`the graph's rows have more than ${MAX_CSV_FILES} property shapes`);
      file = new EntityCsvFile(path.join(this.dir, `nodes-${this.shapes()}.csv`), shape);
      this.entityFiles.set(shape, file);
    }
    file.line(cells.length > 0 ? `${q(id)},${cells.join(",")}` : q(id), ordinal, type, !("aliases" in props));
  }
  row(
    kind: "nodes" | "relationships",
    fixedHeader: string,
    fixed: string,
    props: Record<string, unknown>,
    where: string,
  ) {
    const { header, cells } = typedRow(props, where);
    const shape = header.length > 0 ? `${fixedHeader},${header.join(",")}` : fixedHeader;
    this.line(kind, shape, cells.length > 0 ? `${fixed},${cells.join(",")}` : fixed);
  }
  /** A row whose shape (its file's header) is known. */
  line(kind: "nodes" | "relationships", shape: string, text: string) {
    let file = this.byShape.get(shape);
    if (!file) {
      if (this.shapes() >= MAX_CSV_FILES)
        throw new BulkRefusal(`the graph's rows have more than ${MAX_CSV_FILES} property shapes`);
      const list = kind === "nodes" ? this.nodes : this.relationships;
      file = new CsvFile(path.join(this.dir, `${kind}-${this.shapes()}.csv`), shape);
      list.push(file);
      this.byShape.set(shape, file);
    }
    file.line(text);
  }
  /** Every file closed; with tallies, the entity files completed (else their parts removed). */
  close(tallies: EntityTallies | null): string[] {
    for (const f of [...this.nodes, ...this.relationships]) f.close();
    const entities = [...this.entityFiles.values()];
    for (const f of entities) {
      if (tallies) f.finish(tallies);
      else f.abandon();
    }
    return entities.map((f) => f.file);
  }
}

/** The one row of a single-record query (the builders of queries.ts): its exact properties. */
function firstRow<T>(query: Query): T {
  const rows = query.params?.rows as T[];
  return rows[0] as T;
}

const q = quoted;
const NODE = (space: string) => `id:ID(${space}),:LABEL`;
const REL = (from: string, to: string) => `:START_ID(${from}),:END_ID(${to}),:TYPE`;
const ND_KEY = {
  documents: "document",
  passages: "passage",
  nodes: "node",
  edges: "edge",
  mentions: "mention",
  claims: "claim",
} as const;

/** Writes the CSVs into `dir` (created) and returns the files for neo4j-admin's arguments. */
export async function writeImportCsv(
  source: GraphSource,
  dir: string,
  options: CsvOptions = {},
): Promise<CsvSet> {
  fs.mkdirSync(dir, { recursive: true });
  const loadId = options.loadId ?? IMPORT_LOAD_ID;
  const files = new CsvFiles(dir);
  const dedup = new Dedup();
  const entities = new EntityCounter();
  const seen = { documents: new IdSet(), claims: new IdSet(), passages: new IdSet() };
  const pendingStatedIn: [string, string][] = [];
  const repeatsFile = path.join(dir, "repeats.ndjson");
  const recount = new Set<string>();
  let repeats: CsvFile | null = null;
  let rows = 0;
  let repeated = 0;
  let tallies: EntityTallies | null = null;
  let entityFiles: string[] = [];
  const statedIn = (claim: string, passage: string) =>
    files.row(
      "relationships",
      REL("Claim", "Passage"),
      `${q(claim)},${q(passage)},STATED_IN`,
      {},
      `claim ${claim}`,
    );
  const context = {
    files,
    loadId,
    loadIdCell: quoted(loadId),
    passages: seen.passages,
    statedIn,
    pending: pendingStatedIn,
    entities,
  };
  try {
    for await (const { section, item, where } of source.records()) {
      if (section === "problems") continue;
      rows += 1;
      if (rows % 10_000 === 0) options.onProgress?.(rows);
      const first = isFirst(section, item, seen, dedup, entities);
      if (!first) {
        repeats ??= new CsvFile(repeatsFile, JSON.stringify({ version: 1 }));
        repeats.line(JSON.stringify({ [ND_KEY[section]]: item }));
        repeated += 1;
        if (section === "edges")
          for (const id of [(item as GraphEdge).source, (item as GraphEdge).target]) recount.add(id);
        continue;
      }
      writeRecord(context, section, item, where);
    }
    for (const [claim, passage] of pendingStatedIn) if (seen.passages.has(passage)) statedIn(claim, passage);
    if (options.load) writeLoadNode(files, options.load);
    tallies = entities.seal();
  } finally {
    entityFiles = files.close(tallies);
    repeats?.close();
  }
  return {
    nodes: [...entityFiles, ...files.nodes.map((f) => f.file)],
    relationships: files.relationships.map((f) => f.file),
    repeats: repeats ? repeatsFile : null,
    rows,
    repeated,
    recount: [...recount],
  };
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

interface WriteContext {
  files: CsvFiles;
  loadId: string;
  loadIdCell: string;
  passages: IdSet;
  statedIn: (claim: string, passage: string) => void;
  pending: [string, string][];
  entities: EntityCounter;
}

function writeRecord(context: WriteContext, section: string, item: unknown, where: string): void {
  const { files, loadId, passages, statedIn, pending } = context;
  switch (section) {
    case "documents": {
      const d = item as DocumentMeta;
      const { id: _id, ...row } = firstRow<Record<string, unknown>>(documentsQuery([d], loadId));
      files.row("nodes", NODE("Document"), `${q(d.id)},Document`, { ...row, loadId }, where);
      return;
    }
    case "passages": {
      const p = item as Passage;
      passages.add(p.id);
      const props = { doc: p.doc, start: p.start, end: p.end, text: p.text, clean: p.clean, loadId };
      files.row("nodes", NODE("Passage"), `${q(p.id)},Passage`, props, where);
      files.row("relationships", REL("Passage", "Document"), `${q(p.id)},${q(p.doc)},IN_DOCUMENT`, {}, where);
      return;
    }
    case "nodes": {
      const n = item as GraphNode;
      const props: Record<string, unknown> = { ...nodeRow(n).props, loadId };
      // No alias: set to [] by the finish step (bulkFinish.ts), as a CSV cannot hold an empty list.
      if (n.aliases.length === 0) delete props.aliases;
      files.entity(n.id, context.entities.ordinal(n.id), n.type, props, where);
      return;
    }
    case "edges": {
      const e = item as GraphEdge;
      const plain = plainEdgeRow(e, context.loadIdCell);
      if (plain !== null) files.line("relationships", PLAIN_EDGE_HEADER, plain);
      else {
        const { shape, line } = edgeRow(e, loadId, where);
        files.line("relationships", shape, line);
      }
      return;
    }
    case "mentions": {
      const m = item as Mention;
      const props = { start: m.start, end: m.end, surface: m.surface, doc: m.doc, loadId };
      files.row(
        "relationships",
        REL("Entity", "Passage"),
        `${q(m.node)},${q(m.passage)},MENTIONED_IN`,
        props,
        where,
      );
      return;
    }
    case "claims": {
      const c = item as Claim;
      const row = firstRow<{ props: Record<string, unknown>; passages: string[] }>(claimsQuery([c], loadId));
      files.row("nodes", NODE("Claim"), `${q(c.id)},Claim`, { ...row.props, loadId }, where);
      files.row("relationships", REL("Claim", "Entity"), `${q(c.id)},${q(c.subject)},ABOUT`, {}, where);
      for (const p of row.passages) {
        if (passages.has(p)) statedIn(c.id, p);
        else pending.push([c.id, p]);
      }
      return;
    }
  }
}

/** The generic row of an edge (csvEdges.ts has the fast path for most of them): shape and line. */
export function edgeRow(e: GraphEdge, loadId: string, where: string): { shape: string; line: string } {
  const extra = Object.fromEntries(Object.entries(e.properties).filter(([k]) => !RESERVED_REL_KEYS.has(k)));
  const props = { ...extra, id: e.id, confidence: e.confidence, ...evidenceProperties(e.evidence), loadId };
  const { header, cells } = typedRow(props, where);
  const fixedHeader = REL("Entity", "Entity");
  const fixed = `${q(e.source)},${q(e.target)},${e.type}`;
  return {
    shape: header.length > 0 ? `${fixedHeader},${header.join(",")}` : fixedHeader,
    line: cells.length > 0 ? `${fixed},${cells.join(",")}` : fixed,
  };
}

function writeLoadNode(files: CsvFiles, l: ImportLoadRecord): void {
  const props = {
    source: l.source,
    checksum: l.checksum,
    reset: l.reset,
    fresh: true,
    method: "bulk",
    status: "running",
    host: l.host,
    pid: l.pid,
  };
  const fixedHeader = `${NODE("Load")},startedAt:datetime,heartbeatAt:datetime`;
  files.row("nodes", fixedHeader, `${q(l.id)},Load,${l.startedAt},${l.startedAt}`, props, "the load record");
}
