/**
 * POST /api/cypher/explain against the corpus graph: the plan of a read query (operators, details, estimates,
 * depths), the /cypher locks for writes and unbounded paths, and clear 400s for bad input. Nothing runs.
 */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { CypherPlanResponse } from "../../../../../contracts/cypherPlan";
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
