/**
 * GET /api/export and `zonegraph export` carry what the explorer's exports carry — zone status, evidence
 * count, methods and ALIGNS_WITH stage — equal to what GET /api/nodes/:id and GET /api/edges/:id say,
 * on the bundled corpus in the real Neo4j. The whole graph is read in bounded pages and written as a
 * stream: the same bytes as one read of every entity, and a client that goes away stops the reads.
 */
import { once } from "node:events";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zoneStatus } from "../../../../client/src/model/status";
import {
  EdgeDetail,
  EXPORT_CSV_COLUMNS,
  ExportCsvRow,
  ExportGraphJson,
  NodeDetail,
} from "../../../../contracts/api";
import { createApp } from "../../../../server/app";
import { runCli } from "../../../../server/cli/main";
import type { Executor } from "../../../../server/neo4j/executor";
import { streamExport } from "../../../../server/services/export";
import { asText, capturedStreams } from "../../../support/capture";
import { countingExecutor } from "../../../support/countingExecutor";
import { csvRecords, parseCsv } from "../../../support/csv";
import { gexfValues, graphmlValues } from "../../../support/exportXml";
import { TEST_APP_SETTINGS, testExecutor, testNeo4jEnv } from "../../../support/neo4j";

let executor: Executor;
let app: ReturnType<typeof createApp>;
let dir: string;
let exported: ExportGraphJson;

const fetchText = (url: string) =>
  asText(request(app).get(url))
    .expect(200)
    .then((res) => String(res.body));

beforeAll(async () => {
  executor = testExecutor();
  app = createApp({ executor, settings: TEST_APP_SETTINGS });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-export-"));
  exported = ExportGraphJson.parse(JSON.parse(await fetchText("/api/export?format=json")));
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
  const out = path.join(dir, `graph.${format}`);
  const env = { ...testNeo4jEnv(), ZONEGRAPH_HOME: path.join(dir, "home") };
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
      for (const body of [await fetchText(`/api/export?format=${format}`), await cliExport(format)]) {
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

  it("CSV carries every column of the contract, and status, stage, methods and evidence count as the details give them", async () => {
    const text = await cliExport("csv");
    const header = parseCsv(text.split("\r\n")[0] ?? "")[0];
    expect(header).toEqual([...EXPORT_CSV_COLUMNS]);
    const records = csvRecords(text).map((r) => ExportCsvRow.parse(r));
    expect(csvRecords(await fetchText("/api/export?format=csv"))).toEqual(records);
    const byId = new Map(records.map((r) => [`${r.kind}:${r.id}`, r]));
    const { nodes, edges } = sample();
    for (const n of nodes) {
      const d = NodeDetail.parse((await request(app).get(`/api/nodes/${encodeURIComponent(n.key)}`)).body);
      expect(byId.get(`node:${n.key}`)?.status, n.key).toBe(zoneStatus(d) ?? "");
    }
    expect(records.filter((r) => r.kind === "node" && r.status === "established").length).toBeGreaterThan(5);
    for (const e of edges) {
      const d = EdgeDetail.parse((await request(app).get(`/api/edges/${encodeURIComponent(e.key)}`)).body);
      expect(byId.get(`edge:${e.key}`), e.key).toMatchObject({
        evidenceCount: String(d.evidence.length),
        methods: [...new Set(d.evidence.map((v) => v.method))].sort().join(" | "),
        stage: d.stage ?? "",
      });
    }
    expect(records.some((r) => r.type === "ALIGNS_WITH" && r.stage !== "")).toBe(true);
  });

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

describe("whole-graph export in pages", () => {
  const stripDate = (s: string) => s.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

  async function allEntityIds(): Promise<string[]> {
    const r = await executor.executeRead({ cypher: "MATCH (n:Entity) RETURN n.id AS id" });
    return r.records.map((x) => String(x.get("id")));
  }

  it.each(["json", "graphml", "gexf", "csv"] as const)(
    "%s read in pages of 7 equals, byte for byte, the one-read export of every entity",
    async (format) => {
      const paged = createApp({ executor, settings: { ...TEST_APP_SETTINGS, exportPageSize: 7 } });
      const body = String(
        (await asText(request(paged).get(`/api/export?format=${format}`)).expect(200)).body,
      );
      const parts: string[] = [];
      const sink = { closed: false, bytes: 0, write: async (t: string) => void parts.push(t) };
      const stats = await streamExport(executor, { format, ids: await allEntityIds() }, sink);
      expect(stats.nodes).toBeGreaterThan(100);
      expect(stripDate(body)).toBe(stripDate(parts.join("")));
    },
  );

  it("reads every page with a bounded query whose rows never exceed the page size", async () => {
    const { executor: counting, reads } = countingExecutor(executor);
    const parts: string[] = [];
    const sink = { closed: false, bytes: 0, write: async (t: string) => void parts.push(t) };
    const stats = await streamExport(counting, { format: "csv", pageSize: 50 }, sink);
    expect(stats.complete).toBe(true);
    expect(parts.join("")).toMatch(/^\uFEFFkind,id/);
    const pages = reads.filter((r) => /LIMIT toInteger\(\$limit\)/.test(r.cypher));
    expect(pages.length).toBeGreaterThan((stats.nodes + stats.edges) / 50);
    for (const r of pages) expect(r.rows).toBeLessThanOrEqual(50);
    // Nothing reads the whole graph at once: every read is a page, a type seek or a page's provenance.
    expect(reads.some((r) => /\$ids IS NULL/.test(r.cypher))).toBe(false);
  });

  it("stops reading when the client disconnects mid-export", { timeout: 60_000 }, async () => {
    const { executor: counting, reads } = countingExecutor(executor);
    const paged = createApp({ executor: counting, settings: { ...TEST_APP_SETTINGS, exportPageSize: 5 } });
    const server = paged.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    try {
      await new Promise<void>((resolve, reject) => {
        const req = http.get(`http://127.0.0.1:${port}/api/export?format=gexf`, (res) => {
          res.once("data", () => {
            req.destroy();
            resolve();
          });
        });
        req.on("error", (e) => (e.message.includes("aborted") ? undefined : reject(e)));
      });
      // The page being read when the client left may finish (slowly, on a loaded machine); then nothing.
      let afterDisconnect = -1;
      for (let i = 0; i < 30 && reads.length !== afterDisconnect; i++) {
        afterDisconnect = reads.length;
        await new Promise((r) => setTimeout(r, 1000));
      }
      await new Promise((r) => setTimeout(r, 1500));
      expect(reads.length).toBe(afterDisconnect);
      // A whole export in pages of 5 reads hundreds of pages; the cut one read a few.
      const total = await exportCounts();
      expect(afterDisconnect).toBeLessThan((total.nodes + total.edges) / 5 / 4);
    } finally {
      server.close();
    }
  });
});

async function exportCounts(): Promise<{ nodes: number; edges: number }> {
  const n = await executor.executeRead({ cypher: "MATCH (n:Entity) RETURN count(n) AS c" });
  const e = await executor.executeRead({ cypher: "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c" });
  return { nodes: Number(n.records[0]?.get("c")), edges: Number(e.records[0]?.get("c")) };
}
