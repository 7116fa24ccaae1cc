/** CSV: one table with a `kind` column (node | edge), RFC 4180 quoting, UTF-8 BOM, CRLF lines (see EXPORT_CSV_COLUMNS). */
import { EXPORT_CSV_COLUMNS, type ExportCsvRow } from "../../contracts/api";
import type { ExportEdge, ExportNode } from "./types";
import type { GraphWriter } from "./writer";

function propsText(v: unknown): string {
  return Array.isArray(v) ? v.join(" | ") : String(v ?? "");
}

export function csvCell(v: unknown): string {
  const s = propsText(v);
  // Spreadsheet formula injection: prefix cells that a spreadsheet would evaluate.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = EXPORT_CSV_COLUMNS;

type Cells = { [K in keyof ExportCsvRow]?: unknown };

/** One line: the cells given, in the column order, "" for the others. */
const row = (cells: Cells) => `${CSV_COLUMNS.map((c) => csvCell(cells[c] ?? "")).join(",")}\r\n`;

const nodeCells = (n: ExportNode): Cells => ({
  kind: "node",
  id: n.id,
  type: n.type,
  name: n.name,
  nameEn: n.nameEn,
  aliases: n.aliases,
  degree: n.degree,
  status: n.status,
});

const edgeCells = (e: ExportEdge): Cells => ({
  kind: "edge",
  id: e.id,
  type: e.type,
  source: e.source,
  target: e.target,
  confidence: e.confidence,
  count: e.count,
  evidenceCount: e.evidenceCount,
  quote: e.quote,
  doc: e.doc,
  stage: e.stage,
  methods: e.methods,
});

export function csvWriter(): GraphWriter {
  return {
    head: () => `\uFEFF${CSV_COLUMNS.join(",")}\r\n`,
    node: (n) => row(nodeCells(n)),
    middle: () => "",
    edge: (e) => row(edgeCells(e)),
    foot: () => "",
  };
}
