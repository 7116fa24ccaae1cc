/**
 * Pure format writers: graph data → string. Used by GET /api/export and `zonegraph export`.
 * - json: graphology's serialized shape (the client and `graph.import()` read it back);
 * - graphml / gexf: valid XML with escaped text, for Gephi, yEd, Cytoscape;
 * - csv: one table with a `kind` column (node | edge), RFC 4180 quoting.
 */
import type { ExportData, ExportEdge, ExportNode } from "./types";
import { escapeXml } from "./xml";

export type ExportFormatName = "json" | "graphml" | "gexf" | "csv";

export const CONTENT_TYPES: Record<ExportFormatName, string> = {
  json: "application/json; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

function propsText(v: unknown): string {
  return Array.isArray(v) ? v.join(" | ") : String(v ?? "");
}

export function toJson(data: ExportData): string {
  return JSON.stringify(
    {
      options: { type: "directed", multi: true, allowSelfLoops: true },
      attributes: { name: "zonegraph", exportedAt: new Date().toISOString() },
      nodes: data.nodes.map((n) => ({
        key: n.id,
        attributes: {
          ...n.properties,
          type: n.type,
          label: n.name,
          name: n.name,
          nameEn: n.nameEn,
          aliases: n.aliases,
          degree: n.degree,
          source: n.source,
          status: n.status,
        },
      })),
      edges: data.edges.map((e) => ({
        key: e.id,
        source: e.source,
        target: e.target,
        attributes: {
          type: e.type,
          confidence: e.confidence,
          evidenceCount: e.evidenceCount,
          methods: e.methods,
          stage: e.stage,
          ...(e.count !== null ? { count: e.count } : {}),
          quote: e.quote,
          doc: e.doc,
        },
      })),
    },
    null,
    1,
  );
}

const NODE_KEYS: {
  id: string;
  name: string;
  type: "string" | "int" | "double";
  get: (n: ExportNode) => unknown;
}[] = [
  { id: "type", name: "type", type: "string", get: (n) => n.type },
  { id: "name", name: "name", type: "string", get: (n) => n.name },
  { id: "nameEn", name: "nameEn", type: "string", get: (n) => n.nameEn ?? "" },
  { id: "aliases", name: "aliases", type: "string", get: (n) => n.aliases.join(" | ") },
  { id: "degree", name: "degree", type: "int", get: (n) => n.degree },
  { id: "source", name: "source", type: "string", get: (n) => n.source ?? "" },
  { id: "status", name: "status", type: "string", get: (n) => n.status ?? "" },
];
const EDGE_KEYS: {
  id: string;
  name: string;
  type: "string" | "int" | "double";
  get: (e: ExportEdge) => unknown;
}[] = [
  { id: "relType", name: "type", type: "string", get: (e) => e.type },
  { id: "confidence", name: "confidence", type: "double", get: (e) => e.confidence ?? 0 },
  { id: "evidenceCount", name: "evidenceCount", type: "int", get: (e) => e.evidenceCount },
  { id: "methods", name: "methods", type: "string", get: (e) => e.methods.join(" | ") },
  { id: "stage", name: "stage", type: "string", get: (e) => e.stage ?? "" },
  { id: "count", name: "count", type: "int", get: (e) => e.count ?? 0 },
  { id: "quote", name: "quote", type: "string", get: (e) => e.quote },
  { id: "doc", name: "doc", type: "string", get: (e) => e.doc },
];

export function toGraphml(data: ExportData): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of NODE_KEYS)
    out.push(`  <key id="n_${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`);
  for (const k of EDGE_KEYS)
    out.push(`  <key id="e_${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`);
  out.push('  <graph id="zonegraph" edgedefault="directed">');
  for (const n of data.nodes) {
    out.push(`    <node id="${escapeXml(n.id)}">`);
    for (const k of NODE_KEYS) out.push(`      <data key="n_${k.id}">${escapeXml(k.get(n))}</data>`);
    out.push("    </node>");
  }
  for (const e of data.edges) {
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
    );
    for (const k of EDGE_KEYS) out.push(`      <data key="e_${k.id}">${escapeXml(k.get(e))}</data>`);
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

export function toGexf(data: ExportData): string {
  const gexfType = (t: string) => (t === "int" ? "integer" : t);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    "  <meta><creator>zonegraph</creator><description>Knowledge graph of China's pilot free trade zones</description></meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...NODE_KEYS.map((k, i) => `      <attribute id="${i}" title="${k.name}" type="${gexfType(k.type)}"/>`),
    "    </attributes>",
    '    <attributes class="edge">',
    ...EDGE_KEYS.map((k, i) => `      <attribute id="${i}" title="${k.name}" type="${gexfType(k.type)}"/>`),
    "    </attributes>",
    "    <nodes>",
  ];
  for (const n of data.nodes) {
    out.push(`      <node id="${escapeXml(n.id)}" label="${escapeXml(n.name)}">`, "        <attvalues>");
    NODE_KEYS.forEach((k, i) => {
      out.push(`          <attvalue for="${i}" value="${escapeXml(k.get(n))}"/>`);
    });
    out.push("        </attvalues>", "      </node>");
  }
  out.push("    </nodes>", "    <edges>");
  for (const e of data.edges) {
    out.push(
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.type)}" weight="${e.confidence ?? 1}">`,
      "        <attvalues>",
    );
    EDGE_KEYS.forEach((k, i) => {
      out.push(`          <attvalue for="${i}" value="${escapeXml(k.get(e))}"/>`);
    });
    out.push("        </attvalues>", "      </edge>");
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

export function csvCell(v: unknown): string {
  const s = propsText(v);
  // Spreadsheet formula injection: prefix cells that a spreadsheet would evaluate.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  "kind",
  "id",
  "type",
  "name",
  "nameEn",
  "aliases",
  "degree",
  "source",
  "target",
  "confidence",
  "count",
  "evidenceCount",
  "quote",
  "doc",
] as const;

export function toCsv(data: ExportData): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const n of data.nodes)
    lines.push(
      ["node", n.id, n.type, n.name, n.nameEn ?? "", n.aliases, n.degree, "", "", "", "", "", "", ""]
        .map(csvCell)
        .join(","),
    );
  for (const e of data.edges)
    lines.push(
      [
        "edge",
        e.id,
        e.type,
        "",
        "",
        "",
        "",
        e.source,
        e.target,
        e.confidence ?? "",
        e.count ?? "",
        e.evidenceCount,
        e.quote,
        e.doc,
      ]
        .map(csvCell)
        .join(","),
    );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function writeGraph(format: ExportFormatName, data: ExportData): string {
  switch (format) {
    case "json":
      return toJson(data);
    case "graphml":
      return toGraphml(data);
    case "gexf":
      return toGexf(data);
    case "csv":
      return toCsv(data);
  }
}
