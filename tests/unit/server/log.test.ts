import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../../server/app";
import { createLogger, readableLine, requestLogLevel, startBanner } from "../../../server/log";
import type { Executor } from "../../../server/neo4j/executor";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-log-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The app over an executor that is never called: /api/openapi.json does not touch Neo4j. */
function appWith(level: "info" | "debug" | "warn", file?: string) {
  const lines: string[] = [];
  const logger = createLogger({ level, file, terminal: { write: (s: string) => lines.push(s) } });
  const app = createApp({
    executor: {} as Executor,
    logger,
    settings: {
      database: "neo4j",
      cypherTimeoutMs: 5000,
      cypherRowLimit: 1000,
      cypherRateLimitPerMinute: 60,
      bodyLimit: "100kb",
    },
  });
  return { app, lines, logger };
}

describe("request logs", () => {
  it("are debug lines, server errors excepted", () => {
    const res = (statusCode: number) => ({ statusCode }) as never;
    expect(requestLogLevel({} as never, res(200))).toBe("debug");
    expect(requestLogLevel({} as never, res(404))).toBe("debug");
    expect(requestLogLevel({} as never, res(503))).toBe("error");
    expect(requestLogLevel({} as never, res(200), new Error("x"))).toBe("error");
  });

  it("do not reach the terminal at the default level, but warnings do, as one readable line", async () => {
    const { app, lines, logger } = appWith("info");
    await request(app).get("/api/openapi.json").expect(200);
    expect(lines).toEqual([]);
    logger.warn("Neo4j is slow to answer");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d WARN Neo4j is slow to answer\n$/);
  });

  it("reach the terminal with LOG_LEVEL=debug, one readable line per request", async () => {
    const { app, lines } = appWith("debug");
    await request(app).get("/api/openapi.json").expect(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d DEBUG GET \/api\/openapi\.json 200 \d+ ms\n$/);
    expect(lines[0]).not.toContain("{");
  });

  it("go to LOG_FILE as JSON while the terminal stays quiet", async () => {
    const file = path.join(tmp, "logs", "requests.log");
    const { app, lines } = appWith("info", file);
    await request(app).get("/api/openapi.json").expect(200);
    expect(lines).toEqual([]);
    const logged = fs
      .readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { level: number; req: { url: string }; res: { statusCode: number } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 20,
      req: { url: "/api/openapi.json" },
      res: { statusCode: 200 },
    });
  });
});

describe("readableLine", () => {
  it("keeps a line that is not JSON", () => {
    expect(readableLine("plain")).toBe("plain\n");
  });
  it("adds an error's message", () => {
    const line = readableLine(
      JSON.stringify({ level: 50, time: 0, msg: "load failed", err: { message: "boom" } }),
    );
    expect(line).toBe("00:00:00 ERROR load failed — boom\n");
  });
});

describe("startBanner", () => {
  const base = {
    url: "http://127.0.0.1:3000",
    counts: { Document: 5, Entity: 532, relationships: 12345, Claim: 124 },
    logLevel: "info",
  };
  it("says where to open the app, which Neo4j, where the password is, and what the graph holds", () => {
    const lines = startBanner({
      ...base,
      neo4j: {
        uri: "bolt://127.0.0.1:7687",
        database: "neo4j",
        embedded: true,
        home: "/data/zg",
        credentialsFile: "/data/zg/credentials.json",
      },
    });
    expect(lines[0]).toBe("zonegraph explorer: http://127.0.0.1:3000");
    expect(lines).toContain("Neo4j: embedded, bolt://127.0.0.1:7687 (database neo4j), data in /data/zg");
    expect(lines).toContain("Neo4j user neo4j, password in /data/zg/credentials.json");
    expect(lines).toContain("Graph: 5 documents, 532 entities, 12,345 relationships, 124 claims");
    expect(lines.at(-1)).toMatch(/LOG_LEVEL=debug shows every request/);
  });
  it("names NEO4J_URI and no password file for an external Neo4j, and a log file when set", () => {
    const lines = startBanner({
      ...base,
      logFile: "logs/app.log",
      neo4j: { uri: "neo4j+s://x.databases.neo4j.io", database: "neo4j", embedded: false },
    });
    expect(lines).toContain("Neo4j: neo4j+s://x.databases.neo4j.io (NEO4J_URI, database neo4j)");
    expect(lines.some((l) => l.includes("password"))).toBe(false);
    expect(lines.at(-1)).toBe("Logs: info and up here; request logs in logs/app.log");
  });
});
