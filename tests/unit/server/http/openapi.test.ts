import { describe, expect, it } from "vitest";
import { ErrorBody, NeighborhoodQuery } from "../../../../contracts/api";
import { BadRequestError } from "../../../../server/errors";
import { buildOpenApi, OPERATIONS, openApiPath } from "../../../../server/http/openapi";
import { parseInput } from "../../../../server/http/validate";

describe("OpenAPI document", () => {
  const doc = buildOpenApi();
  it("lists every endpoint of the API", () => {
    const expected = [
      "get /api/health",
      "get /api/ready",
      "get /api/search",
      "get /api/nodes/{id}",
      "get /api/nodes/{id}/neighborhood",
      "get /api/edges/{id}",
      "get /api/subgraph",
      "get /api/paths",
      "get /api/corridors",
      "get /api/corridors/{id}/zones",
      "post /api/cypher",
      "get /api/queries",
      "post /api/queries/{name}/run",
      "get /api/documents",
      "get /api/documents/{id}",
      "get /api/export",
    ];
    const have = Object.entries(doc.paths).flatMap(([p, ms]) => Object.keys(ms).map((m) => `${m} ${p}`));
    expect(have.sort()).toEqual(expected.sort());
    expect(OPERATIONS).toHaveLength(expected.length);
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
  it("documents the error shape and the API key when set", () => {
    expect(doc.components.schemas.ErrorBody).toBeTruthy();
    expect(buildOpenApi({ apiKey: true }).security).toBeTruthy();
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
