import { describe, expect, it } from "vitest";
import {
  ErrorBody,
  EXPORT_CSV_COLUMNS,
  MAX_SUBGRAPH_IDS,
  NeighborhoodQuery,
  SubgraphIdsRequest,
  SubgraphQuery,
} from "../../../../contracts/api";
import { BadRequestError } from "../../../../server/errors";
import { buildOpenApi, OPERATIONS, openApiPath } from "../../../../server/http/openapi";
import { INGEST_OPERATIONS } from "../../../../server/http/openapiIngest";
import { parseInput } from "../../../../server/http/validate";

describe("OpenAPI document", () => {
  const doc = buildOpenApi();
  it("describes the JSON export with the facts its nodes and edges carry; other formats are text", () => {
    type Schema = { properties?: Record<string, Schema>; items?: Schema; type?: string };
    const content = (doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[
      "/api/export"
    ]?.get?.responses["200"] as { content: Record<string, { schema: Schema }> };
    const json = content.content["application/json"]?.schema;
    const node = json?.properties?.nodes?.items?.properties?.attributes?.properties ?? {};
    const edge = json?.properties?.edges?.items?.properties?.attributes?.properties ?? {};
    expect(Object.keys(node)).toContain("status");
    expect(Object.keys(edge)).toEqual(expect.arrayContaining(["evidenceCount", "methods", "stage"]));
    expect(content.content["application/gexf+xml"]?.schema).toEqual({ type: "string" });
    const op = (doc.paths as Record<string, Record<string, { description?: string }>>)["/api/export"]?.get;
    expect(op?.description).toContain(`CSV columns: ${EXPORT_CSV_COLUMNS.join(", ")}`);
  });
  it("lists every endpoint of the API", () => {
    const expected = [
      "get /api/health",
      "get /api/ready",
      "get /api/search",
      "get /api/search/fuzzy",
      "get /api/nodes/{id}",
      "get /api/nodes/{id}/neighborhood",
      "get /api/edges/{id}",
      "get /api/subgraph",
      "post /api/subgraph",
      "get /api/paths",
      "get /api/corridors",
      "get /api/corridors/{id}/zones",
      "post /api/cypher",
      "post /api/cypher/explain",
      "post /api/cypher/profile",
      "get /api/queries",
      "post /api/queries/{name}/run",
      "get /api/documents",
      "get /api/documents/{id}",
      "get /api/export",
      "get /api/time/timeline",
      "get /api/time/graph",
      "get /api/time/changes",
      "get /api/matrix/agreements",
      "get /api/matrix/corridors",
      "get /api/geo",
      "post /api/scenes",
      "get /api/scenes/{id}",
      "post /api/documents",
      "post /api/documents/commit",
      "get /api/documents/commit/{previewId}",
      "delete /api/documents/{id}",
      "post /api/review/decisions",
      "get /api/review/decisions",
      "get /api/review/decisions/export",
      "post /api/review/decisions/import",
      "get /api/review/queue",
    ];
    const have = Object.entries(doc.paths).flatMap(([p, ms]) => Object.keys(ms).map((m) => `${m} ${p}`));
    expect(have.sort()).toEqual(expected.sort());
    expect(OPERATIONS.length + INGEST_OPERATIONS.length).toBe(expected.length);
  });
  it("generates parameters and bodies from the zod schemas", () => {
    const nb = doc.paths["/api/nodes/{id}/neighborhood"]?.get as {
      parameters: { name: string; in: string; schema: Record<string, unknown> }[];
    };
    const depth = nb.parameters.find((p) => p.name === "depth");
    expect(depth).toMatchObject({
      in: "query",
      schema: { type: "integer", minimum: 1, maximum: 3, default: 1 },
    });
    expect(nb.parameters.find((p) => p.name === "id")).toMatchObject({ in: "path", required: true });
    const cy = doc.paths["/api/cypher"]?.post as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    };
    expect(Object.keys(cy.requestBody.content["application/json"]?.schema.properties ?? {})).toEqual(
      expect.arrayContaining(["query", "params", "limit"]),
    );
    expect(doc.openapi).toBe("3.0.3");
    expect(JSON.stringify(doc)).not.toContain("$schema");
  });
  it("documents ids on GET /api/subgraph and the ids body of POST /api/subgraph", () => {
    const get = doc.paths["/api/subgraph"]?.get as {
      parameters: { name: string; in: string; description?: string; schema: Record<string, unknown> }[];
    };
    const ids = get.parameters.find((p) => p.name === "ids");
    expect(ids).toMatchObject({
      in: "query",
      required: false,
      schema: { type: "array", maxItems: MAX_SUBGRAPH_IDS, items: { type: "string", minLength: 1 } },
    });
    expect(ids?.description).toMatch(/comma-separated/);
    const post = doc.paths["/api/subgraph"]?.post as {
      requestBody: {
        content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }>;
      };
      responses: Record<string, unknown>;
    };
    const body = post.requestBody.content["application/json"]?.schema;
    expect(Object.keys(body?.properties ?? {})).toEqual(["ids", "rels"]);
    expect(body?.required).toEqual(["ids"]);
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["200", "400", "413"]));
  });
  it("documents the error shape and the API key when set", () => {
    expect(doc.components.schemas.ErrorBody).toMatchObject({ type: "object" });
    expect(buildOpenApi({ apiKey: true }).security).toEqual([{ apiKeyHeader: [] }, { bearer: [] }]);
    expect(ErrorBody.safeParse({ error: { code: "BAD_REQUEST", message: "x" } }).success).toBe(true);
  });
  it("converts Express paths", () => {
    expect(openApiPath("/queries/:name/run")).toBe("/queries/{name}/run");
  });
});

