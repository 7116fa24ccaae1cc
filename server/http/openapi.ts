/**
 * The OpenAPI 3 document, generated from the same zod schemas (contracts/api.ts) that validate the
 * requests and the responses: z.toJSONSchema, no extra library. Served at /api/openapi.json.
 */
import { z } from "zod";
import {
  CorridorsQuery,
  CorridorsResponse,
  CorridorZonesQuery,
  CorridorZonesResponse,
  CypherRequest,
  CypherResponse,
  DocumentDetail,
  DocumentsResponse,
  EdgeDetail,
  ErrorBody,
  EXPORT_CSV_COLUMNS,
  ExportGraphJson,
  ExportQuery,
  Health,
  MAX_SUBGRAPH_IDS,
  NamedQueriesResponse,
  NeighborhoodQuery,
  NodeDetail,
  PathsQuery,
  PathsResponse,
  ReadyResponse,
  RunNamedQueryRequest,
  SearchQuery,
  SearchResponse,
  Subgraph,
  SubgraphIdsRequest,
  SubgraphQuery,
} from "../../contracts/api";
import { INGEST_OPERATIONS } from "./openapiIngest";
import { QueryNameParam } from "./routes/analyst";
import { CYPHER_PLAN_OPERATIONS } from "./routes/cypherPlan";
import { FUZZY_OPERATIONS } from "./routes/fuzzySearch";
import { GEO_OPERATIONS } from "./routes/geo";
import { IdParam } from "./routes/graph";
import { SCENE_OPERATIONS } from "./routes/scenes";
import { VIEW_OPERATIONS } from "./routes/views";

export interface Operation {
  method: "get" | "post" | "delete";
  /** Express-style path under /api, e.g. "/nodes/:id". */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  /** A multipart/form-data body: these text fields plus one or more binary "files" parts. */
  multipart?: z.ZodObject;
  /** The 200 response: a JSON schema, or content types (with the schema of the JSON one, if any). */
  response: z.ZodType | { contentTypes: string[]; json?: z.ZodType };
  errors: number[];
}

