/**
 * Hostile Cypher: every query is refused (4xx) or cut (row cap / timeout / memory cap), and the
 * graph's counts and checksum are unchanged afterwards.
 */
import { createHash } from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CypherResponse, ErrorBody } from "../../../../contracts/api";
import { createApp } from "../../../../server/app";
import type { Executor } from "../../../../server/neo4j/executor";
import { testExecutor } from "../../../support/neo4j";

let executor: Executor;
let app: ReturnType<typeof createApp>;
const settings = {
  database: "neo4j",
  cypherTimeoutMs: 3000,
  cypherRowLimit: 1000,
  cypherRateLimitPerMinute: 10_000,
  bodyLimit: "100kb",
};

async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const cypher of [
    "MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS v ORDER BY k",
    "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS v ORDER BY k",
    "MATCH (n) RETURN 'props' AS k, sum(size(keys(n))) AS v",
    "MATCH (n:Entity) WITH n ORDER BY n.id RETURN 'ids' AS k, collect(n.id + '|' + coalesce(n.name, '') + '|' + toString(coalesce(n.degree, 0))) AS v",
    "MATCH ()-[r]->() RETURN 'relprops' AS k, sum(size(keys(r))) AS v",
    "SHOW INDEXES YIELD name RETURN 'indexes' AS k, collect(name) AS v",
    "SHOW CONSTRAINTS YIELD name RETURN 'constraints' AS k, collect(name) AS v",
  ]) {
    const r = await executor.executeRead({ cypher });
    for (const rec of r.records) parts.push(`${rec.get("k")}=${JSON.stringify(rec.get("v"))}`);
  }
  return createHash("sha256").update(parts.join("\n")).digest("hex");
}

let before = "";
beforeAll(async () => {
  executor = testExecutor();
  app = createApp({ executor, settings });
  before = await fingerprint();
});
afterAll(async () => {
  await executor.close();
});

const HOSTILE: string[] = [
  "CREATE (n:Hacked) RETURN n",
  "MERGE (n:Entity {id: 'evil'}) RETURN n",
  "MATCH (n:Entity) SET n.name = 'x'",
  "MATCH (n:Entity) SET n += {pwned: true} RETURN n",
  "MATCH (n) DETACH DELETE n",
  "MATCH ()-[r]->() DELETE r",
  "MATCH (n:Entity) REMOVE n.name",
  "MATCH (n:Entity) REMOVE n:Entity",
  "FOREACH (i IN range(1, 10) | CREATE (:Hacked {i: i}))",
  "MATCH (n:Entity) FOREACH (x IN [1] | SET n.hit = x)",
  "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
  "CALL { MATCH (n) SET n.x = 1 } IN TRANSACTIONS",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row",
  "load /* sneaky */ csv from 'https://example.com/a.csv' as l return l",
  "CALL apoc.cypher.runWrite('CREATE (:Hacked)', {})",
  "RETURN apoc.version()",
  "CALL dbms.killQueries(['query-1'])",
  "CALL dbms.listConfig()",
  "CALL db.createLabel('Hacked')",
  "CALL db.createProperty('hacked')",
  "CALL db.createRelationshipType('HACKED')",
  "CALL db.index.fulltext.drop('entity_search')",
  "CREATE INDEX hacked FOR (n:Entity) ON (n.hacked)",
  "DROP INDEX entity_name",
  "CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.id IS UNIQUE",
  "DROP CONSTRAINT entity_id",
  "CREATE USER mallory SET PASSWORD 'secretpassword1'",
  "ALTER USER neo4j SET PASSWORD 'changedpassword1'",
  "SHOW USERS",
  "CREATE DATABASE evil",
  "STOP DATABASE neo4j",
  "USE system SHOW DATABASES",
  "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
  "MATCH (n) RETURN n；MATCH (m) DETACH DELETE m",
  "ＣＲＥＡＴＥ (n:Hacked)",
  "MATCH (n)\u200BSET n.x = 1",
  "// comment\nCREATE (n:Hacked)",
  "/* MATCH (n) RETURN n */ CREATE (:Hacked)",
  "MATCH (n:Entity) WITH n LIMIT 1 CREATE (n)-[:HACKED]->(n)",
  "SHOW INDEXES",
  "PROFILE MATCH (n) RETURN n",
  "EXPLAIN CREATE (n)",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
];

describe("hostile Cypher", () => {
  it.each(HOSTILE)("refuses %s", async (query) => {
    const res = await request(app).post("/api/cypher").send({ query });
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(ErrorBody.parse(res.body).error.message.length).toBeGreaterThan(5);
  });

  it("cuts an UNWIND of a billion rows at the row cap", async () => {
    const res = await request(app)
      .post("/api/cypher")
      .send({ query: "UNWIND range(1, 1000000000) AS x RETURN x", limit: 500 });
    expect(res.status).toBe(200);
    const body = CypherResponse.parse(res.body);
    expect(body.rows).toHaveLength(500);
    expect(body.truncated).toBe(true);
  });

  it("stops a cartesian product that would run for minutes at the timeout", async () => {
    const started = Date.now();
    const res = await request(app).post("/api/cypher").send({
      query:
        "MATCH (a:Passage), (b:Passage), (c:Passage) WHERE a.clean + b.clean + c.clean CONTAINS 'zzz-not-there' RETURN count(*)",
    });
    const elapsed = Date.now() - started;
    expect(res.status, JSON.stringify(res.body)).toBe(408);
    expect(ErrorBody.parse(res.body).error.code).toBe("CYPHER_TIMEOUT");
    expect(res.body.error.message).toMatch(/timeout/i);
    expect(elapsed).toBeLessThan(settings.cypherTimeoutMs + 4000);
  });

  it("stops a query that would run ~30 s at the timeout with a clear error", async () => {
    const started = Date.now();
    const res = await request(app).post("/api/cypher").send({
      query: "UNWIND range(1, 3000000000) AS x WITH x WHERE x % 1000000007 = 0 RETURN count(x)",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(408);
    expect(res.body.error.code).toBe("CYPHER_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(settings.cypherTimeoutMs + 4000);
  });

  it("cuts a query that would exhaust memory (memory cap or timeout)", async () => {
    const res = await request(app)
      .post("/api/cypher")
      .send({ query: "UNWIND range(1, 200000000) AS x RETURN size(collect(toString(x))) AS n" });
    expect([408, 422]).toContain(res.status);
  });

  it("still answers read queries, with table and graph", async () => {
    const res = await request(app).post("/api/cypher").send({
      query: "MATCH p = (a:Entity)-[r]->(b:Entity) RETURN p, [r] AS rs, {x: a} AS m LIMIT 5",
    });
    expect(res.status).toBe(200);
    const body = CypherResponse.parse(res.body);
    expect(body.queryType).toBe("r");
    expect(body.graph.nodes.length).toBeGreaterThan(0);
    expect(body.graph.edges.length).toBeGreaterThan(0);
  });

  it("leaves the graph unchanged", async () => {
    expect(await fingerprint()).toBe(before);
  });
});