describe("zod params", () => {
  it("coerces, defaults and splits lists", () => {
    expect(parseInput(NeighborhoodQuery, { depth: "2", rels: "PART_OF,LOCATED_IN" }, "query")).toEqual({
      depth: 2,
      rels: ["PART_OF", "LOCATED_IN"],
      limit: 150,
    });
  });
  it("names the parameter in a 400", () => {
    expect(() => parseInput(NeighborhoodQuery, { depth: "9" }, "query")).toThrow(/depth/);
    expect(() => parseInput(NeighborhoodQuery, { types: "Planet" }, "query")).toThrow(/types/);
    expect(() => parseInput(NeighborhoodQuery, { deep: "1" }, "query")).toThrow(BadRequestError);
  });
});

describe("subgraph ids", () => {
  it("splits a comma-separated list or takes the repeated parameter", () => {
    expect(parseInput(SubgraphQuery, { ids: "A:1, B:2" }, "query")).toMatchObject({ ids: ["A:1", "B:2"] });
    expect(parseInput(SubgraphQuery, { ids: ["A:1,x", "B:2"] }, "query")).toMatchObject({
      ids: ["A:1,x", "B:2"],
    });
  });
  it.each([
    [{ ids: "A:1,,B:2" }, /ids\.1: id must not be empty/],
    [{ ids: "" }, /ids\.0: id must not be empty/],
    [{ ids: ["A:1", " "] }, /ids\.1: id must not be empty/],
    [{ ids: `A:${"x".repeat(600)}` }, /ids\.0: id is longer than 500 characters/],
    [
      { ids: Array.from({ length: MAX_SUBGRAPH_IDS + 1 }, (_, i) => `A:${i}`).join(",") },
      /ids names more than 500 nodes/,
    ],
  ])("refuses %#", (query, message) => {
    expect(() => parseInput(SubgraphQuery, query, "query")).toThrow(message);
  });
  it("refuses a bad body naming the field", () => {
    expect(() => parseInput(SubgraphIdsRequest, {}, "body")).toThrow(/body field ids/);
    expect(() => parseInput(SubgraphIdsRequest, { ids: [] }, "body")).toThrow(/at least one node/);
    expect(() => parseInput(SubgraphIdsRequest, { ids: ["a"], rels: ["LIKES"] }, "body")).toThrow(/rels/);
    expect(() => parseInput(SubgraphIdsRequest, { ids: ["a"], limit: 3 }, "body")).toThrow(/limit/);
  });
});
