/**
 * HTTP API contract shared by the server (validation + OpenAPI) and the client (response validation).
 * Subgraphs travel in graphology's serialized shape so the client can `graph.import()` them directly.
 */
import { z } from "zod";
import { EvidenceMethod, NodeType, Properties, RelType } from "./graph";

// ---------- errors ----------
export const ErrorCode = z.enum([
  "BAD_REQUEST",
  "NOT_FOUND",
  "CYPHER_SYNTAX",
  "CYPHER_REFUSED",
  "CYPHER_TIMEOUT",
  "CYPHER_MEMORY",
  "CYPHER_RUNTIME",
  "CYPHER_ERROR",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
  "UNAUTHORIZED",
  "PAYLOAD_TOO_LARGE",
  "NEO4J_UNAVAILABLE",
  "INTERNAL",
  "DOCUMENT_REJECTED",
  "FORBIDDEN",
  "STORAGE_FULL",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;
export const ErrorBody = z.object({
  error: z.object({ code: ErrorCode, message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

// ---------- health ----------
export const Health = z.object({
  neo4j: z.enum(["up", "down"]),
  version: z.string().nullable(),
  edition: z.string().nullable().optional(),
  database: z.string(),
  counts: z.record(z.string(), z.number()),
  message: z.string().optional(),
});
export type Health = z.infer<typeof Health>;
export const ReadyResponse = z.object({
  ready: z.boolean(),
  neo4j: z.enum(["up", "down"]),
  loaded: z.boolean(),
  /**
   * The graph's state from the latest load record: `loading` while a load runs, `incomplete` after one
   * was interrupted or failed (not ready in either case), `empty` when nothing was ever loaded.
   */
  state: z.enum(["ready", "empty", "loading", "incomplete", "unknown"]).optional(),
});
export type ReadyResponse = z.infer<typeof ReadyResponse>;

// ---------- graphology serialized subgraphs ----------
/** Labels that are not entity types but can appear in Cypher results. */
export const AnyNodeType = z.union([NodeType, z.enum(["Document", "Passage", "Claim"]), z.string()]);
export const NodeAttributes = z
  .object({
    type: AnyNodeType,
    /** Display label in Chinese (canonical name). */
    label: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    /** Total degree in the database (not in the subgraph), for sizing and "more to expand" hints. */
    degree: z.number().int().nonnegative().optional(),
  })
  .catchall(z.unknown());
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z
  .object({
    type: z.union([RelType, z.string()]),
    confidence: z.number().nullable().optional(),
    /** Number of evidence quotes; details via GET /api/edges/:id. */
    evidenceCount: z.number().int().nonnegative().optional(),
    /** Inline evidence (paths and corridor explanations carry it). */
    evidence: z.array(z.lazy(() => EvidenceView)).optional(),
  })
  .catchall(z.unknown());
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const SerializedNode = z.object({ key: z.string(), attributes: NodeAttributes });
export const SerializedEdge = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  attributes: EdgeAttributes,
});
export const SerializedGraph = z.object({
  options: z
    .object({ type: z.literal("directed"), multi: z.boolean(), allowSelfLoops: z.boolean() })
    .optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(SerializedNode),
  edges: z.array(SerializedEdge),
});
export type SerializedGraph = z.infer<typeof SerializedGraph>;

export const Subgraph = z.object({
  graph: SerializedGraph,
  truncated: z.boolean(),
  /** When truncated: what was left out, per node type / relationship type. */
  omitted: z.object({
    nodes: z.record(z.string(), z.number()),
    relationships: z.record(z.string(), z.number()),
  }),
  /** Only for a subgraph by ids: the ids asked for that name no node (they are simply absent from graph). */
  missing: z.array(z.string()).optional(),
});
export type Subgraph = z.infer<typeof Subgraph>;

// ---------- evidence / provenance ----------
export const EvidenceView = z.object({
  doc: z.string(),
  docTitle: z.string(),
  docDate: z.string(),
  passage: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  method: EvidenceMethod,
  /** The whole sentence (passage) the quote lies in, as in the original file, and its start offset. */
  sentence: z.string().optional(),
  sentenceStart: z.number().int().optional(),
  /** How many ends of the relation the sentence names (0–2); ranked evidence only. */
  endsNamed: z.number().int().min(0).max(2).optional(),
  /** Other documents that state the same sentence word for word (collapsed into this one). */
  alsoIn: z.array(z.object({ doc: z.string(), docTitle: z.string(), docDate: z.string() })).optional(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;

export const MentionView = z.object({
  doc: z.string(),
  docTitle: z.string(),
  docDate: z.string(),
  passage: z.string(),
  /** Passage offsets in the original document. */
  passageStart: z.number().int(),
  passageEnd: z.number().int(),
  /** The passage text (display form, PDF line breaks rejoined). */
  text: z.string(),
  /** The mention's offsets in the original document and its surface form. */
  start: z.number().int(),
  end: z.number().int(),
  surface: z.string(),
});
export type MentionView = z.infer<typeof MentionView>;

export const ClaimView = z.object({
  id: z.string(),
  predicate: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string().nullable(),
  asOf: z.string().nullable(),
  statedYear: z.number().int().nullable(),
  evidence: z.array(EvidenceView),
});
export type ClaimView = z.infer<typeof ClaimView>;

// ---------- search ----------
/** A comma-separated query parameter ("a,b") or a repeated one (?x=a&x=b), as an array. */
const csv = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(item),
  );
export const SearchQuery = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(200, "q is longer than 200 characters"),
  types: csv(NodeType).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const SearchHit = z.object({
  id: z.string(),
  type: NodeType,
  name: z.string(),
  nameEn: z.string().nullable(),
  aliases: z.array(z.string()),
  degree: z.number().int(),
  score: z.number(),
  /** The name, alias or pinyin that matched. */
  matched: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResponse = z.object({ query: z.string(), hits: z.array(SearchHit) });
export type SearchResponse = z.infer<typeof SearchResponse>;

// ---------- node / edge detail ----------
export const DegreeCount = z.object({
  type: z.string(),
  direction: z.enum(["out", "in"]),
  count: z.number().int(),
});
export type DegreeCount = z.infer<typeof DegreeCount>;
export const NodeDetail = z.object({
  id: z.string(),
  type: NodeType,
  name: z.string(),
  nameEn: z.string().nullable(),
  aliases: z.array(z.string()),
  source: z.string().nullable(),
  properties: Properties,
  degrees: z.array(DegreeCount),
  claims: z.array(ClaimView),
  mentions: z.array(MentionView),
  mentionCount: z.number().int(),
});
export type NodeDetail = z.infer<typeof NodeDetail>;

export const EdgeDetail = z.object({
  id: z.string(),
  type: z.string(),
  source: z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable(), type: z.string() }),
  target: z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable(), type: z.string() }),
  confidence: z.number().nullable(),
  properties: Properties,
  /** Best first: sentences naming both ends, then one; headings and fragments left out. */
  evidence: z.array(EvidenceView),
  /** How many stored quotes were left out as headings or fragments. */
  hiddenEvidence: z.number().int().nonnegative().optional(),
  /** ALIGNS_WITH: how far the party has gone with the agreement (stored, else read from the sentences). */
  stage: z.enum(["applied", "signed", "ratified", "in_force", "pilots", "aligned"]).optional(),
});
export type EdgeDetail = z.infer<typeof EdgeDetail>;

// ---------- neighbourhood / subgraph ----------
export const NeighborhoodQuery = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  types: csv(NodeType).optional(),
  rels: csv(RelType).optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(150),
});
/** Most node ids one subgraph-by-ids request may name (a shared view carries at most 400). */
export const MAX_SUBGRAPH_IDS = 500;
/** Longest node id accepted (as for path parameters). */
export const MAX_ID_LENGTH = 500;
const NodeId = z
  .string()
  .trim()
  .min(1, "id must not be empty")
  .max(MAX_ID_LENGTH, `id is longer than ${MAX_ID_LENGTH} characters`);
const NodeIdList = z
  .array(NodeId)
  .min(1, "ids must name at least one node")
  .max(MAX_SUBGRAPH_IDS, `ids names more than ${MAX_SUBGRAPH_IDS} nodes`);
/**
 * Node ids as a query parameter: comma-separated ("a,b") or repeated (?ids=a&ids=b). Unlike the other lists,
 * empty items are refused rather than dropped ("a,,b" is a 400), so a broken link does not pass silently.
 */
const idsParam = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",") : v),
  NodeIdList.describe(
    `Node ids (entities, documents, passages, claims), comma-separated or the parameter repeated; at most ${MAX_SUBGRAPH_IDS}. Returns those nodes and the relationships among them; types and limit do not apply.`,
  ),
);
export const SubgraphQuery = z.object({
  ids: idsParam.optional(),
  types: csv(NodeType).optional(),
  rels: csv(RelType).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
/** POST /api/subgraph: the same subgraph by ids, for lists too long for a URL (a whole shared scene). */
export const SubgraphIdsRequest = z.strictObject({
  ids: NodeIdList,
  rels: z.array(RelType).optional(),
});
export type SubgraphIdsRequest = z.infer<typeof SubgraphIdsRequest>;

// ---------- paths ----------
export const PathsQuery = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  maxLength: z.coerce.number().int().min(1).max(8).default(4),
  k: z.coerce.number().int().min(1).max(20).default(3),
  includeCoOccurrence: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .default(false),
  /** Relationship types a path may use (comma-separated); default: every typed relationship. */
  types: csv(RelType).optional(),
});
export const PathView = z.object({
  length: z.number().int(),
  nodes: z.array(z.string()),
  edges: z.array(z.string()),
});
export const PathsResponse = z.object({
  from: z.string(),
  to: z.string(),
  paths: z.array(PathView),
  /** Union of the paths; edges carry their evidence inline. */
  graph: SerializedGraph,
  /** Why no (or fewer) paths came back, for people: "no typed path within 4 hops". */
  reason: z.string().optional(),
  /**
   * The same reason as a code, for clients that translate it: no path within the hops (`noPath`), none
   * among the relationships the search's caps let it read (`capped`), or the search's deadline (`deadline`).
   */
  reasonCode: z.enum(["noPath", "capped", "deadline"]).optional(),
  /** The numbers the reason names: relationships read and the caps (`capped`), the deadline in seconds. */
  reasonFacts: z
    .object({
      read: z.number().int(),
      perNode: z.number().int(),
      budget: z.number().int(),
      seconds: z.number(),
    })
    .partial()
    .optional(),
  /** When co-occurrence was not allowed and no path was found: how many paths it would allow (≤ k). */
  coOccurrencePaths: z.number().int().optional(),
});
export type PathsResponse = z.infer<typeof PathsResponse>;

