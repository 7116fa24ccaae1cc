/**
 * CSV files for `neo4j-admin database import full` from any graph source (streamed): one file per
 * node label group and relationship type, headers in neo4j-admin's format. For first loads of very
 * large graphs into an empty, stopped database; `zonegraph load` stays the way to add to a live one.
 * Arrays use ARRAY_DELIMITER (U+001F), which no text contains. Entities get `loadId` "import" and no
 * degree: run `zonegraph load --finish-import` (schema, degrees, :Load record) after the import.
 */
import fs from "node:fs";
import path from "node:path";
import type { GraphEdge, GraphNode, Mention, Passage } from "../../contracts/graph";
import { evidenceProperties, nodeRow } from "./queries";
import type { GraphSource } from "./source";

export const ARRAY_DELIMITER = "\u001f";
export const IMPORT_LOAD_ID = "import";

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = Array.isArray(v) ? v.map((x) => String(x)).join(ARRAY_DELIMITER) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

class CsvFile {
  private chunks: string[] = [];
  private size = 0;
  private readonly fd: number;
  constructor(
    readonly file: string,
    header: string[],
  ) {
    this.fd = fs.openSync(file, "w");
    this.row(header);
  }
  row(cells: unknown[]): void {
    const line = `${cells.map(cell).join(",")}\n`;
    this.chunks.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    fs.writeSync(this.fd, this.chunks.join(""));
    this.chunks = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

const EV = [
  "evidenceDocs",
  "evidencePassages",
  "evidenceStarts:int[]",
  "evidenceEnds:int[]",
  "evidenceQuotes",
  "evidenceMethods",
];

export interface CsvSet {
  nodes: string[];
  relationships: string[];
}

/** Writes the CSVs into `dir` and returns the neo4j-admin `--nodes`/`--relationships` arguments. */
export async function writeImportCsv(source: GraphSource, dir: string): Promise<CsvSet> {
  fs.mkdirSync(dir, { recursive: true });
  const f = (name: string, header: string[]) => new CsvFile(path.join(dir, name), header);
  const docs = f("documents.csv", [
    "id:ID(Document)",
    ":LABEL",
    "title",
    "file",
    "date",
    "year:int",
    "kind",
    "loadId",
  ]);
  const passages = f("passages.csv", [
    "id:ID(Passage)",
    ":LABEL",
    "doc",
    "start:int",
    "end:int",
    "text",
    "clean",
    "loadId",
  ]);
  const entities = f("entities.csv", [
    "id:ID(Entity)",
    ":LABEL",
    "type",
    "name",
    "nameEn",
    "aliases:string[]",
    "aliasText",
    "pinyin",
    "source",
    "loadId",
  ]);
  const inDoc = f("in_document.csv", [":START_ID(Passage)", ":END_ID(Document)", ":TYPE"]);
  const edges = f("edges.csv", [
    ":START_ID(Entity)",
    ":END_ID(Entity)",
    ":TYPE",
    "id",
    "confidence:double",
    "loadId",
    ...EV.map((e) => (e.includes(":") ? e : `${e}:string[]`)),
  ]);
  const mentions = f("mentions.csv", [
    ":START_ID(Entity)",
    ":END_ID(Passage)",
    ":TYPE",
    "start:int",
    "end:int",
    "surface",
    "doc",
    "loadId",
  ]);
  for await (const { section, item } of source.records()) {
    if (section === "documents") {
      const d = item as Record<string, unknown>;
      docs.row([d.id, "Document", d.title, d.file, d.date, d.year, d.kind, IMPORT_LOAD_ID]);
    } else if (section === "passages") {
      const p = item as Passage;
      passages.row([p.id, "Passage", p.doc, p.start, p.end, p.text, p.clean, IMPORT_LOAD_ID]);
      inDoc.row([p.id, p.doc, "IN_DOCUMENT"]);
    } else if (section === "nodes") {
      const n = item as GraphNode;
      const r = nodeRow(n).props;
      entities.row([
        n.id,
        `Entity;${n.type}`,
        n.type,
        n.name,
        n.nameEn,
        n.aliases,
        r.aliasText,
        r.pinyin,
        n.source,
        IMPORT_LOAD_ID,
      ]);
    } else if (section === "edges") {
      const e = item as GraphEdge;
      const ev = evidenceProperties(e.evidence);
      edges.row([
        e.source,
        e.target,
        e.type,
        e.id,
        e.confidence,
        IMPORT_LOAD_ID,
        ev.evidenceDocs,
        ev.evidencePassages,
        ev.evidenceStarts,
        ev.evidenceEnds,
        ev.evidenceQuotes,
        ev.evidenceMethods,
      ]);
    } else if (section === "mentions") {
      const m = item as Mention;
      mentions.row([m.node, m.passage, "MENTIONED_IN", m.start, m.end, m.surface, m.doc, IMPORT_LOAD_ID]);
    }
  }
  for (const c of [docs, passages, entities, inDoc, edges, mentions]) c.close();
  return {
    nodes: [docs.file, passages.file, entities.file],
    relationships: [inDoc.file, edges.file, mentions.file],
  };
}
