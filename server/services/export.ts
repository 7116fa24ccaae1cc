/**
 * Export: read the graph from Neo4j and write it in a format. `exportGraph` is shared by
 * GET /api/export and the CLI (`zonegraph export --format … --out PATH`).
 */
import { CONTENT_TYPES, type ExportFormatName, writeGraph } from "../export/formats";
import type { ExportData, ExportEdge, ExportNode } from "../export/types";
import type { Executor } from "../neo4j/executor";
import { ExportRepository } from "../repositories/export";
import { cleanProperties, RESERVED_ENTITY_KEYS } from "../repositories/fragments";

export interface ExportOptions {
  format: ExportFormatName;
  /** Entity ids; the relationships among them are exported. Whole graph when absent. */
  ids?: string[] | undefined;
}

export interface ExportResult {
  contentType: string;
  body: string;
  filename: string;
}

export async function readExportData(executor: Executor, ids?: string[]): Promise<ExportData> {
  const repo = new ExportRepository(executor);
  const selected = ids && ids.length > 0 ? ids : null;
  const [nodeRows, edgeRows] = await Promise.all([repo.nodes(selected), repo.edges(selected)]);
  const nodes: ExportNode[] = nodeRows.map((p) => ({
    id: String(p.id),
    type: String(p.type ?? ""),
    name: String(p.name ?? ""),
    nameEn: typeof p.nameEn === "string" ? p.nameEn : null,
    aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
    degree: Math.trunc(Number(p.degree ?? 0)),
    source: typeof p.source === "string" ? p.source : null,
    properties: cleanProperties(p, RESERVED_ENTITY_KEYS),
  }));
  const edges: ExportEdge[] = edgeRows.map((e) => ({
    id: String(e.id ?? `${e.type}:${e.source}->${e.target}`),
    type: String(e.type),
    source: String(e.source),
    target: String(e.target),
    confidence: typeof e.confidence === "number" ? e.confidence : null,
    count: typeof e.count === "number" ? Math.trunc(e.count) : null,
    evidenceCount: Math.trunc(Number(e.evidenceCount ?? 0)),
    quote: String(e.quote ?? ""),
    doc: String(e.doc ?? ""),
  }));
  return { nodes, edges };
}

export async function exportGraph(executor: Executor, options: ExportOptions): Promise<ExportResult> {
  const data = await readExportData(executor, options.ids);
  return {
    contentType: CONTENT_TYPES[options.format],
    body: writeGraph(options.format, data),
    filename: `zonegraph.${options.format}`,
  };
}
