/**
 * GET /api/export and `zonegraph export` carry what the explorer's exports carry — zone status, evidence
 * count, methods and ALIGNS_WITH stage — equal to what GET /api/nodes/:id and GET /api/edges/:id say,
 * on the bundled corpus in the real Neo4j.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { zoneStatus } from "../../../../client/src/model/status";
import { EdgeDetail, ExportGraphJson, NodeDetail } from "../../../../contracts/api";
import { createApp } from "../../../../server/app";
import { runCli } from "../../../../server/cli/main";
import type { Executor } from "../../../../server/neo4j/executor";
import { asText, capturedStreams } from "../../../support/capture";
import { gexfValues, graphmlValues } from "../../../support/exportXml";
import { TEST_APP_SETTINGS, testExecutor } from "../../../support/neo4j";

let executor: Executor;
let app: ReturnType<typeof createApp>;
let dir: string;
let exported: ExportGraphJson;

const text = (url: string) =>
  asText(request(app).get(url))
    .expect(200)
    .then((res) => String(res.body));

beforeAll(async () => {
  executor = testExecutor();
  app = createApp({ executor, settings: TEST_APP_SETTINGS });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-export-"));
  exported = ExportGraphJson.parse(JSON.parse(await text("/api/export?format=json")));
});
afterAll(async () => {
  await executor.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Zones and provinces, and every ALIGNS_WITH plus the first relationships of each other type. */
function sample() {
  const nodes = exported.nodes.filter((n) => ["FreeTradeZone", "Province"].includes(n.attributes.type));
  const perType = new Map<string, number>();
  const edges = exported.edges.filter((e) => {
    const seen = perType.get(e.attributes.type) ?? 0;
    perType.set(e.attributes.type, seen + 1);
    return e.attributes.type === "ALIGNS_WITH" || seen < 8;
  });
  return { nodes, edges };
}

async function cliExport(format: string): Promise<string> {
  const conn = inject("neo4j");
  const out = path.join(dir, `graph.${format}`);
  const env = {
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
    ZONEGRAPH_HOME: path.join(dir, "home"),
  };
  const { out: stdout, err } = capturedStreams();
  const code = await runCli(["export", "--format", format, "--out", out], { out: stdout, err, env });
  expect(code).toBe(0);
  return fs.readFileSync(out, "utf8");
}

describe("export facts", () => {
  it("JSON: zone status equals the node details', evidence count, methods and stage the edge details'", async () => {
    const { nodes, edges } = sample();
    expect(nodes.filter((n) => n.attributes.status === "established").length).toBeGreaterThan(5);
    expect(edges.filter((e) => e.attributes.type === "ALIGNS_WITH").length).toBeGreaterThan(0);
    for (const n of nodes) {
      const d = NodeDetail.parse((await request(app).get(`/api/nodes/${encodeURIComponent(n.key)}`)).body);
      expect(n.attributes.status, n.key).toBe(zoneStatus(d));
    }
    for (const e of edges) {
      const d = EdgeDetail.parse((await request(app).get(`/api/edges/${encodeURIComponent(e.key)}`)).body);
      expect(e.attributes.evidenceCount, e.key).toBe(d.evidence.length);
      expect(e.attributes.methods, e.key).toEqual([...new Set(d.evidence.map((v) => v.method))].sort());
      expect(e.attributes.stage, e.key).toBe(d.stage ?? null);
    }
    expect(edges.some((e) => e.attributes.evidenceCount > 0 && e.attributes.methods.length > 0)).toBe(true);
  });

  it.each(["gexf", "graphml"] as const)(
    "%s from the API and from the CLI carry the same status, evidence count, methods and stage",
    async (format) => {
      const read = format === "gexf" ? gexfValues : graphmlValues;
      const { nodes, edges } = sample();
      for (const body of [await text(`/api/export?format=${format}`), await cliExport(format)]) {
        const xmlNodes = read(body, "node");
        const xmlEdges = read(body, "edge");
        for (const n of nodes) expect(xmlNodes.get(n.key)?.status, n.key).toBe(n.attributes.status ?? "");
        for (const e of edges)
          expect(xmlEdges.get(e.key), e.key).toMatchObject({
            evidenceCount: String(e.attributes.evidenceCount),
            methods: e.attributes.methods.join(" | "),
            stage: e.attributes.stage ?? "",
          });
      }
    },
  );

  it("the CLI's JSON export carries the same facts as the API's", async () => {
    const cli = ExportGraphJson.parse(JSON.parse(await cliExport("json")));
    const facts = (g: ExportGraphJson) => ({
      nodes: g.nodes.map((n) => [n.key, n.attributes.status]),
      edges: g.edges.map((e) => [
        e.key,
        e.attributes.evidenceCount,
        e.attributes.methods,
        e.attributes.stage,
      ]),
    });
    expect(facts(cli)).toEqual(facts(exported));
  });
});
