/** The graph as exported: entities and typed relationships (CO_OCCURS included, with its count). */
export interface ExportNode {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  degree: number;
  source: string | null;
  /** A zone's status as GET /api/nodes/:id gives it (established, applied, proposed); else null. */
  status: string | null;
  properties: Record<string, string | number | boolean | string[] | number[]>;
}
export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  confidence: number | null;
  count: number | null;
  /** Shown evidence as GET /api/edges/:id lists it (headings and fragments out, duplicates collapsed). */
  evidenceCount: number;
  /** Distinct extraction methods of that evidence, sorted. */
  methods: string[];
  /** ALIGNS_WITH: the agreement stage GET /api/edges/:id gives; else null. */
  stage: string | null;
  /** The first evidence quote and its document, enough to check a fact from a spreadsheet. */
  quote: string;
  doc: string;
}
export interface ExportData {
  nodes: ExportNode[];
  edges: ExportEdge[];
}
