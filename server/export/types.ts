/** The graph as exported: entities and typed relationships (CO_OCCURS included, with its count). */
export interface ExportNode {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  degree: number;
  source: string | null;
  properties: Record<string, string | number | boolean | string[] | number[]>;
}
export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  confidence: number | null;
  count: number | null;
  evidenceCount: number;
  /** The first evidence quote and its document, enough to check a fact from a spreadsheet. */
  quote: string;
  doc: string;
}
export interface ExportData {
  nodes: ExportNode[];
  edges: ExportEdge[];
}
