/**
 * Hostile analysts' Cypher over HTTP, on the real Neo4j with the corpus loaded and the rate limit
 * off: every write/admin query and disguise is refused (4xx); every resource attack is refused or
 * cut (row cap, byte cap, deadline, memory cap) within the timeout + 1 s; Neo4j answers RETURN 1
 * after each batch; legitimate analyst reads all run; the graph's checksum is unchanged at the end.
 */
import { createHash } from "node:crypto";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { CypherResponse, ErrorBody } from "../../../../contracts/api";
import { ANALYST_READS } from "../../../support/analyst-reads";
import { startApiSuite } from "../../../support/apiSuite";
import { RESOURCE_ATTACKS, WRITE_AND_ADMIN } from "../../../support/hostile-queries";

// Rate limit off: the suite sends a few hundred requests in a minute.
const suite = startApiSuite({ cypherTimeoutMs: 2000, cypherRateLimitPerMinute: 1_000_000 });
/** The guarantee: every analysts' query ends within its timeout + 1 s. */
const DEADLINE_MS = suite.settings.cypherTimeoutMs + 1000;

async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const cypher of [
    "MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS v ORDER BY k",
    "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS v ORDER BY k",
    "MATCH (n) RETURN 'props' AS k, sum(size(keys(n))) AS v",
    "MATCH (n:Entity) WITH n ORDER BY n.id RETURN 'ids' AS k, collect(n.id + '|' + coalesce(n.name, '') + '|' + toString(coalesce(n.degree, 0))) AS v",
    "MATCH ()-[r]->() RETURN 'relprops' AS k, sum(size(keys(r))) AS v",
    "MATCH ()-[r]->() RETURN 'confidence' AS k, sum(coalesce(r.confidence, 0)) AS v",
    "SHOW INDEXES YIELD name RETURN 'indexes' AS k, collect(name) AS v",
    "SHOW CONSTRAINTS YIELD name RETURN 'constraints' AS k, collect(name) AS v",
  ]) {
    const r = await suite.executor.executeRead({ cypher });
    for (const rec of r.records) parts.push(`${rec.get("k")}=${JSON.stringify(rec.get("v"))}`);
  }
  return createHash("sha256").update(parts.join("\n")).digest("hex");
}

async function expectNeo4jUp(): Promise<void> {
  const r = await suite.executor.executeRead({ cypher: "RETURN 1 AS one" }, { timeoutMs: 5000 });
  expect(r.records[0]?.get("one")).toBe(1);
  expect((await request(suite.app).get("/api/health")).status).toBe(200);
}

async function post(query: string, params: Record<string, unknown> = {}) {
  const started = performance.now();
  const res = await request(suite.app).post("/api/cypher").send({ query, params });
  return { res, elapsed: performance.now() - started };
}

let before = "";
beforeAll(async () => {
  before = await fingerprint();
});

