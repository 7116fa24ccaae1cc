/**
 * Export: read the graph from Neo4j and write it in a format. `exportGraph` is shared by
 * GET /api/export and the CLI (`zonegraph export --format … --out PATH`).
 */
import { type EdgeEvidenceFacts, edgeEvidenceFacts } from "../export/evidenceFacts";
import { CONTENT_TYPES, type ExportFormatName, writeGraph } from "../export/formats";
import type { ExportData, ExportEdge, ExportNode } from "../export/types";
import type { Executor } from "../neo4j/executor";
import { ExportRepository } from "../repositories/export";
import { cleanProperties, type EvidenceArrays, RESERVED_ENTITY_KEYS } from "../repositories/fragments";
import { GraphRepository } from "../repositories/graph";
import { endNames } from "./graph";

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

/** Edges whose evidence is ranked per batch (one provenance read per batch: cost follows the export). */
const EVIDENCE_BATCH = 1000;

type End = { id: string; type?: string; name: string; nameEn?: string | null; aliases?: string[] | null };

function exportNode(p: Record<string, unknown>, status: string | null): ExportNode {
  return {
    id: String(p.id),
    type: String(p.type ?? ""),
    name: String(p.name ?? ""),
    nameEn: typeof p.nameEn === "string" ? p.nameEn : null,
    aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
    degree: Math.trunc(Number(p.degree ?? 0)),
    source: typeof p.source === "string" ? p.source : null,
    status,
    properties: cleanProperties(p, RESERVED_ENTITY_KEYS),
  };
}

function exportEdge(e: Record<string, unknown>, facts: EdgeEvidenceFacts): ExportEdge {
  return {
    id: String(e.id ?? `${e.type}:${e.source}->${e.target}`),
    type: String(e.type),
    source: String(e.source),
    target: String(e.target),
    confidence: typeof e.confidence === "number" ? e.confidence : null,
    count: typeof e.count === "number" ? Math.trunc(e.count) : null,
    ...facts,
    quote: String(e.quote ?? ""),
    doc: String(e.doc ?? ""),
  };
}

/** The evidence facts of each edge row, as the edge details give them (see export/evidenceFacts.ts). */
async function evidenceFacts(
  executor: Executor,
  rows: Record<string, unknown>[],
): Promise<EdgeEvidenceFacts[]> {
  const graph = new GraphRepository(executor, 60_000);
  const out: EdgeEvidenceFacts[] = [];
  for (let i = 0; i < rows.length; i += EVIDENCE_BATCH) {
    const batch = rows.slice(i, i + EVIDENCE_BATCH);
    const ends = batch.map((r) => [r.sourceEnd as End, r.targetEnd as End] as const);
    const prov = await graph.provenance(
      batch.map((r) => r.ev as EvidenceArrays),
      [...new Set(ends.flat().map((e) => e.id))],
    );
    batch.forEach((r, j) => {
      const [a, b] = ends[j] as readonly [End, End];
      const row = {
        type: String(r.type),
        ev: r.ev as EvidenceArrays,
        stage: r.stage,
        sourceType: String(a.type ?? ""),
        ends: [endNames(a), endNames(b)],
      };
      out.push(edgeEvidenceFacts(row, prov));
    });
  }
  return out;
}

export async function readExportData(executor: Executor, ids?: string[]): Promise<ExportData> {
  const repo = new ExportRepository(executor);
  const selected = ids && ids.length > 0 ? ids : null;
  const [nodeRows, edgeRows] = await Promise.all([repo.nodes(selected), repo.edges(selected)]);
  const facts = await evidenceFacts(executor, edgeRows);
  return {
    nodes: nodeRows.map((r) => exportNode(r.props, r.status)),
    edges: edgeRows.map((e, i) => exportEdge(e, facts[i] as EdgeEvidenceFacts)),
  };
}

export async function exportGraph(executor: Executor, options: ExportOptions): Promise<ExportResult> {
  const data = await readExportData(executor, options.ids);
  return {
    contentType: CONTENT_TYPES[options.format],
    body: writeGraph(options.format, data),
    filename: `zonegraph.${options.format}`,
  };
}