export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/health",
    tag: "health",
    summary: "Neo4j status, version and graph counts",
    description:
      "200 when Neo4j answers, 503 (same body, neo4j: down) when it does not. Never needs the API key.",
    response: Health,
    errors: [503],
  },
  {
    method: "get",
    path: "/ready",
    tag: "health",
    summary: "Readiness: Neo4j up and the corpus loaded",
    response: ReadyResponse,
    errors: [503],
  },
  {
    method: "get",
    path: "/search",
    tag: "graph",
    summary: "Ranked search over entity names, aliases, English names and pinyin (autocomplete)",
    description:
      "Full-text (cjk analyser) combined with substring matching for short inputs; exact names first, then prefixes.",
    query: SearchQuery,
    response: SearchResponse,
    errors: [400, 503],
  },
  {
    method: "get",
    path: "/nodes/:id",
    tag: "graph",
    summary: "An entity: names, properties, degree per relationship type, dated claims, mentions",
    params: IdParam,
    response: NodeDetail,
    errors: [400, 404, 503],
  },
  {
    method: "get",
    path: "/nodes/:id/neighborhood",
    tag: "graph",
    summary: "Capped neighbourhood subgraph (graphology serialized)",
    description:
      "Fan-out is capped per node (neighbours ranked by confidence then degree); when a cap bites, truncated is true and omitted counts what was left out per type. CO_OCCURS only when rels names it.",
    params: IdParam,
    query: NeighborhoodQuery,
    response: Subgraph,
    errors: [400, 404, 503],
  },
  {
    method: "get",
    path: "/edges/:id",
    tag: "graph",
    summary: "A relationship with its evidence (quotes, documents, offsets)",
    params: IdParam,
    response: EdgeDetail,
    errors: [400, 404, 503],
  },
  {
    method: "get",
    path: "/subgraph",
    tag: "graph",
    summary:
      "Filtered overview; without filters the start view (zones, their provinces, corridors, agreements); with ids, those nodes",
    description: `With ids (at most ${MAX_SUBGRAPH_IDS}): those nodes (entities, documents, passages, claims) and the relationships among them — typed relationships over rels (CO_OCCURS only when named) and provenance ones; ids that name no node are left out and listed in missing. ids cannot be combined with types or limit. A URL holds a few dozen ids: POST /api/subgraph takes a whole shared view.`,
    query: SubgraphQuery,
    response: Subgraph,
    errors: [400, 503],
  },
  {
    method: "post",
    path: "/subgraph",
    tag: "graph",
    summary: "The nodes named by ids and the relationships among them (restores a shared view)",
    description:
      "Same answer as GET /api/subgraph?ids=…, for lists too long for a URL: ids that name no node are left out and listed in missing. Not rate-limited and not guarded like /cypher: it runs a fixed query.",
    body: SubgraphIdsRequest,
    response: Subgraph,
    errors: [400, 413, 415, 503],
  },
  {
    method: "get",
    path: "/paths",
    tag: "graph",
    summary: "Shortest and k shortest paths between two entities, every edge with its evidence",
    query: PathsQuery,
    response: PathsResponse,
    errors: [400, 404, 503],
  },
  {
    method: "get",
    path: "/corridors",
    tag: "corridors",
    summary: "Corridors with the number of linked zones (all and direct)",
    description:
      "Highest degree first, at most limit per page (cursor = next of the previous answer). Each corridor's counts come from its best chains from at most 100 of its stations (its ON_CORRIDOR/CONNECTS neighbours that are places): stations gives how many it has in all, and complete is false when the counts are a lower bound (GET /api/corridors/:id/zones pages through every station).",
    query: CorridorsQuery,
    response: CorridorsResponse,
    errors: [400, 503],
  },
  {
    method: "get",
    path: "/corridors/:id/zones",
    tag: "corridors",
    summary: "The zones linked to a corridor, directly or through an explained chain, ranked by directness",
    description:
      "Paged by the corridor's stations (its ON_CORRIDOR/CONNECTS neighbours that are zones, areas, ports, cities, provinces or countries): a page reads at most pageSize of them, from cursor, and returns every zone linked through them with its best chain per kind of link; page.next is the cursor of the next page (null after the last station), page.totalStations comes from the corridor's precomputed relationship counts. A corridor with at most pageSize stations answers in one page.",
    params: IdParam,
    query: CorridorZonesQuery,
    response: CorridorZonesResponse,
    errors: [400, 404, 503],
  },
  {
    method: "post",
    path: "/cypher",
    tag: "analysts",
    summary: "Run read-only Cypher (guarded, timed out, row-capped, rate-limited)",
    description:
      "Refused (403 CYPHER_REFUSED) unless the query's expressions stay within the guard's size limits, EXPLAIN reports query type r (or s for an allow-listed read-only procedure), every plan operator and procedure is on the read-only allow-list and every variable-length pattern has an upper bound of at most 10 hops; runs in a READ transaction that ends at the CYPHER_TIMEOUT_MS deadline (408 CYPHER_TIMEOUT), with at most `limit` rows (truncated: {reason: rows}) and at most CYPHER_BYTE_LIMIT bytes of answer (truncated: {reason: bytes}). A non-JSON body is refused (415).",
    body: CypherRequest,
    response: CypherResponse,
    errors: [400, 403, 408, 413, 415, 422, 429, 503],
  },
  {
    method: "get",
    path: "/queries",
    tag: "analysts",
    summary: "The named queries of cypher/queries with their parameters",
    response: NamedQueriesResponse,
    errors: [],
  },
  {
    method: "post",
    path: "/queries/:name/run",
    tag: "analysts",
    summary: "Run a named query with parameters (same guarded path as /cypher)",
    params: QueryNameParam,
    body: RunNamedQueryRequest,
    response: CypherResponse,
    errors: [400, 403, 404, 408, 413, 415, 422, 429, 503],
  },
  {
    method: "get",
    path: "/documents",
    tag: "documents",
    summary: "The corpus documents with passage and mention counts",
    response: DocumentsResponse,
    errors: [503],
  },
  {
    method: "get",
    path: "/documents/:id",
    tag: "documents",
    summary: "A document's text with the entity mention spans (offsets into the text)",
    params: IdParam,
    response: DocumentDetail,
    errors: [400, 404, 503],
  },
  {
    method: "get",
    path: "/export",
    tag: "export",
    summary:
      "The graph (or the entities of ids and the relationships among them) as JSON, GraphML, GEXF or CSV",
    query: ExportQuery,
    description: `Nodes carry \`status\` (zones), edges \`evidenceCount\`, \`methods\` and \`stage\` (ALIGNS_WITH), as GET /api/nodes/:id and GET /api/edges/:id give them, in every format. The whole graph is streamed page by page. CSV columns: ${EXPORT_CSV_COLUMNS.join(", ")} (methods joined with " | ", null as "").`,
    response: {
      contentTypes: ["application/json", "application/graphml+xml", "application/gexf+xml", "text/csv"],
      json: ExportGraphJson,
    },
    errors: [400, 503],
  },
  ...FUZZY_OPERATIONS,
  ...CYPHER_PLAN_OPERATIONS,
  ...VIEW_OPERATIONS,
  ...GEO_OPERATIONS,
  ...SCENE_OPERATIONS,
];

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid parameter or body (the message names it), a Cypher syntax error, or a Cypher runtime error (CYPHER_RUNTIME)",
  401: "Missing or invalid API key (only when API_KEY is set)",
  403: "Cypher refused by the read-only guard; or a write while the app listens beyond localhost without API_KEY",
  404: "No such entity, relationship, corridor, document or query",
  408: "The query was stopped at its deadline (CYPHER_TIMEOUT_MS)",
  409: "Duplicate upload: a stored document has the same content (SHA-256)",
  413: "The request body is larger than BODY_LIMIT (an upload: larger than UPLOAD_MAX_BYTES)",
  415: "The request body is not JSON (Content-Type must be application/json); or an upload of an unsupported file type (checked by content)",
  422: "The query exceeded the per-transaction memory limit; or an upload refused (encrypted or scanned-only PDF, broken archive, no text)",
  429: "Rate limit of the analyst endpoints",
  503: "Neo4j is unavailable",
  507: "The store of share scenes is full (SCENES_MAX): the scene was not stored",
};

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, target: "openapi-3.0", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}