// ---------- corridors ----------
export const CorridorSummary = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  zoneCount: z.number().int(),
  directCount: z.number().int(),
  /**
   * In the corridor list: its stations in all (places it runs through, from its precomputed counts) and
   * whether the counts above saw every one of them (false: they count the zones of the first
   * `CORRIDOR_LIST.stations` stations, a lower bound; the corridor's zones page through all of them).
   */
  stations: z.number().int().optional(),
  complete: z.boolean().optional(),
});
export type CorridorSummary = z.infer<typeof CorridorSummary>;
/** The corridor list: corridors per page and stations read per corridor for its counts, by default and at most. */
export const CORRIDOR_LIST = { limit: 1000, stations: 100 } as const;
export const CorridorsQuery = z.object({
  /** Where the page starts: `next` of the previous answer (omit for the first one). */
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, "cursor must be the next of a previous answer")
    .optional(),
  /** Corridors in this page, highest degree first. */
  limit: z.coerce.number().int().min(1).max(CORRIDOR_LIST.limit).default(CORRIDOR_LIST.limit),
});
export type CorridorsQuery = z.infer<typeof CorridorsQuery>;
export const CorridorsResponse = z.object({
  corridors: z.array(CorridorSummary),
  /** Cursor of the next page of corridors; null when this is the last (absent from servers before paging). */
  next: z.string().nullable().optional(),
});
export type CorridorsResponse = z.infer<typeof CorridorsResponse>;
export const Directness = z.enum(["direct", "area", "port", "city", "province", "country"]);
export const ChainStep = z.object({
  edge: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  evidence: z.array(EvidenceView),
});
export const CorridorZoneLink = z.object({
  zone: z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() }),
  directness: Directness,
  /** 1 = most direct. */
  rank: z.number().int(),
  /** Human-readable explanation, e.g. "zone → area 二连浩特片区 → corridor". */
  explanation: z.string(),
  chain: z.array(ChainStep),
});
/** Stations (places a corridor runs through) read per page of its zones, by default and at most. */
export const CORRIDOR_PAGE_SIZE = { default: 100, max: 1000 } as const;
export const CorridorZonesQuery = z.object({
  /** Where the page starts: `page.next` of the previous page (omit for the first one). */
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, "cursor must be the page.next of a previous answer")
    .optional(),
  /** Stations read in this page; every zone linked through them comes back. */
  pageSize: z.coerce.number().int().min(1).max(CORRIDOR_PAGE_SIZE.max).default(CORRIDOR_PAGE_SIZE.default),
});
export type CorridorZonesQuery = z.infer<typeof CorridorZonesQuery>;
export const CorridorZonesPage = z.object({
  /** Stations (ON_CORRIDOR/CONNECTS neighbours that are places) read by this page. */
  stations: z.number().int(),
  /** Stations of the corridor in all (its precomputed relationship counts). */
  totalStations: z.number().int(),
  /** Cursor of the next page; null when this page read the last station. */
  next: z.string().nullable(),
});
export const CorridorZonesResponse = z.object({
  /** zoneCount and directCount count the links of this page. */
  corridor: CorridorSummary,
  links: z.array(CorridorZoneLink),
  graph: SerializedGraph,
  /** Which of the corridor's stations this answer covers (absent from servers before paging). */
  page: CorridorZonesPage.optional(),
});
export type CorridorZonesResponse = z.infer<typeof CorridorZonesResponse>;

