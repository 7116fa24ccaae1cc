/**
 * The knowledge graph as the extractor produces it and the loader consumes it
 * (`zonegraph extract --out FILE.json`). Defined once here; types are inferred from the schemas.
 *
 * Offsets (`start`, `end`) are JavaScript string indices (UTF-16 code units) into the decoded text
 * of the ORIGINAL document file, end exclusive: `text.slice(start, end) === quote` always holds,
 * also for PDF-extracted documents whose sentences span broken lines (the quote then contains them).
 */
import { z } from "zod";

export const NODE_TYPES = [
  "FreeTradeZone",
  "Area",
  "Province",
  "City",
  "Country",
  "Corridor",
  "Port",
  "Agreement",
  "Organization",
  "DevZone",
  "Industry",
] as const;
export const NodeType = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeType>;

/** An entity's id: its type and canonical name (`City:杜伊斯堡`), the one scheme server and client share. */
export function nodeId(type: NodeType | string, name: string): string {
  return `${type}:${name}`;
}

/** The type part of an id made by `nodeId` (`City:杜伊斯堡` → `City`). */
export function idType(id: string): string {
  return id.slice(0, id.indexOf(":"));
}

/** Typed relationships (each needs evidence) plus the weaker, separate CO_OCCURS. */
export const REL_TYPES = [
  "PART_OF",
  "LOCATED_IN",
  "BORDERS",
  "ON_CORRIDOR",
  "CONNECTS",
  "ALIGNS_WITH",
  "COOPERATES_WITH",
  "FOCUSES_ON",
  "APPLIES_FOR",
  "HAS_PLATFORM",
  "LINKED_PORT",
  "CO_OCCURS",
] as const;
export const RelType = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelType>;

/** How a fact was found ("learned": the relation classifier of server/extract/learned, when on). */
export const EvidenceMethod = z.enum(["catalog", "pattern", "table", "cooccurrence", "human", "learned"]);
export type EvidenceMethod = z.infer<typeof EvidenceMethod>;

export const Scalar = z.union([z.string(), z.number(), z.boolean()]);
/** Neo4j-storable property values: scalars or homogeneous arrays of scalars. */
export const PropertyValue = z.union([Scalar, z.array(z.string()), z.array(z.number())]);
export const Properties = z.record(z.string(), PropertyValue);

export const DocumentMeta = z.object({
  /** Stable id derived from the file name, e.g. "doc:000_5855035de3b89a8d". */
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  author: z.string(),
  /** As given by MANIFEST.tsv (free text such as "2026-04-09" or "2026-01 or later"). */
  date: z.string(),
  /** Sortable year, when the date names one. */
  year: z.number().int().nullable(),
  kind: z.string(),
  notes: z.string(),
  sha256: z.string(),
  /** Length of the decoded text in UTF-16 code units. */
  chars: z.number().int().nonnegative(),
  /** The source encoding that was decoded, e.g. "utf-8" or "gb18030". */
  encoding: z.string(),
  /** The decoded text itself, so that the graph (and Neo4j) can show the exact document. */
  text: z.string().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** A sentence (or table row) of a document, with offsets into the original file. */
export const Passage = z.object({
  id: z.string().min(1),
  doc: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Exactly the original text at [start, end) (may contain the line breaks of a PDF extraction). */
  text: z.string(),
  /** The same text with PDF line breaks rejoined, for display. */
  clean: z.string(),
});
export type Passage = z.infer<typeof Passage>;

export const Evidence = z.object({
  doc: z.string().min(1),
  /** The Passage (sentence) the quote lies in. */
  passage: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().min(1),
  method: EvidenceMethod,
});
export type Evidence = z.infer<typeof Evidence>;

export const GraphNode = z.object({
  /** Stable across runs: `${type}:${canonical Chinese name}`, e.g. "Area:二连浩特片区". */
  id: z.string().min(1),
  type: NodeType,
  name: z.string().min(1),
  nameEn: z.string().nullable(),
  aliases: z.array(z.string()),
  /** "catalog" when the entity is in data/catalog, "pattern" when found by the language's patterns. */
  source: z.enum(["catalog", "pattern", "table"]),
  properties: Properties,
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  /** Stable across runs: `${type}:${source}->${target}`. */
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  type: RelType,
  /** Never empty: a relationship without evidence is a defect. */
  evidence: z.array(Evidence).min(1),
  confidence: z.number().min(0).max(1),
  properties: Properties,
});
export type GraphEdge = z.infer<typeof GraphEdge>;

/** An entity named in a passage. */
export const Mention = z.object({
  node: z.string().min(1),
  passage: z.string().min(1),
  doc: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  surface: z.string().min(1),
});
export type Mention = z.infer<typeof Mention>;

/**
 * A dated, sourced statement about a subject: counts ("21 zones" in 2023, "23" in 2026), trade
 * volumes, train counts, areas in km², shares, establishment dates from tables... Claims that
 * disagree are kept side by side, never merged.
 */
export const Claim = z.object({
  id: z.string().min(1),
  /** Node id of the subject. */
  subject: z.string().min(1),
  /** Machine name of what is claimed, e.g. "zone_count", "trade_volume", "area_km2", "established". */
  predicate: z.string().min(1),
  value: z.union([z.number(), z.string()]),
  unit: z.string().nullable(),
  /** The time the claim refers to ("2024", "2025-01..2025-09"), when the sentence says it. */
  asOf: z.string().nullable(),
  /** Year of the stating document, to order claims over time. */
  statedYear: z.number().int().nullable(),
  evidence: z.array(Evidence).min(1),
  properties: Properties,
});
export type Claim = z.infer<typeof Claim>;

export const Problem = z.object({
  file: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
});
export type Problem = z.infer<typeof Problem>;

export const ExtractedGraph = z.object({
  version: z.literal(1),
  documents: z.array(DocumentMeta),
  passages: z.array(Passage),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  mentions: z.array(Mention),
  claims: z.array(Claim),
  /** Files that could not be used (binary, empty, undecodable, too large...), with the reason. */
  problems: z.array(Problem),
});
export type ExtractedGraph = z.infer<typeof ExtractedGraph>;