/** "/nodes/:id" → "/nodes/{id}". */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, "{$1}");
}

function parameters(schema: z.ZodObject, where: "query" | "path") {
  const json = jsonSchema(schema, "input") as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const isArray = s.type === "array";
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === "path" || (json.required ?? []).includes(name),
      ...(description
        ? { description }
        : isArray
          ? { description: "Comma-separated list (or the parameter repeated)." }
          : {}),
      schema: rest,
      ...(isArray ? { style: "form", explode: false } : {}),
    };
  });
}

function multipartBody(fields: z.ZodObject) {
  const schema = jsonSchema(fields, "input") as { properties?: Record<string, unknown> };
  return {
    required: true,
    content: {
      "multipart/form-data": {
        schema: {
          type: "object",
          required: ["files"],
          properties: {
            files: { type: "array", items: { type: "string", format: "binary" } },
            ...(schema.properties ?? {}),
          },
        },
      },
    },
  };
}

/** The schema of one content type of a non-JSON-only response: the JSON schema when given, else a string. */
function contentSchema(type: string, response: z.ZodType | { contentTypes: string[]; json?: z.ZodType }) {
  const json = "contentTypes" in response ? response.json : undefined;
  return { schema: type === "application/json" && json ? jsonSchema(json, "output") : { type: "string" } };
}

export function buildOpenApi(options: { apiKey?: boolean; version?: string } = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorSchema = jsonSchema(ErrorBody, "output");
  for (const op of [...OPERATIONS, ...INGEST_OPERATIONS]) {
    const responses: Record<string, unknown> = {
      "200": {
        description: "OK",
        content:
          "contentTypes" in op.response
            ? Object.fromEntries(op.response.contentTypes.map((t) => [t, contentSchema(t, op.response)]))
            : { "application/json": { schema: jsonSchema(op.response, "output") } },
      },
    };
    const errors = new Set(op.errors);
    if (op.path !== "/health" && op.path !== "/ready") errors.add(401);
    for (const status of [...errors].sort())
      responses[String(status)] = {
        description: ERROR_TEXT[status] ?? "Error",
        content: { "application/json": { schema: errorSchema } },
      };
    const operation: Record<string, unknown> = {
      operationId: `${op.method}${op.path.replace(/[/:](\w)/g, (_m, c: string) => c.toUpperCase()).replace(/\W/g, "")}`,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      parameters: [
        ...(op.params ? parameters(op.params, "path") : []),
        ...(op.query ? parameters(op.query, "query") : []),
      ],
      ...(op.multipart ? { requestBody: multipartBody(op.multipart) } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: jsonSchema(op.body, "input") } },
            },
          }
        : {}),
      responses,
      ...(op.path === "/health" || op.path === "/ready" ? { security: [] } : {}),
    };
    const p = `/api${openApiPath(op.path)}`;
    paths[p] = { ...(paths[p] ?? {}), [op.method]: operation };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "zonegraph API",
      version: options.version ?? "0.1.0",
      description:
        'Knowledge graph of China\'s pilot free trade zones: entities and typed relationships, every fact with the sentence that states it. Errors always have the shape {"error": {"code", "message", "details"}}.',
    },
    servers: [{ url: "/" }],
    tags: ["health", "graph", "corridors", "analysts", "documents", "review", "export", "scenes"].map(
      (name) => ({
        name,
      }),
    ),
    paths,
    components: {
      securitySchemes: {
        apiKeyHeader: { type: "apiKey", in: "header", name: "x-api-key" },
        bearer: { type: "http", scheme: "bearer" },
      },
      schemas: { ErrorBody: errorSchema },
    },
    ...(options.apiKey ? { security: [{ apiKeyHeader: [] }, { bearer: [] }] } : {}),
  };
}
