/**
 * The encoding half of the bulk CSVs (csv.ts): each first record of its key becomes its rows, in the
 * files of its row shape, with exactly the properties the transactional loader's fresh path writes
 * (the same builders of queries.ts, typed by csvCells.ts). Records come in file order, with each
 * entity's ordinal (its row in the degree tallies of entityCounts.ts); `finish` completes the entity
 * files with those tallies. It runs in the CSV worker thread (csvWorker.ts) or, inline, in the
 * caller's; it keeps no state but the open files, the passage ids and the claims' pending passages.
 */
import path from "node:path";
import type { Claim, DocumentMeta, GraphEdge, GraphNode, Mention, Passage } from "../../contracts/graph";
import type { Query } from "../neo4j/executor";
import { BulkRefusal, typedRow } from "./csvCells";
import { PLAIN_EDGE_HEADER, plainEdgeRow, quoted } from "./csvEdges";
import { EntityCsvFile } from "./csvEntities";
import { CsvFile } from "./csvFile";
import type { EntityTallies } from "./entityCounts";
import { IdSet } from "./idset";
import { claimsQuery, documentsQuery, evidenceProperties, nodeRow, RESERVED_REL_KEYS } from "./queries";

/** Distinct row shapes (files) beyond which the CSV path gives up: a graph of ad-hoc properties. */
export const MAX_CSV_FILES = 500;

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

/** The files written, for neo4j-admin's arguments (entity files first). */
export interface CsvFileList {
  nodes: string[];
  relationships: string[];
}

const q = quoted;
const NODE = (space: string) => `id:ID(${space}),:LABEL`;
const REL = (from: string, to: string) => `:START_ID(${from}),:END_ID(${to}),:TYPE`;

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
    file.line(cells.length > 0 ? `${q(id)},${cells.join(",")}` : q(id), ordinal, type);
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
  close(tallies: EntityTallies | null): CsvFileList {
    for (const f of [...this.nodes, ...this.relationships]) f.close();
    const entities = [...this.entityFiles.values()];
    for (const f of entities) {
      if (tallies) f.finish(tallies);
      else f.abandon();
    }
    return {
      nodes: [...entities.map((f) => f.file), ...this.nodes.map((f) => f.file)],
      relationships: this.relationships.map((f) => f.file),
    };
  }
}

/** The one row of a single-record query (the builders of queries.ts): its exact properties. */
function firstRow<T>(query: Query): T {
  const rows = query.params?.rows as T[];
  return rows[0] as T;
}

export class CsvWriter {
  private readonly files: CsvFiles;
  private readonly loadIdCell: string;
  private readonly passages = new IdSet();
  private readonly pending: [string, string][] = [];

  constructor(
    dir: string,
    private readonly loadId: string,
  ) {
    this.files = new CsvFiles(dir);
    this.loadIdCell = quoted(loadId);
  }

  /** The rows of the first record of its key; `ordinal` is the entity's, for a node record. */
  write(section: string, item: unknown, where: string, ordinal: number): void {
    switch (section) {
      case "documents":
        this.document(item as DocumentMeta, where);
        return;
      case "passages":
        this.passage(item as Passage, where);
        return;
      case "nodes": {
        const n = item as GraphNode;
        // No alias: `aliases` is null (absent), as the transactional loader stores it.
        const props: Record<string, unknown> = { ...nodeRow(n).props, loadId: this.loadId };
        this.files.entity(n.id, ordinal, n.type, props, where);
        return;
      }
      case "edges":
        this.edge(item as GraphEdge, where);
        return;
      case "mentions": {
        const m = item as Mention;
        const props = { start: m.start, end: m.end, surface: m.surface, doc: m.doc, loadId: this.loadId };
        const fixed = `${q(m.node)},${q(m.passage)},MENTIONED_IN`;
        this.files.row("relationships", REL("Entity", "Passage"), fixed, props, where);
        return;
      }
      case "claims":
        this.claim(item as Claim, where);
        return;
    }
  }

  /**
   * After the last record: the claims' passages seen later, the `:Load` node, and every file
   * closed — the entity files completed with the tallies, or (null: the CSVs are abandoned) removed.
   */
  finish(load: ImportLoadRecord | null, tallies: EntityTallies | null): CsvFileList {
    if (tallies) {
      try {
        for (const [claim, passage] of this.pending)
          if (this.passages.has(passage)) this.statedIn(claim, passage);
        if (load) writeLoadNode(this.files, load);
      } catch (error) {
        this.files.close(null);
        throw error;
      }
    }
    return this.files.close(tallies);
  }

  private statedIn(claim: string, passage: string): void {
    const fixed = `${q(claim)},${q(passage)},STATED_IN`;
    this.files.row("relationships", REL("Claim", "Passage"), fixed, {}, `claim ${claim}`);
  }

  private document(d: DocumentMeta, where: string): void {
    const { id: _id, ...row } = firstRow<Record<string, unknown>>(documentsQuery([d], this.loadId));
    this.files.row("nodes", NODE("Document"), `${q(d.id)},Document`, { ...row, loadId: this.loadId }, where);
  }

  private passage(p: Passage, where: string): void {
    this.passages.add(p.id);
    const props = {
      doc: p.doc,
      start: p.start,
      end: p.end,
      text: p.text,
      clean: p.clean,
      loadId: this.loadId,
    };
    this.files.row("nodes", NODE("Passage"), `${q(p.id)},Passage`, props, where);
    this.files.row(
      "relationships",
      REL("Passage", "Document"),
      `${q(p.id)},${q(p.doc)},IN_DOCUMENT`,
      {},
      where,
    );
  }

  private edge(e: GraphEdge, where: string): void {
    const plain = plainEdgeRow(e, this.loadIdCell);
    if (plain !== null) {
      this.files.line("relationships", PLAIN_EDGE_HEADER, plain);
      return;
    }
    const { shape, line } = edgeRow(e, this.loadId, where);
    this.files.line("relationships", shape, line);
  }

  private claim(c: Claim, where: string): void {
    const row = firstRow<{ props: Record<string, unknown>; passages: string[] }>(
      claimsQuery([c], this.loadId),
    );
    this.files.row("nodes", NODE("Claim"), `${q(c.id)},Claim`, { ...row.props, loadId: this.loadId }, where);
    this.files.row("relationships", REL("Claim", "Entity"), `${q(c.id)},${q(c.subject)},ABOUT`, {}, where);
    for (const p of row.passages) {
      if (this.passages.has(p)) this.statedIn(c.id, p);
      else this.pending.push([c.id, p]);
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
