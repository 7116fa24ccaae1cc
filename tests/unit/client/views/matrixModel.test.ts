import { describe, expect, it } from "vitest";
import {
  agreementGrid,
  cellKey,
  corridorGrid,
  edgeEnds,
  filterGrid,
  gridToCsv,
  lineMembers,
  rowTotal,
  sortRows,
} from "../../../../client/src/views/matrixModel";
import type { AgreementMatrix, CorridorMatrix } from "../../../../contracts/views";

const axis = (id: string, type: string, short = id.split(":")[1] ?? id) => ({
  id,
  name: id.split(":")[1] ?? id,
  nameEn: null,
  type,
  short,
});

const agreements: AgreementMatrix = {
  rows: [
    axis("Country:中国", "Country"),
    axis("FreeTradeZone:上海", "FreeTradeZone"),
    axis("Province:山西", "Province"),
  ],
  columns: [
    axis("Agreement:RCEP", "Agreement", "RCEP"),
    axis("Agreement:CPTPP", "Agreement", "CPTPP"),
    axis("Agreement:DEPA", "Agreement", "DEPA"),
  ],
  cells: [
    {
      row: "Country:中国",
      column: "Agreement:RCEP",
      edge: "ALIGNS_WITH:Country:中国->Agreement:RCEP",
      stage: "in_force",
      evidenceCount: 3,
    },
    {
      row: "Country:中国",
      column: "Agreement:CPTPP",
      edge: "ALIGNS_WITH:Country:中国->Agreement:CPTPP",
      stage: "applied",
      evidenceCount: 7,
    },
    {
      row: "Country:中国",
      column: "Agreement:DEPA",
      edge: "ALIGNS_WITH:Country:中国->Agreement:DEPA",
      stage: "applied",
      evidenceCount: 7,
    },
    {
      row: "FreeTradeZone:上海",
      column: "Agreement:RCEP",
      edge: "ALIGNS_WITH:FreeTradeZone:上海->Agreement:RCEP",
      stage: "pilots",
      evidenceCount: 2,
    },
    {
      row: "Province:山西",
      column: "Agreement:RCEP",
      edge: "ALIGNS_WITH:Province:山西->Agreement:RCEP",
      stage: "pilots",
      evidenceCount: 1,
    },
  ],
};

const corridors: CorridorMatrix = {
  rows: [axis("FreeTradeZone:内蒙古", "FreeTradeZone"), axis("FreeTradeZone:重庆", "FreeTradeZone")],
  columns: [axis("Corridor:中蒙俄", "Corridor")],
  cells: [
    {
      row: "FreeTradeZone:内蒙古",
      column: "Corridor:中蒙俄",
      directness: "area",
      strength: 2,
      chain: "zone 内蒙古 → area 二连浩特片区 → corridor 中蒙俄",
      edges: [
        "PART_OF:Area:二连浩特片区->FreeTradeZone:内蒙古",
        "ON_CORRIDOR:Area:二连浩特片区->Corridor:中蒙俄",
      ],
    },
    {
      row: "FreeTradeZone:重庆",
      column: "Corridor:中蒙俄",
      directness: "direct",
      strength: 1,
      chain: "zone 重庆 → corridor 中蒙俄",
      edges: ["ON_CORRIDOR:FreeTradeZone:重庆->Corridor:中蒙俄"],
    },
  ],
};

