/**
 * The 503 while Neo4j is away (server/http/availability.ts) in createApp: API requests answer 503
 * with Retry-After at once, without touching the executor; health, docs and OpenAPI stay served.
 */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../../server/app";
import { Neo4jUnavailableError } from "../../../../server/errors";
import type { Executor } from "../../../../server/neo4j/executor";

/** An executor that fails every call like a driver whose Neo4j is gone, and counts the calls. */
function downExecutor() {
  let calls = 0;
  const fail = async () => {
    calls += 1;
    throw new Neo4jUnavailableError("Neo4j is not reachable: connect ECONNREFUSED");
  };
  const executor = {
    executeRead: fail,
    executeReadOnce: fail,
    executeWrite: fail,
    explain: fail,
    runAnalystRead: fail,
  } as unknown as Executor;
  return { executor, calls: () => calls };
}

const settings = {
  database: "neo4j",
  cypherTimeoutMs: 1000,
  cypherRowLimit: 10,
  cypherRateLimitPerMinute: 1000,
  bodyLimit: "100kb",
};

describe("neo4jAvailability", () => {
  it("answers 503 with Retry-After at once while Neo4j is away, without calling the executor", async () => {
    const down = downExecutor();
    const app = createApp({
      executor: down.executor,
      settings,
      neo4jUp: () => false,
      clientDir: "/nonexistent",
    });
    for (const path of ["/api/search?q=x", "/api/corridors", "/api/nodes/a"]) {
      const res = await request(app).get(path);
      expect(res.status).toBe(503);
      expect(res.headers["retry-after"]).toBe("5");
      expect(res.body.error.code).toBe("NEO4J_UNAVAILABLE");
    }
    const cypher = await request(app).post("/api/cypher").send({ query: "RETURN 1" });
    expect(cypher.status).toBe(503);
    expect(down.calls()).toBe(0);
    expect((await request(app).get("/api/openapi.json")).status).toBe(200);
  });

  it("lets requests through while Neo4j is up; a driver failure is still a 503 with Retry-After", async () => {
    const down = downExecutor();
    const app = createApp({
      executor: down.executor,
      settings,
      neo4jUp: () => true,
      clientDir: "/nonexistent",
    });
    const res = await request(app).get("/api/corridors");
    expect(res.status).toBe(503);
    expect(res.headers["retry-after"]).toBe("5");
    expect(down.calls()).toBeGreaterThan(0);
  });

  it("health reports Neo4j down with 503 and Retry-After", async () => {
    const app = createApp({
      executor: downExecutor().executor,
      settings,
      neo4jUp: () => false,
      clientDir: "/nonexistent",
    });
    const res = await request(app).get("/api/health");
    expect(res.status).toBe(503);
    expect(res.body.neo4j).toBe("down");
    expect(res.headers["retry-after"]).toBe("5");
  });
});
