/**
 * Export: read the graph from Neo4j and write it in a format, page by page, to a sink (the HTTP
 * response of GET /api/export, or the file of `zonegraph export --format … --out PATH`). The whole graph
 * is read by keyset pages (see repositories/export.ts), each written before the next is read, so memory
 * follows the page; a scoped export (`ids`) is one bounded read. A sink that closes (the client went
 * away) stops the reads at the next page.
 */
import type { RelType } from "../../contracts/graph";
import { type EdgeEvidenceFacts, edgeEvidenceFacts } from "../export/evidenceFacts";
import { createWriter, type ExportFormatName } from "../export/formats";
import type { ExportSink } from "../export/sink";
import type { ExportData, ExportEdge, ExportNode } from "../export/types";
import type { GraphWriter } from "../export/writer";
import type { Executor } from "../neo4j/executor";
import { EXPORT_REL_TYPES, ExportRepository, type NodeRow } from "../repositories/export";
import { cleanProperties, type EvidenceArrays, RESERVED_ENTITY_KEYS } from "../repositories/fragments";
import { GraphRepository } from "../repositories/graph";
import { endNames } from "./graph";

export interface ExportOptions {
  format: ExportFormatName;
  /** Entity ids; the relationships among them are exported. Whole graph when absent. */
  ids?: string[] | undefined;
  /** Entities or relationships read per page of a whole-graph export (default {@link EXPORT_PAGE}). */
  pageSize?: number | undefined;
}

export interface ExportStats {
  nodes: number;
  edges: number;
  /** False when the sink closed before the end (the client went away). */
  complete: boolean;
}

/** Records per page: one query each, and the evidence of a page ranked with one provenance read. */
export const EXPORT_PAGE = 1000;

type End = { id: string; type?: string; name: string; nameEn?: string | null; aliases?: string[] | null };

function exportNode({ props: p, status }: NodeRow): ExportNode {
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

/** Edge rows with the evidence facts the edge details give (see export/evidenceFacts.ts). */
async function exportEdges(executor: Executor, rows: Record<string, unknown>[]): Promise<ExportEdge[]> {
  const out: ExportEdge[] = [];
  for (let i = 0; i < rows.length; i += EXPORT_PAGE) {
    const batch = rows.slice(i, i + EXPORT_PAGE);
    const ends = batch.map((r) => [r.sourceEnd as End, r.targetEnd as End] as const);
    const prov = await new GraphRepository(executor, 60_000).provenance(
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
      out.push(exportEdge(r, edgeEvidenceFacts(row, prov)));
    });
  }
  return out;
}

/** The entities of `ids` and the relationships among them, in one bounded read. */
export async function readExportData(executor: Executor, ids: string[]): Promise<ExportData> {
  const repo = new ExportRepository(executor);
  const [nodeRows, edgeRows] = await Promise.all([repo.nodes(ids), repo.edges(ids)]);
  return { nodes: nodeRows.map(exportNode), edges: await exportEdges(executor, edgeRows) };
}

/** Every entity, page by page, by (type, id). */
async function* nodePages(repo: ExportRepository, size: number, stop: () => boolean) {
  for (
    let type = await repo.nextNodeType(null);
    type !== null && !stop();
    type = await repo.nextNodeType(type)
  ) {
    let after = "";
    for (;;) {
      if (stop()) return;
      const page = await repo.nodePage(type, after, size);
      if (page.rows.length > 0) yield page.rows.map(exportNode);
      if (page.rows.length < size) break;
      after = page.last;
    }
  }
}

/** Every relationship between entities, page by page, by (type, id). */
async function* edgePages(executor: Executor, repo: ExportRepository, size: number, stop: () => boolean) {
  for (const type of EXPORT_REL_TYPES as RelType[]) {
    let after = "";
    for (;;) {
      if (stop()) return;
      const rows = await repo.edgePage(type, after, size);
      if (rows.length > 0) yield await exportEdges(executor, rows);
      if (rows.length < size) break;
      after = String(rows.at(-1)?.id);
    }
  }
}

/** Writes the pieces of `format` to `sink`: the head goes out with the first page (after its read). */
class PagedWriter {
  private pending: string;
  constructor(
    private readonly sink: ExportSink,
    readonly writer: GraphWriter,
  ) {
    this.pending = writer.head();
  }
  async write(text: string): Promise<void> {
    await this.sink.write(this.pending + text);
    this.pending = "";
  }
}

/** Writes the export of `options` to `sink`, page by page; stops early when the sink closes. */
export async function streamExport(
  executor: Executor,
  options: ExportOptions,
  sink: ExportSink,
): Promise<ExportStats> {
  const out = new PagedWriter(sink, createWriter(options.format));
  const w = out.writer;
  const stats: ExportStats = { nodes: 0, edges: 0, complete: false };
  if (options.ids && options.ids.length > 0) {
    const data = await readExportData(executor, options.ids);
    await out.write([...data.nodes.map(w.node), w.middle(), ...data.edges.map(w.edge), w.foot()].join(""));
    return { nodes: data.nodes.length, edges: data.edges.length, complete: true };
  }
  const repo = new ExportRepository(executor);
  const size = options.pageSize ?? EXPORT_PAGE;
  const stop = () => sink.closed;
  let middle = "";
  for await (const page of nodePages(repo, size, stop)) {
    await out.write(page.map(w.node).join(""));
    stats.nodes += page.length;
  }
  middle = w.middle();
  for await (const page of edgePages(executor, repo, size, stop)) {
    await out.write(middle + page.map(w.edge).join(""));
    middle = "";
    stats.edges += page.length;
  }
  if (sink.closed) return stats;
  await out.write(middle + w.foot());
  return { ...stats, complete: true };
}
