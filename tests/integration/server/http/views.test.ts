/**
 * The analyst views against the corpus graph: the graph as known at a date (21 → 22 → 23 zones, each
 * count with its sentence), what changed between two dates, and the agreement and corridor matrices.
 * Every response is validated by its zod schema.
 */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { ErrorBody } from "../../../../contracts/api";
import {
  AgreementMatrix,
  ChangesResponse,
  CorridorMatrix,
  DatedSubgraph,
  TimelineResponse,
} from "../../../../contracts/views";
import { startApiSuite } from "../../../support/apiSuite";

const suite = startApiSuite();

async function at(date: string) {
  const r = await request(suite.app).get(`/api/time/graph?at=${date}`);
  expect(r.status).toBe(200);
  return DatedSubgraph.parse(r.body);
}

describe("dates stored as Neo4j values", () => {
  it("gives every corpus document a DATE interval and stores counts as integers", async () => {
    const r = await suite.executor.executeRead({
      cypher: `MATCH (d:Document) RETURN d.date AS text, toString(d.dateFrom) AS from, toString(d.dateTo) AS to,
        valueType(d.dateFrom) AS type ORDER BY d.id`,
    });
    const rows = r.records.map((x) => x.toObject());
    expect(rows.length).toBe(5);
    for (const row of rows) expect(row.type).toBe("DATE NOT NULL");
    expect(rows.find((x) => x.text === "2023-07")).toMatchObject({ from: "2023-07-01", to: "2023-07-31" });
    expect(rows.find((x) => x.text === "2026-01 or later")).toMatchObject({ from: "2026-01-01", to: null });
    const c = await suite.executor.executeRead({
      cypher: "MATCH (c:Claim {predicate: 'ftz_count'}) RETURN DISTINCT valueType(c.value) AS t",
    });
    expect(c.records.map((x) => x.get("t"))).toEqual(["INTEGER NOT NULL"]);
  });
});

describe("GET /api/time/timeline", () => {
  it("lists every document and the stated establishment dates", async () => {
    const r = await request(suite.app).get("/api/time/timeline");
    expect(r.status).toBe(200);
    const t = TimelineResponse.parse(r.body);
    expect(t.documents.length).toBe(5);
    const shanghai = t.events.find((e) => e.kind === "established" && e.label.includes("上海"));
    expect(shanghai?.date).toBe("2013-09-29");
    expect(t.range?.from && t.range.from <= "2013-09-29").toBe(true);
    expect(t.documents.find((d) => d.date === "2026-01 or later")?.interval).toEqual({
      from: "2026-01-01",
      to: null,
      precision: "month",
    });
  });
});