// ---------- analysts' Cypher ----------
export const CypherRequest = z.object({
  query: z.string().min(1, "query must not be empty").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
  limit: z.number().int().min(1).max(10_000).default(1000),
});
export const CypherResponse = z.object({
  columns: z.array(z.string()),
  /** Rows as JSON: nodes as {id, labels, properties}, relationships as {id, type, start, end, properties}. */
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: SerializedGraph,
  /**
   * false when the answer is whole; otherwise why records were left out: "rows" (the row cap or
   * `limit`) or "bytes" (the response budget, CYPHER_BYTE_LIMIT). Pulling stopped there.
   */
  truncated: z.union([z.literal(false), z.object({ reason: z.enum(["rows", "bytes"]) })]),
  queryType: z.string(),
  elapsedMs: z.number(),
});
export type CypherResponse = z.infer<typeof CypherResponse>;

// ---------- named queries ----------
export const NamedQueryParam = z.object({
  name: z.string(),
  type: z.enum(["string", "integer", "float", "boolean", "string[]"]),
  default: z.unknown().optional(),
  description: z.string(),
});
export const NamedQuery = z.object({
  name: z.string(),
  title: z.string().optional(),
  /** The title and description in Chinese (`// @titleZh`, `// @descriptionZh`); the others are English. */
  titleZh: z.string().optional(),
  description: z.string(),
  descriptionZh: z.string().optional(),
  params: z.array(NamedQueryParam),
  cypher: z.string(),
});
export type NamedQuery = z.infer<typeof NamedQuery>;
export const NamedQueriesResponse = z.object({ queries: z.array(NamedQuery) });
export const RunNamedQueryRequest = z.object({
  params: z.record(z.string(), z.unknown()).default({}),
  limit: z.number().int().min(1).max(10_000).default(1000),
});

