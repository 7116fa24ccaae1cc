/**
 * GET /api/search/fuzzy against the corpus graph: a misspelt transliteration that the exact search
 * does not find is found, with a "did you mean"; bad input gets a clear 400.
 */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { SearchResponse } from "../../../../../contracts/api";
import { FuzzySearchResponse } from "../../../../../contracts/fuzzy";
import { startApiSuite } from "../../../../support/apiSuite";

const suite = startApiSuite();

describe("GET /api/search/fuzzy", () => {
  it("finds Erenhot for 'Erenhto', which the exact search does not find, and suggests 'Erenhot'", async () => {
    const exact = await request(suite.app).get("/api/search").query({ q: "Erenhto" });
    expect(SearchResponse.parse(exact.body).hits).toEqual([]);
    const r = await request(suite.app).get("/api/search/fuzzy").query({ q: "Erenhto" });
    expect(r.status).toBe(200);
    const body = FuzzySearchResponse.parse(r.body);
    expect(body.suggestion).toBe("Erenhot");
    expect(body.hits[0]).toMatchObject({ id: "City:二连浩特", distance: 1, matched: "Erenhot" });
    expect(body.hits.map((h) => h.id)).toContain("Area:二连浩特片区");
  });
  it("finds a misspelt pinyin key and filters by type", async () => {
    const r = await request(suite.app).get("/api/search/fuzzy").query({ q: "chongqnig", types: "Province" });
    const body = FuzzySearchResponse.parse(r.body);
    expect(body.hits.map((h) => h.id)).toEqual(["Province:重庆市"]);
    expect(body.suggestion?.toLowerCase()).toBe("chongqing");
  });
  it("answers no hits for input with nothing to make fuzzy, and 400 naming q when q is empty", async () => {
    const r = await request(suite.app).get("/api/search/fuzzy").query({ q: "二连" });
    expect(FuzzySearchResponse.parse(r.body)).toEqual({ query: "二连", suggestion: null, hits: [] });
    const bad = await request(suite.app).get("/api/search/fuzzy").query({ q: " " });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("q must not be empty");
  });
});
