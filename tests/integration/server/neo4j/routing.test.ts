/**
 * Beyond one machine: the same code against a `neo4j://` routing URI (the test Neo4j, reached through
 * the driver's routing table), with reads routed by executeRead and one bookmark manager shared by
 * every session, so that a read sees the write before it.
 */
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SearchResponse } from "../../../../contracts/api";
import { createApp } from "../../../../server/app";
import { causalExecutor } from "../../../../server/neo4j/causal";
import { createDriver, type Executor } from "../../../../server/neo4j/executor";
import { testConnection, uniqueLabel } from "../../../support/neo4j";

let executor: Executor;
const label = uniqueLabel("Routing");

beforeAll(() => {
  const conn = testConnection();
  const uri = conn.uri.replace(/^bolt:/, "neo4j:");
  expect(uri).toMatch(/^neo4j:\/\//);
  executor = causalExecutor(createDriver({ ...conn, uri }, { acquisitionTimeoutMs: 10_000 }), conn.database);
});
afterAll(async () => {
  await executor.executeWrite({ cypher: `MATCH (n:${label}) DETACH DELETE n` });
  await executor.close();
});

describe("a neo4j:// routing URI", () => {
  it("fetches a routing table that names a reader and a writer", async () => {
    const r = await executor.executeRead({ cypher: "RETURN 1 AS one" });
    expect(r.records[0]?.get("one")).toBe(1);
    expect(r.summary.server.address).toMatch(/:\d+$/);
  });

  it("reads what was just written, in a new session each time", async () => {
    for (let i = 0; i < 5; i++) {
      await executor.executeWrite({ cypher: `CREATE (:${label} {i: $i})`, params: { i } });
      const r = await executor.executeRead({ cypher: `MATCH (n:${label}) RETURN count(n) AS n` });
      expect(r.records[0]?.get("n")).toBe(i + 1);
    }
  });

  it("routes one-round-trip reads (executeReadOnce) as reads: they see the write before them, and cannot write", async () => {
    for (let i = 0; i < 3; i++) {
      await executor.executeWrite({ cypher: `CREATE (:${label}Once {i: $i})`, params: { i } });
      const r = await executor.executeReadOnce({ cypher: `MATCH (n:${label}Once) RETURN count(n) AS n` });
      expect(r.records[0]?.get("n")).toBe(i + 1);
    }
    await expect(
      executor.executeReadOnce({ cypher: `CREATE (:${label}Once {i: -1})` }),
    ).rejects.toMatchObject({
      code: "CYPHER_REFUSED",
    });
    await executor.executeWrite({ cypher: `MATCH (n:${label}Once) DETACH DELETE n` });
  });

  it("serves the API unchanged", async () => {
    const app = createApp({
      executor,
      settings: {
        database: "neo4j",
        cypherTimeoutMs: 5000,
        cypherRowLimit: 100,
        cypherRateLimitPerMinute: 1000,
        bodyLimit: "100kb",
      },
    });
    const res = await request(app)
      .get(`/api/search?q=${encodeURIComponent("二连")}`)
      .expect(200);
    expect(SearchResponse.parse(res.body).hits.length).toBeGreaterThan(0);
  });
});
