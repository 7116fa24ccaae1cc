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
import { Dedup } from "./dedup";
import { IdSet } from "./idset";
import { claimsQuery, documentsQuery, evidenceProperties, nodeRow, RESERVED_REL_KEYS } from "./queries";
import type { GraphSource } from "./source";

export { ARRAY_DELIMITER, BulkRefusal };
export const IMPORT_LOAD_ID = "import";
/** Distinct row shapes (files) beyond which the CSV path gives up: a graph of ad-hoc properties. */
export const MAX_CSV_FILES = 500;
const FLUSH_BYTES = 4 << 20;

class CsvFile {
  private chunks: string[] = [];
  private size = 0;
  private readonly fd: number;
  constructor(
    readonly file: string,
    header: string,
  ) {
    this.fd = fs.openSync(file, "w");
    this.line(header);
  }
  line(text: string): void {
    this.chunks.push(text, "\n");
    this.size += text.length + 1;
    if (this.size > FLUSH_BYTES) this.flush();
  }
  flush(): void {
    if (this.chunks.length > 0) fs.writeSync(this.fd, this.chunks.join(""));
    this.chunks = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

export interface CsvSet {
  nodes: string[];
  relationships: string[];
  /** NDJSON of records whose key repeats an earlier one (MERGEd after the import), or null. */
  repeats: string | null;
  /** Records written to the CSVs and to the repeats file. */
  rows: number;
  repeated: number;
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
  constructor(private readonly dir: string) {}
  row(
    kind: "nodes" | "relationships",
    fixedHeader: string,
    fixed: string,
    props: Record<string, unknown>,
    where: string,
  ) {
    const { header, cells } = typedRow(props, where);
    const shape = header.length > 0 ? `${fixedHeader},${header.join(",")}` : fixedHeader;
    let file = this.byShape.get(shape);
    if (!file) {
      if (this.byShape.size >= MAX_CSV_FILES)
        throw new BulkRefusal(`the graph's rows have more than ${MAX_CSV_FILES} property shapes`);
      const list = kind === "nodes" ? this.nodes : this.relationships;
      file = new CsvFile(path.join(this.dir, `${kind}-${this.byShape.size}.csv`), shape);
      list.push(file);
      this.byShape.set(shape, file);
    }
    file.line(cells.length > 0 ? `${fixed},${cells.join(",")}` : fixed);
  }
  close() {
    for (const f of [...this.nodes, ...this.relationships]) f.close();
  }
}

/** The one row of a single-record query (the builders of queries.ts): its exact properties. */
function firstRow<T>(query: Query): T {
  const rows = query.params?.rows as T[];
  return rows[0] as T;
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
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
  const seen = { documents: new IdSet(), claims: new IdSet(), passages: new IdSet() };
  const pendingStatedIn: [string, string][] = [];
  const repeatsFile = path.join(dir, "repeats.ndjson");
  let repeats: CsvFile | null = null;
  let rows = 0;
  let repeated = 0;
  const statedIn = (claim: string, passage: string) =>
    files.row(
      "relationships",
      REL("Claim", "Passage"),
      `${q(claim)},${q(passage)},STATED_IN`,
      {},
      `claim ${claim}`,
    );
  try {
    for await (const { section, item, where } of source.records()) {
      if (section === "problems") continue;
      rows += 1;
      if (rows % 10_000 === 0) options.onProgress?.(rows);
      const first =
        section === "documents" || section === "claims"
          ? seen[section].add((item as { id: string }).id)
          : dedup.first(section, item);
      if (!first) {
        repeats ??= new CsvFile(repeatsFile, JSON.stringify({ version: 1 }));
        repeats.line(JSON.stringify({ [ND_KEY[section]]: item }));
        repeated += 1;
        continue;
      }
      writeRecord(files, section, item, loadId, where, seen.passages, statedIn, pendingStatedIn);
    }
    for (const [claim, passage] of pendingStatedIn) if (seen.passages.has(passage)) statedIn(claim, passage);
    if (options.load) writeLoadNode(files, options.load);
  } finally {
    files.close();
    repeats?.close();
  }
  return {
    nodes: files.nodes.map((f) => f.file),
    relationships: files.relationships.map((f) => f.file),
    repeats: repeats ? repeatsFile : null,
    rows,
    repeated,
  };
}

function writeRecord(
  files: CsvFiles,
  section: string,
  item: unknown,
  loadId: string,
  where: string,
  passages: IdSet,
  statedIn: (claim: string, passage: string) => void,
  pending: [string, string][],
): void {
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
      files.row("nodes", NODE("Entity"), `${q(n.id)},Entity${ARRAY_DELIMITER}${n.type}`, props, where);
      return;
    }
    case "edges": {
      const e = item as GraphEdge;
      const extra = Object.fromEntries(
        Object.entries(e.properties).filter(([k]) => !RESERVED_REL_KEYS.has(k)),
      );
      const props = {
        ...extra,
        id: e.id,
        confidence: e.confidence,
        ...evidenceProperties(e.evidence),
        loadId,
      };
      files.row(
        "relationships",
        REL("Entity", "Entity"),
        `${q(e.source)},${q(e.target)},${e.type}`,
        props,
        where,
      );
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