describe("GET /api/time/graph", () => {
  it("knows 21 established zones at the end of 2023, each with the sentence that states it", async () => {
    const g = await at("2023-12-31");
    const established = g.zones.filter((z) => z.status === "established");
    expect(established.length).toBe(21);
    for (const z of established) expect(z.evidence.length).toBeGreaterThan(0);
    expect(g.zoneCount?.value).toBe(21);
    expect(g.zoneCount?.evidence[0]?.quote).toMatch(/21/);
    expect(g.documents.map((d) => d.date).sort()).toEqual(["2023", "2023-07"]);
  });

  it("moves to 22 with the 2026-01 commentary and to 23 after April 2026", async () => {
    const jan = await at("2026-01-15");
    expect(jan.zoneCount?.value).toBe(22);
    expect(jan.zoneCount?.evidence[0]?.quote).toMatch(/22/);
    const apr = await at("2026-04-30");
    expect(apr.zoneCount?.value).toBe(23);
    expect(apr.zoneCount?.evidence[0]?.quote).toMatch(/23/);
    const names = apr.zones.filter((z) => z.status === "established").map((z) => z.name);
    expect(names).toContain("中国（内蒙古）自由贸易试验区");
  });

  it("flags zones that were only applied for", async () => {
    const g = await at("2026-12-31");
    const applied = g.zones.filter((z) => z.status === "applied").map((z) => z.name);
    expect(applied).toEqual(
      expect.arrayContaining(["中国（甘肃）自由贸易试验区", "中国（贵州）自由贸易试验区"]),
    );
    expect(applied).not.toContain("中国（内蒙古）自由贸易试验区");
    const gansu = g.graph.nodes.find((n) => n.attributes.name === "中国（甘肃）自由贸易试验区");
    expect(gansu?.attributes.status).toBe("applied");
  });

  it("keeps only relationships stated in the window's documents", async () => {
    const early = await at("2023-12-31");
    const late = await at("2026-12-31");
    expect(early.graph.edges.length).toBeGreaterThan(0);
    expect(late.graph.edges.length).toBeGreaterThan(early.graph.edges.length);
    const ids = new Set(early.graph.nodes.map((n) => n.key));
    for (const e of early.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(early.graph.nodes.some((n) => n.key === "FreeTradeZone:中国（内蒙古）自由贸易试验区")).toBe(false);
  });

  it("refuses a malformed or contradictory window with 400 naming the problem", async () => {
    for (const q of [
      "at=2023-13-01",
      "at=yesterday",
      "",
      "at=2023-01-01&from=2022-01-01",
      "from=2024-01-01&to=2023-01-01",
    ]) {
      const r = await request(suite.app).get(`/api/time/graph?${q}`);
      expect(r.status, q).toBe(400);
      expect(ErrorBody.parse(r.body).error.message.length).toBeGreaterThan(5);
    }
  });
});

describe("GET /api/time/changes", () => {
  it("lists the new zone count with both sentences side by side", async () => {
    const r = await request(suite.app).get("/api/time/changes?from=2023-12-31&to=2026-04-30");
    expect(r.status).toBe(200);
    const c = ChangesResponse.parse(r.body);
    const count = c.changedClaims.find((x) => x.predicate === "ftz_count");
    expect(count?.before?.value).toBe(21);
    expect(count?.after.value).toBe(23);
    expect(count?.before?.evidence.length).toBeGreaterThan(0);
    expect(count?.after.evidence.length).toBeGreaterThan(0);
    expect(c.addedEntities.map((e) => e.id)).toContain("FreeTradeZone:中国（内蒙古）自由贸易试验区");
    expect(c.addedRelations.length).toBeGreaterThan(0);
    for (const rel of c.addedRelations.slice(0, 20)) expect(rel.evidence.length).toBeGreaterThan(0);
    const conflict = c.conflicts.find((x) => x.predicate === "ftz_count");
    expect(new Set(conflict?.claims.map((x) => x.value))).toEqual(new Set([21, 22, 23]));
  });
});

describe("GET /api/matrix/*", () => {
  it("has RCEP, CPTPP and DEPA columns, each cell an ALIGNS_WITH edge with evidence", async () => {
    const r = await request(suite.app).get("/api/matrix/agreements");
    expect(r.status).toBe(200);
    const m = AgreementMatrix.parse(r.body);
    const shorts = m.columns.map((c) => c.short);
    expect(shorts).toEqual(expect.arrayContaining(["RCEP", "CPTPP", "DEPA"]));
    expect(m.cells.length).toBeGreaterThan(0);
    for (const cell of m.cells) expect(cell.evidenceCount).toBeGreaterThan(0);
    const edge = m.cells[0]?.edge ?? "";
    const detail = await request(suite.app).get(`/api/edges/${encodeURIComponent(edge)}`);
    expect(detail.status).toBe(200);
  });

  it("reads each cell's stage from its sentences: China applied for CPTPP and DEPA, zones pilot RCEP", async () => {
    const m = AgreementMatrix.parse((await request(suite.app).get("/api/matrix/agreements")).body);
    const col = (short: string) => m.columns.find((c) => c.short === short)?.id;
    const stage = (row: string, short: string) =>
      m.cells.find((c) => c.row === row && c.column === col(short))?.stage;
    expect(stage("Country:中国", "CPTPP")).toBe("applied");
    expect(stage("Country:中国", "DEPA")).toBe("applied");
    expect(stage("Country:中国", "RCEP")).toBe("in_force");
    const zoneStages = m.cells
      .filter((c) => c.column === col("RCEP") && c.row.startsWith("FreeTradeZone:"))
      .map((c) => c.stage);
    expect(zoneStages.length).toBeGreaterThan(0);
    for (const s of zoneStages) expect(["pilots", "aligned"]).toContain(s);
    expect(zoneStages).toContain("pilots");
  });

  it("refuses an unknown row type", async () => {
    const r = await request(suite.app).get("/api/matrix/agreements?rows=Planet");
    expect(r.status).toBe(400);
  });

  it("gives corridor × zone cells with directness and the chain", async () => {
    const r = await request(suite.app).get("/api/matrix/corridors");
    expect(r.status).toBe(200);
    const m = CorridorMatrix.parse(r.body);
    const col = m.columns.find((c) => c.name === "中蒙俄经济走廊");
    expect(col).toBeDefined();
    const cells = m.cells.filter((c) => c.column === col?.id);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.chain).toMatch(/^zone .* → corridor 中蒙俄经济走廊$/);
      expect(cell.edges.length).toBeGreaterThan(0);
    }
    const rows = new Set(m.rows.map((x) => x.id));
    for (const cell of m.cells) expect(rows.has(cell.row)).toBe(true);
  });
});