describe("agreement grid", () => {
  it("holds one cell per relation with its stage, evidence count and edge", () => {
    const g = agreementGrid(agreements);
    const c = g.cells.get(cellKey("Country:中国", "Agreement:CPTPP"));
    expect(c).toMatchObject({
      label: "applied",
      value: 7,
      edges: ["ALIGNS_WITH:Country:中国->Agreement:CPTPP"],
    });
    expect(g.columns.map((x) => x.short)).toEqual(["RCEP", "CPTPP", "DEPA"]);
    expect(rowTotal(g, "Country:中国")).toBe(17);
  });

  it("sorts rows by a column, by total and by name", () => {
    const g = agreementGrid(agreements);
    expect(sortRows(g, { by: "column", column: "Agreement:RCEP" }).rows.map((r) => r.id)).toEqual([
      "Country:中国",
      "FreeTradeZone:上海",
      "Province:山西",
    ]);
    expect(sortRows(g, { by: "column", column: "Agreement:RCEP" }, false).rows.map((r) => r.id)[0]).toBe(
      "Province:山西",
    );
    expect(sortRows(g, { by: "total" }).rows[0]?.id).toBe("Country:中国");
    const names = sortRows(g, { by: "name" }, false).rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh")));
  });

  it("filters by column name, by row name and by row type, dropping empty lines", () => {
    const g = agreementGrid(agreements);
    const depa = filterGrid(g, "depa");
    expect(depa.columns.map((c) => c.short)).toEqual(["DEPA"]);
    expect(depa.rows.map((r) => r.id)).toEqual(["Country:中国"]);
    const shanghai = filterGrid(g, "上海");
    expect(shanghai.rows.map((r) => r.id)).toEqual(["FreeTradeZone:上海"]);
    expect(shanghai.columns.map((c) => c.short)).toEqual(["RCEP"]);
    const zones = filterGrid(g, "", new Set(["FreeTradeZone", "Province"]));
    expect(zones.rows.map((r) => r.type)).toEqual(["FreeTradeZone", "Province"]);
    expect(zones.columns.map((c) => c.short)).toEqual(["RCEP"]);
    expect(filterGrid(g, "nothing-like-this").rows).toEqual([]);
  });

  it("exports the grid as shown to CSV, quoting what needs it", () => {
    const g = filterGrid(agreementGrid(agreements), "", new Set(["Country", "FreeTradeZone"]));
    const csv = gridToCsv(g).split("\r\n");
    expect(csv[0]).toBe("row,type,RCEP,CPTPP,DEPA");
    expect(csv[1]).toBe("中国,Country,in_force (3),applied (7),applied (7)");
    expect(csv[2]).toBe("上海,FreeTradeZone,pilots (2),,");
    expect(csv).toHaveLength(4);
    const tricky = agreementGrid({
      ...agreements,
      rows: [{ ...axis("Country:中国", "Country"), name: '=A,"B"' }],
    });
    expect(gridToCsv(tricky).split("\r\n")[1]?.startsWith('"=A,""B""",Country')).toBe(true);
  });
});

describe("corridor grid", () => {
  it("scores direct links above inferred ones and keeps the chain", () => {
    const g = corridorGrid(corridors);
    expect(sortRows(g, { by: "column", column: "Corridor:中蒙俄" }).rows.map((r) => r.id)).toEqual([
      "FreeTradeZone:重庆",
      "FreeTradeZone:内蒙古",
    ]);
    const csv = gridToCsv(g).split("\r\n");
    expect(csv[1]).toBe("内蒙古,FreeTradeZone,area (2): zone 内蒙古 → area 二连浩特片区 → corridor 中蒙俄");
  });

  it("lights up a row or a column with its partners and the chain's nodes and edges", () => {
    const g = corridorGrid(corridors);
    const row = lineMembers(g, "FreeTradeZone:内蒙古");
    expect(row.nodes.sort()).toEqual(["Area:二连浩特片区", "Corridor:中蒙俄", "FreeTradeZone:内蒙古"].sort());
    expect(row.edges).toHaveLength(2);
    const col = lineMembers(g, "Corridor:中蒙俄");
    expect(col.nodes).toEqual(expect.arrayContaining(["FreeTradeZone:内蒙古", "FreeTradeZone:重庆"]));
    expect(col.edges).toHaveLength(3);
  });

  it("reads the ends of a relationship id", () => {
    expect(edgeEnds("PART_OF:Area:二连浩特片区->FreeTradeZone:内蒙古")).toEqual([
      "Area:二连浩特片区",
      "FreeTradeZone:内蒙古",
    ]);
    expect(edgeEnds("no-arrow")).toEqual([]);
  });
});