describe("hostile Cypher", () => {
  it("has the suite's size: ≥ 150 hostile queries, ≥ 30 of them resource attacks, ≥ 60 reads", () => {
    expect(WRITE_AND_ADMIN.length + RESOURCE_ATTACKS.length).toBeGreaterThanOrEqual(150);
    expect(RESOURCE_ATTACKS.length).toBeGreaterThanOrEqual(30);
    expect(ANALYST_READS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(WRITE_AND_ADMIN)("refuses the write or admin query %s", async (query) => {
    const { res, elapsed } = await post(query);
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(ErrorBody.parse(res.body).error.message.length).toBeGreaterThan(5);
    expect(elapsed).toBeLessThan(DEADLINE_MS);
  });

  it("Neo4j answers after the write/admin batch", expectNeo4jUp);

  it.each(RESOURCE_ATTACKS)("refuses or cuts the resource attack %s (%s)", async (query, outcome, params) => {
    const { res, elapsed } = await post(query, params);
    const shown = JSON.stringify(res.body).slice(0, 300);
    expect(elapsed, shown).toBeLessThan(DEADLINE_MS);
    expect(res.status, shown).toBeLessThan(500);
    if (outcome === "refused") {
      expect(res.status, shown).toBe(403);
      expect(ErrorBody.parse(res.body).error.code).toBe("CYPHER_REFUSED");
    } else if (outcome === "refused-or-cut") {
      if (res.status === 200) expect(CypherResponse.parse(res.body).truncated, shown).not.toBe(false);
      else expect([403, 408, 422], shown).toContain(res.status);
    } else {
      // "bounded": a 200 must hold the real answer; anything else is a refusal or a cut.
      if (res.status === 200) expect(CypherResponse.parse(res.body).rows.length, shown).toBe(1);
      else expect([403, 408, 422], shown).toContain(res.status);
    }
  });

  it("Neo4j answers after the resource attacks", expectNeo4jUp);

  it("stops a PROFILE that runs long at the deadline (408), and refuses a PROFILE of a write", async () => {
    const started = performance.now();
    const long = await request(suite.app)
      .post("/api/cypher/profile")
      .send({ query: "MATCH (a), (b), (c) WHERE elementId(a) < elementId(b) RETURN count(*) AS n" });
    expect(performance.now() - started).toBeLessThan(DEADLINE_MS);
    expect(long.status, JSON.stringify(long.body)).toBe(408);
    expect(ErrorBody.parse(long.body).error.code).toBe("CYPHER_TIMEOUT");
    const write = await request(suite.app)
      .post("/api/cypher/profile")
      .send({ query: "CREATE (h:HostileProfile) RETURN h" });
    expect(write.status).toBe(403);
    await expectNeo4jUp();
  });

  it("the four attacks of issue 10 name their reason", async () => {
    const reasons = await Promise.all(RESOURCE_ATTACKS.slice(0, 4).map(([q]) => post(q)));
    const messages = reasons.map(({ res }) => String(res.body.error?.message));
    expect(messages[0]).toMatch(/reduce.*accumulator s.*double/);
    expect(messages[1]).toMatch(/nested iteration/);
    expect(messages[2]).toMatch(/list comprehension over range\(1, 50000000\)/);
    expect(messages[3]).toMatch(/range\(1, 100000000\)/);
  });

  it("the 83 MB answer of issue 10, bounded: stops at the byte cap (5 MB)", async () => {
    const { res, elapsed } = await post("MATCH p = ()-[*..6]-() RETURN p");
    // Moving 5 MB to this test process and parsing it comes on top of the server's answer time.
    expect(elapsed).toBeLessThan(DEADLINE_MS + 2000);
    if (res.status === 200) {
      const body = CypherResponse.parse(res.body);
      expect(body.truncated).toEqual({ reason: "bytes" });
      expect(body.elapsedMs).toBeLessThan(DEADLINE_MS);
      expect(Buffer.byteLength(res.text)).toBeLessThanOrEqual(5 * 1024 * 1024);
    } else expect(res.status, JSON.stringify(res.body)).toBe(408);
  });

  it("health answers while three queries run to their deadline", async () => {
    const heavy = Array.from({ length: 3 }, () =>
      post("MATCH (a), (b), (c) WHERE elementId(a) < elementId(b) RETURN count(*) AS n"),
    );
    const probes: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 300));
      const started = performance.now();
      expect((await request(suite.app).get("/api/health")).status).toBe(200);
      probes.push(performance.now() - started);
    }
    for (const { res, elapsed } of await Promise.all(heavy)) {
      expect(res.status).toBe(408);
      expect(elapsed).toBeLessThan(DEADLINE_MS);
    }
    // Only a hang detector: the 200 ms p99 goal is measured by the soak benchmark.
    expect(Math.max(...probes)).toBeLessThan(2000);
  });

  it.each(ANALYST_READS)("runs the analyst read %s", async (query, params) => {
    const { res } = await post(query, params);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    CypherResponse.parse(res.body);
  });

  it("returns table and graph for a read", async () => {
    const { res } = await post(
      "MATCH p = (a:Entity)-[r]->(b:Entity) RETURN p, [r] AS rs, {x: a} AS m LIMIT 5",
    );
    expect(res.status).toBe(200);
    const body = CypherResponse.parse(res.body);
    expect(body.queryType).toBe("r");
    expect(body.graph.nodes.length).toBeGreaterThan(0);
    expect(body.graph.edges.length).toBeGreaterThan(0);
  });

  it("leaves the graph unchanged", async () => {
    await expectNeo4jUp();
    expect(await fingerprint()).toBe(before);
  });
});
