import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { provincePlace } from "../../../../client/src/layout/regions";
import { applySeed, seedPositions } from "../../../../client/src/layout/seed";

function overview(order: "asc" | "desc" = "asc"): Graph {
  const g = new Graph({ type: "directed", multi: true });
  const nodes: [string, Record<string, unknown>][] = [
    ["Province:广西壮族自治区", { type: "Province", name: "广西壮族自治区" }],
    ["Province:云南省", { type: "Province", name: "云南省" }],
    ["Province:黑龙江省", { type: "Province", name: "黑龙江省" }],
    ["Province:吉林省", { type: "Province", name: "吉林省" }],
    [
      "FreeTradeZone:中国（广西）自由贸易试验区",
      { type: "FreeTradeZone", name: "中国（广西）自由贸易试验区" },
    ],
    [
      "FreeTradeZone:中国（云南）自由贸易试验区",
      { type: "FreeTradeZone", name: "中国（云南）自由贸易试验区" },
    ],
    ["Corridor:西部陆海新通道", { type: "Corridor", name: "西部陆海新通道" }],
    ["Agreement:RCEP", { type: "Agreement", name: "RCEP" }],
  ];
  for (const [id, a] of order === "asc" ? nodes : [...nodes].reverse()) g.addNode(id, { ...a, x: 0, y: 0 });
  g.addEdgeWithKey("L1", "FreeTradeZone:中国（广西）自由贸易试验区", "Province:广西壮族自治区", {
    type: "LOCATED_IN",
  });
  g.addEdgeWithKey("C1", "Province:广西壮族自治区", "Corridor:西部陆海新通道", { type: "ON_CORRIDOR" });
  g.addEdgeWithKey("C2", "Province:云南省", "Corridor:西部陆海新通道", { type: "ON_CORRIDOR" });
  return g;
}

const dist = (a?: { x: number; y: number }, b?: { x: number; y: number }) =>
  a && b ? Math.hypot(a.x - b.x, a.y - b.y) : Number.NaN;

describe("seedPositions", () => {
  it("is the same whatever order the scene was built in", () => {
    expect([...seedPositions(overview("desc"))].sort()).toEqual([...seedPositions(overview("asc"))].sort());
  });

  it("groups provinces by region: the two north-eastern ones are closer to each other than to the south", () => {
    const p = seedPositions(overview());
    const jl = p.get("Province:吉林省");
    expect(dist(jl, p.get("Province:黑龙江省"))).toBeLessThan(dist(jl, p.get("Province:广西壮族自治区")));
    // North up: Heilongjiang above Guangxi.
    expect(p.get("Province:黑龙江省")?.y).toBeGreaterThan(p.get("Province:广西壮族自治区")?.y ?? 0);
  });

  it("starts a zone next to its province (by LOCATED_IN or by its name) and a corridor between its provinces", () => {
    const p = seedPositions(overview());
    expect(
      dist(p.get("FreeTradeZone:中国（广西）自由贸易试验区"), p.get("Province:广西壮族自治区")),
    ).toBeLessThan(2);
    expect(dist(p.get("FreeTradeZone:中国（云南）自由贸易试验区"), p.get("Province:云南省"))).toBeLessThan(2);
    const c = p.get("Corridor:西部陆海新通道");
    const gx = p.get("Province:广西壮族自治区");
    const yn = p.get("Province:云南省");
    expect(dist(c, gx)).toBeLessThan(dist(gx, yn));
    expect(dist(c, yn)).toBeLessThan(dist(gx, yn));
  });

  it("applySeed leaves pinned nodes where they are", () => {
    const g = overview();
    g.mergeNodeAttributes("Province:云南省", { x: 500, y: -3, fixed: true });
    applySeed(g);
    expect(g.getNodeAttributes("Province:云南省")).toMatchObject({ x: 500, y: -3 });
    expect(g.getNodeAttribute("Province:吉林省", "x")).not.toBe(0);
  });
});

describe("provincePlace", () => {
  it("knows a province by full name, short name or id, and nothing else", () => {
    expect(provincePlace("广西")?.region).toBe("south");
    expect(provincePlace("Province:甘肃省")?.region).toBe("northwest");
    expect(provincePlace("中亚")).toBeNull();
  });
});
