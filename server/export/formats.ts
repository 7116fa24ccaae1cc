/**
 * Export formats: their content types and writers (see writer.ts). Used by GET /api/export and
 * `zonegraph export`, which write page by page; `writeGraph` writes data already in memory.
 * - json: graphology's serialized shape (the client and `graph.import()` read it back);
 * - graphml / gexf: valid XML with escaped text, for Gephi, yEd, Cytoscape;
 * - csv: one table with a `kind` column (node | edge), RFC 4180 quoting.
 */
import { csvWriter } from "./csv";
import { gexfWriter } from "./gexf";
import { graphmlWriter } from "./graphml";
import { jsonWriter } from "./json";
import type { ExportData } from "./types";
import type { GraphWriter } from "./writer";

export { CSV_COLUMNS, csvCell } from "./csv";

export type ExportFormatName = "json" | "graphml" | "gexf" | "csv";

export const CONTENT_TYPES: Record<ExportFormatName, string> = {
  json: "application/json; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export function createWriter(format: ExportFormatName): GraphWriter {
  switch (format) {
    case "json":
      return jsonWriter();
    case "graphml":
      return graphmlWriter();
    case "gexf":
      return gexfWriter();
    case "csv":
      return csvWriter();
  }
}

/** The whole document of `data` in `format`. */
export function writeGraph(format: ExportFormatName, data: ExportData): string {
  const w = createWriter(format);
  return [w.head(), ...data.nodes.map(w.node), w.middle(), ...data.edges.map(w.edge), w.foot()].join("");
}

export const toJson = (data: ExportData) => writeGraph("json", data);
export const toGraphml = (data: ExportData) => writeGraph("graphml", data);
export const toGexf = (data: ExportData) => writeGraph("gexf", data);
export const toCsv = (data: ExportData) => writeGraph("csv", data);
