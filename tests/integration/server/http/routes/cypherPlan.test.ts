/**
 * POST /api/cypher/explain against the corpus graph: the plan of a read query (operators, details, estimates,
 * depths), the /cypher locks for writes and unbounded paths, and clear 400s for bad input. Nothing runs.
 * POST /api/cypher/profile: the run's rows and db hits per operator, the same locks before anything runs, a
 * result larger than the row cap counted without returning a row, and clear 400s. (Its deadline is in
 * hostile.test.ts, whose suite has a short timeout.)
 */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { CypherPlanResponse, CypherProfileResponse } from "../../../../../contracts/cypherPlan";
import { startApiSuite } from "../../../../support/apiSuite";

const suite = startApiSuite();

const countZones = async () => {
  const r = await suite.executor.executeRead({ cypher: "MATCH (z:FreeTradeZone) RETURN count(z) AS n" });
  return Number(r.records[0]?.get("n"));
};

describe("POST /api/cypher/explain", () => {
  it("gives the plan of a read query, root first, with depths, details and estimated rows", async () => {
    const r = await request(suite.app)
      .post("/api/cypher/explain")
      .send({
        query: "MATCH (a:Area)-[r:PART_OF]->(z:FreeTradeZone) WHERE z.name = $n RETURN a.name",
        params: { n: "x" },
      });
    expect(r.status).toBe(200);
    const body = CypherPlanResponse.parse(r.body);
    expect(body.queryType).toBe("r");
    expect(body.operators[0]).toMatchObject({ depth: 0, operator: "ProduceResults" });
    const ops = body.operators.map((o) => o.operator);
    expect(ops.some((o) => o.startsWith("Expand") || o.includes("Join"))).toBe(true);
    expect(body.operators.some((o) => /PART_OF/.test(o.details))).toBe(true);
    expect(body.operators.every((o) => o.estimatedRows === null || o.estimatedRows >= 0)).toBe(true);
    // Pre-order: each operator is at most one level deeper than the one before it.
    for (const [i, o] of body.operators.entries())
      if (i > 0) expect(o.depth).toBeLessThanOrEqual((body.operators[i - 1]?.depth ?? 0) + 1);
  });

  it("refuses a write with 403 as /cypher does, and nothing is written", async () => {
    const before = await countZones();
    const r = await request(suite.app)
      .post("/api/cypher/explain")
      .send({ query: "CREATE (:FreeTradeZone {id: 'FreeTradeZone:planned', name: 'planned'})" });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("CYPHER_REFUSED");
    expect(await countZones()).toBe(before);
  });

  it("refuses an unbounded variable-length path, and says what is wrong with bad input", async () => {
    const unbounded = await request(suite.app)
      .post("/api/cypher/explain")
      .send({ query: "MATCH p = (a)-[*]->(b) RETURN p" });
    expect(unbounded.status).toBe(403);
    const empty = await request(suite.app).post("/api/cypher/explain").send({ query: "" });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain("query must not be empty");
    const syntax = await request(suite.app).post("/api/cypher/explain").send({ query: "MATC (n) RETURN n" });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.message).toMatch(/MATC|Invalid input/);
  });
});

describe("POST /api/cypher/profile", () => {
  const AREAS = "MATCH (a:Area)-[r:PART_OF]->(z:FreeTradeZone) RETURN a.name, z.name";

  it("runs the query and gives each operator's rows and db hits, their total and the heaviest", async () => {
    const expected = await suite.executor.executeRead({
      cypher: "MATCH (a:Area)-[:PART_OF]->(:FreeTradeZone) RETURN count(a) AS n",
    });
    const r = await request(suite.app).post("/api/cypher/profile").send({ query: AREAS });
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    const body = CypherProfileResponse.parse(r.body);
    expect(body.queryType).toBe("r");
    expect(body.resultRows).toBe(Number(expected.records[0]?.get("n")));
    expect(body.resultRows).toBeGreaterThan(0);
    expect(body.operators[0]).toMatchObject({ depth: 0, operator: "ProduceResults", rows: body.resultRows });
    expect(body.totalDbHits).toBe(body.operators.reduce((s, o) => s + o.dbHits, 0));
    expect(body.totalDbHits).toBeGreaterThan(0);
    const heaviest = body.operators[body.heaviest ?? -1];
    expect(heaviest?.dbHits).toBe(Math.max(...body.operators.map((o) => o.dbHits)));
    expect(body.operators.some((o) => /PART_OF/.test(o.details) && o.rows === body.resultRows)).toBe(true);
    expect(body.neo4jMs).not.toBeNull();
  });

  it("counts a result larger than the row cap without returning a row", async () => {
    const cap = suite.settings.cypherRowLimit;
    const r = await request(suite.app)
      .post("/api/cypher/profile")
      .send({ query: "UNWIND range(1, $n) AS i RETURN i", params: { n: cap * 3 } });
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    const body = CypherProfileResponse.parse(r.body);
    expect(body.resultRows).toBe(cap * 3);
    // The answer is the plan alone: a few operators, not 3,000 rows.
    expect(Object.keys(r.body)).not.toContain("rows");
    expect(Buffer.byteLength(r.text)).toBeLessThan(4096);
  });

  it("refuses a write with 403 before anything runs, and nothing is written", async () => {
    const before = await countZones();
    for (const query of [
      "CREATE (:FreeTradeZone {id: 'FreeTradeZone:profiled', name: 'profiled'})",
      "MATCH (z:FreeTradeZone) SET z.profiled = true RETURN z",
    ]) {
      const r = await request(suite.app).post("/api/cypher/profile").send({ query });
      expect(r.status, query).toBe(403);
      expect(r.body.error.code).toBe("CYPHER_REFUSED");
    }
    expect(await countZones()).toBe(before);
    const touched = await suite.executor.executeRead({
      cypher: "MATCH (z:FreeTradeZone) WHERE z.profiled IS NOT NULL RETURN count(z) AS n",
    });
    expect(Number(touched.records[0]?.get("n"))).toBe(0);
  });

  it("says what is wrong with bad input (400)", async () => {
    const empty = await request(suite.app).post("/api/cypher/profile").send({ query: "" });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain("query must not be empty");
    const syntax = await request(suite.app).post("/api/cypher/profile").send({ query: "MATC (n) RETURN n" });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.message).toMatch(/MATC|Invalid input/);
    const params = await request(suite.app)
      .post("/api/cypher/profile")
      .send({ query: "RETURN 1", params: [1] });
    expect(params.status).toBe(400);
    expect(params.body.error.message).toMatch(/params/);
  });
});
