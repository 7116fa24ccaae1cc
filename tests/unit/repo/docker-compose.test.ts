/**
 * docker-compose.yml cannot run on a machine without a Docker engine, so its contract is checked
 * here: the official Neo4j 5.26 Community image with a healthcheck and a named volume, the same
 * safety settings as the embedded default, and the app waiting on service_healthy.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig, PROJECT_ROOT } from "../../../server/config";
import { memorySettings } from "../../../server/neo4j/embedded";

interface Service {
  image?: string;
  restart?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
}
const compose = parse(fs.readFileSync(path.join(PROJECT_ROOT, "docker-compose.yml"), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe("docker-compose.yml", () => {
  const neo4j = compose.services.neo4j!;
  const app = compose.services.app!;

  it("runs the official Neo4j 5.26 Community image with a healthcheck and a named volume", () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j.healthcheck?.test.join(" ")).toContain("cypher-shell");
    const volume = neo4j.volumes?.find((v) => v.endsWith(":/data"))?.split(":")[0];
    expect(volume).toBe("neo4j-data");
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it("applies the same safety settings as the embedded default", () => {
    const env = neo4j.environment ?? {};
    expect(env.NEO4J_dbms_security_allow__csv__import__from__file__urls).toBe("false");
    expect(env.NEO4J_db_transaction_timeout).toMatch(/^\d+(ms|s|m)$/);
    expect(env.NEO4J_db_memory_transaction_max).toMatch(/^\d+[kmg]$/i);
    // A password taken from the environment, with a non-default fallback (never neo4j/neo4j or none).
    expect(env.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-[^}]{8,}\}$/);
    expect(env.NEO4J_AUTH).not.toMatch(/^neo4j\/(neo4j|\$\{NEO4J_PASSWORD:-neo4j\})$/);
  });

  it("restarts both services by itself after a crash (restart policy)", () => {
    expect(neo4j.restart).toBe("unless-stopped");
    expect(app.restart).toBe("unless-stopped");
  });

  it("sizes Neo4j's memory limits from its heap with the embedded default's formula", () => {
    const env = neo4j.environment ?? {};
    const heap = env.NEO4J_server_memory_heap_max__size ?? "";
    expect(heap).toMatch(/^\d+[mg]$/);
    const m = memorySettings(heap);
    expect(env.NEO4J_server_memory_heap_initial__size).toBe(m.heap);
    expect(heap).toBe(m.heap);
    expect(env.NEO4J_server_memory_pagecache_size).toBe(m.pageCache);
    expect(env.NEO4J_dbms_memory_transaction_total_max).toBe(m.txTotalMax);
    expect(env.NEO4J_db_memory_transaction_max).toBe(m.txMax);
    expect(env.NEO4J_server_jvm_additional).toContain("-XX:+ExitOnOutOfMemoryError");
  });

  it("starts the app once Neo4j is healthy, with a configuration the app accepts", () => {
    expect(app.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(app.build).toBeDefined();
    expect(fs.existsSync(path.join(PROJECT_ROOT, "Dockerfile"))).toBe(true);
    const env = Object.fromEntries(
      Object.entries(app.environment ?? {}).map(([k, v]) => [
        k,
        String(v).replace(/\$\{[^:}]+:-([^}]*)\}/, "$1"),
      ]),
    );
    const config = loadConfig(env);
    expect(config.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(config.HOST).toBe("0.0.0.0");
  });
});