// ---------- documents ----------
export const DocumentSummary = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  author: z.string(),
  date: z.string(),
  year: z.number().int().nullable(),
  kind: z.string(),
  chars: z.number().int(),
  passageCount: z.number().int(),
  mentionCount: z.number().int(),
});
export const DocumentsResponse = z.object({ documents: z.array(DocumentSummary) });
export const DocumentDetail = DocumentSummary.extend({
  text: z.string(),
  mentions: z.array(
    z.object({
      node: z.string(),
      type: z.string(),
      name: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

// ---------- export ----------
export const ExportFormat = z.enum(["json", "graphml", "gexf", "csv"]);
export const ExportQuery = z.object({
  format: ExportFormat.default("json"),
  ids: csv(z.string().min(1)).optional(),
});
/**
 * GET /api/export?format=json (graphology's serialized shape). Nodes carry their zone `status` as
 * GET /api/nodes/:id implies it; edges carry `evidenceCount` and `methods` of the evidence GET
 * /api/edges/:id shows, and `stage` (ALIGNS_WITH) as it gives it. GraphML and GEXF carry the same
 * attributes (methods joined with " | ", null as "").
 */
export const ExportGraphJson = z.object({
  options: z.object({ type: z.literal("directed"), multi: z.boolean(), allowSelfLoops: z.boolean() }),
  attributes: z.object({ name: z.string(), exportedAt: z.string() }),
  nodes: z.array(
    z.object({
      key: z.string(),
      attributes: z
        .object({
          type: z.string(),
          label: z.string(),
          name: z.string(),
          nameEn: z.string().nullable(),
          aliases: z.array(z.string()),
          degree: z.number().int(),
          source: z.string().nullable(),
          status: z.enum(["established", "applied", "proposed"]).nullable(),
        })
        .catchall(z.unknown()),
    }),
  ),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: z.object({
        type: z.string(),
        confidence: z.number().nullable(),
        evidenceCount: z.number().int().nonnegative(),
        methods: z.array(z.string()),
        stage: z.string().nullable(),
        count: z.number().int().optional(),
        quote: z.string(),
        doc: z.string(),
      }),
    }),
  ),
});
export type ExportGraphJson = z.infer<typeof ExportGraphJson>;

/**
 * GET /api/export?format=csv: one table, UTF-8 with a BOM, CRLF lines, RFC 4180 quoting, a `kind`
 * column (node | edge). Nodes fill id…degree and `status`; edges fill id, type, source…doc, `stage` and
 * `methods` (joined with " | "): the values of the JSON export (null as ""). Cells a spreadsheet would
 * evaluate (starting with = + - @) are prefixed with '.
 */
export const EXPORT_CSV_COLUMNS = [
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
  "status",
  "stage",
  "methods",
] as const;
export const ExportCsvRow = z.object(
  Object.fromEntries(EXPORT_CSV_COLUMNS.map((c) => [c, z.string()])) as Record<
    (typeof EXPORT_CSV_COLUMNS)[number],
    z.ZodString
  >,
);
export type ExportCsvRow = z.infer<typeof ExportCsvRow>;
