/**
 * Every named query runs through the read-only guard on the corpus graph with its default parameters
 * and returns rows that the documents of data/corpus state (see the quotes in the comments).
 */
import { afterAll, describe, expect, it } from "vitest";
import type { NamedQuery } from "../../../../contracts/api";
import { getQuery, loadQueryCatalog } from "../../../../server/queries/catalog";
import { runNamedQuery } from "../../../../server/queries/run";
import { testExecutor } from "../../../support/neo4j";

type Row = Record<string, unknown>;

const executor = testExecutor();
afterAll(() => executor.close());
const catalog = loadQueryCatalog();

async function run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const result = await runNamedQuery(executor, getQuery(catalog, name), params, { maxRows: 2000 });
  return result.rows;
}
const col = (rows: Row[], c: string) => rows.map((r) => r[c]);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v ?? ""));

/** What each query's default run must contain, from the documents. */
const DEFAULT_EXPECTATIONS: Record<string, (rows: Row[]) => void> = {
  // 000: "广西、云南、黑龙江、新疆4个沿边自贸区"
  zones_by_category: (rows) => {
    expect(col(rows, "zone")).toEqual(
      expect.arrayContaining([
        "中国（广西）自由贸易试验区",
        "中国（云南）自由贸易试验区",
        "中国（黑龙江）自由贸易试验区",
        "中国（新疆）自由贸易试验区",
      ]),
    );
    expect(new Set(col(rows, "category"))).toEqual(new Set(["border"]));
  },
  // 002: "2013 年 9 月第一个自贸试验区在上海设立" … "2015 年在广东、天津和福建设立了自贸试验区"
  zones_by_establishment: (rows) => {
    const shanghai = rows.find((r) => r.zone === "中国（上海）自由贸易试验区");
    expect(shanghai?.year).toBe(2013);
    expect(shanghai?.phase).toBe(1);
    const in2015 = rows.filter((r) => r.year === 2015).map((r) => r.zone);
    expect(in2015).toEqual(
      expect.arrayContaining([
        "中国（广东）自由贸易试验区",
        "中国（天津）自由贸易试验区",
        "中国（福建）自由贸易试验区",
      ]),
    );
    const years = col(rows, "year") as number[];
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  },
  // 003: "内蒙古自贸试验区涵盖呼和浩特、满洲里、二连浩特三个片区"
  zone_areas: (rows) => {
    expect(col(rows, "area")).toEqual(expect.arrayContaining(["呼和浩特片区", "满洲里片区", "二连浩特片区"]));
    const erenhot = rows.find((r) => r.area === "二连浩特片区");
    expect(list(erenhot?.documents)).toContain("doc:003_12a3db38e9cb99d5");
  },
  // 001: "深度融入中蒙俄经济走廊建设"; 003: "二连浩特片区则深耕中蒙俄经济走廊"
  corridor_zones: (rows) => {
    const im = rows.find((r) => r.zone === "中国（内蒙古）自由贸易试验区");
    expect(im).toBeDefined();
    expect(["direct", "area"]).toContain(im?.directness);
    expect(list(im?.chain).length).toBeGreaterThan(0);
    expect(text(list(im?.chain)[0])).toMatch(/-\[(ON_CORRIDOR|PART_OF|CONNECTS)\]->/);
  },
  // 000: "内蒙古…作为中蒙俄经济走廊重要节点"; 001: "内蒙古自古便是草原丝绸之路与万里茶道的重要节点"
  province_corridors: (rows) => {
    expect(col(rows, "corridor")).toEqual(expect.arrayContaining(["中蒙俄经济走廊"]));
    expect(col(rows, "corridor")).toEqual(expect.arrayContaining(["万里茶道"]));
  },
  // 003: "二连浩特铁路口岸", "满洲里铁路口岸"; 000: "外接俄罗斯和蒙古"
  zone_ports: (rows) => {
    expect(col(rows, "port")).toEqual(expect.arrayContaining(["二连浩特铁路口岸", "满洲里铁路口岸"]));
    const erenhot = rows.find((r) => r.port === "二连浩特铁路口岸");
    expect(list(erenhot?.faces)).toEqual(expect.arrayContaining(["蒙古国"]));
    const manzhouli = rows.find((r) => r.port === "满洲里铁路口岸");
    expect(list(manzhouli?.faces)).toEqual(expect.arrayContaining(["俄罗斯"]));
  },
  // 000: 山西 "推动RCEP国际合作产业园"; 001: "我国虽已申请加入 CPTPP 和 DEPA"
  agreements_aligned: (rows) => {
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: "山西省", agreement: "区域全面经济伙伴关系协定" }),
        expect.objectContaining({ subject: "中国", agreement: "全面与进步跨太平洋伙伴关系协定" }),
      ]),
    );
  },
  // 000: "内蒙古、甘肃、山西、贵州,4个中西部地区的省区都提出了申建自由贸易试验区"
  province_applications: (rows) => {
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ province: "甘肃省", zone: "中国（甘肃）自由贸易试验区" }),
        expect.objectContaining({ province: "山西省", zone: "中国（山西）自由贸易试验区" }),
        expect.objectContaining({ province: "贵州省", zone: "中国（贵州）自由贸易试验区" }),
      ]),
    );
    const shanxi = rows.find((r) => r.province === "山西省");
    expect(list(shanxi?.documents)).toContain("doc:000_5855035de3b89a8d");
  },
  most_connected: (rows) => {
    expect(rows).toHaveLength(15);
    const degrees = col(rows, "degree") as number[];
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
    expect(degrees[0]).toBeGreaterThan(1);
  },
  most_central: (rows) => {
    expect(rows).toHaveLength(15);
    const reach = col(rows, "reach2") as number[];
    expect([...reach].sort((a, b) => b - a)).toEqual(reach);
    for (const r of rows) expect(r.reach2 as number).toBeGreaterThanOrEqual(r.reach1 as number);
  },
  // 003: "根据战略擘画，内蒙古自贸试验区涵盖呼和浩特、满洲里、二连浩特三个片区"
  relationship_evidence: (rows) => {
    expect(new Set(col(rows, "relationship"))).toEqual(new Set(["PART_OF"]));
    const from003 = rows.find((r) => text(r.sentence).includes("涵盖呼和浩特、满洲里、二连浩特三个片区"));
    expect(from003?.document).toBe("构筑我国向北开放的重要桥头堡——写在中国(内蒙古)自由贸易试验区获批之际");
    for (const r of rows) expect(text(r.sentence)).toContain(text(r.quote).replace(/\s+/g, "").slice(0, 4));
  },
  // 002: "自贸试验区的数量已增至21个"; 000: "22个国家级自贸区"; 001: "先后设立 23 个自由贸易试验区"
  claims_over_time: (rows) => {
    const byValue = (v: number) => rows.filter((r) => r.value === v);
    expect(byValue(21).map((r) => r.statedYear)).toContain(2023);
    expect(byValue(22).map((r) => r.statedYear)).toContain(2026);
    expect(byValue(23).map((r) => r.statedYear)).toContain(2026);
    const years = col(rows, "statedYear") as number[];
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    for (const r of rows) expect(list(r.documents).length).toBeGreaterThan(0);
  },
  // 003 names the three areas, the corridor and the Erenhot railway port
  document_mentions: (rows) => {
    expect(col(rows, "entity")).toEqual(
      expect.arrayContaining([
        "二连浩特片区",
        "满洲里片区",
        "呼和浩特片区",
        "中蒙俄经济走廊",
        "二连浩特铁路口岸",
      ]),
    );
    const counts = col(rows, "mentions") as number[];
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  },
  // 003 and 001 both name 二连浩特片区 (001: "涵盖呼和浩特、满洲里、二连浩特三大片区") and 中蒙俄经济走廊
  documents_mentioning_both: (rows) => {
    expect(col(rows, "docId")).toEqual(
      expect.arrayContaining(["doc:003_12a3db38e9cb99d5", "doc:001_feab58405e0196af"]),
    );
  },
  // 003: "二连浩特片区则深耕中蒙俄经济走廊"; 000: 内蒙古 "外接俄罗斯和蒙古"
  shortest_paths: (rows) => {
    for (const r of rows) {
      expect(list(r.nodes)[0]).toBe("二连浩特片区");
      expect(list(r.nodes).at(-1)).toBe("蒙古国");
      expect(r.hops).toBe(list(r.chain).length);
    }
    expect(rows[0]?.hops as number).toBeLessThanOrEqual(3);
  },
  // 002 (2023) counts 21 zones, 001 (2026) counts 23
  claims_diff: (rows) => {
    const count = rows.find((r) => r.subject === "中国" && r.predicate === "ftz_count");
    expect(count?.status).toBe("changed");
    expect(list(count?.valuesA).join(" ")).toMatch(/\b21\b/);
    expect(list(count?.valuesB).join(" ")).toMatch(/\b23\b/);
  },
  // 002's table 1 states 21 establishment dates; 000 and 001 (2026) state Xinjiang's and Inner Mongolia's
  zones_as_of: (rows) => {
    expect(rows).toHaveLength(21);
    expect(col(rows, "zone")).not.toContain("中国（新疆）自由贸易试验区");
    const established = col(rows, "established") as string[];
    expect([...established].sort()).toEqual(established);
    for (const r of rows) expect(text(r.sentence).length).toBeGreaterThan(0);
  },
  // 002: 21 zones (2023); 001: "先后设立 23 个自由贸易试验区" (2026-04)
  claims_changed_between: (rows) => {
    const count = rows.find((r) => r.subject === "中国" && r.predicate === "ftz_count");
    expect(count?.valueBefore).toBe(21);
    expect(count?.valueAfter).toBe(23);
    expect(text(count?.sentenceBefore)).toMatch(/21/);
    expect(text(count?.sentenceAfter)).toMatch(/23/);
  },
  agreement_matrix: (rows) => {
    expect(col(rows, "agreement")).toEqual(expect.arrayContaining(["RCEP", "CPTPP", "DEPA"]));
    for (const r of rows) expect(r.evidence as number).toBeGreaterThan(0);
  },
  // 003: "二连浩特片区则深耕中蒙俄经济走廊"
  corridor_matrix: (rows) => {
    const inner = rows.find(
      (r) => r.corridor === "中蒙俄经济走廊" && r.zone === "中国（内蒙古）自由贸易试验区",
    );
    expect(inner?.rank as number).toBeLessThanOrEqual(2);
    expect(text(inner?.chain)).toMatch(/^中国（内蒙古）自由贸易试验区 → .*中蒙俄经济走廊$/);
    expect(new Set(col(rows, "corridor")).size).toBeGreaterThan(3);
  },
  search_entities: (rows) => {
    expect(text(rows[0]?.name)).toContain("二连浩特");
    expect(col(rows, "name")).toEqual(
      expect.arrayContaining(["二连浩特", "二连浩特片区", "二连浩特铁路口岸"]),
    );
  },
  // 003: areas of the zone; "二连浩特片区则深耕中蒙俄经济走廊"
  entity_neighbours: (rows) => {
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          direction: "out",
          relationship: "PART_OF",
          other: "中国（内蒙古）自由贸易试验区",
        }),
        expect.objectContaining({ direction: "out", relationship: "ON_CORRIDOR", other: "中蒙俄经济走廊" }),
      ]),
    );
    expect(col(rows, "relationship")).not.toContain("CO_OCCURS");
  },
  // 001: "呼和浩特片区重点发展新能源、新材料、生物医药、新一代信息技术等战略性新兴产业"
  zone_industries: (rows) => {
    expect(col(rows, "industry")).toEqual(expect.arrayContaining(["新能源", "新材料", "生物医药"]));
    const energy = rows.find((r) => r.industry === "新能源");
    expect(list(energy?.statedFor)).toContain("呼和浩特片区");
  },
};

describe("named queries on the corpus graph", () => {
  it("every query of cypher/queries has an expectation here", () => {
    expect(catalog.map((q) => q.name).sort()).toEqual(Object.keys(DEFAULT_EXPECTATIONS).sort());
  });

  it.each(catalog.map((q): [string, NamedQuery] => [q.name, q]))(
    "%s with its default parameters returns what the documents say",
    async (name) => {
      const rows = await run(name);
      expect(rows.length).toBeGreaterThan(0);
      DEFAULT_EXPECTATIONS[name]?.(rows);
    },
  );
});

describe("named queries with other parameters", () => {
  it("zones_by_category accepts Chinese category names (000: 湖北、重庆等8个内陆自贸区)", async () => {
    const rows = await run("zones_by_category", { category: "内陆" });
    expect(col(rows, "zone")).toEqual(
      expect.arrayContaining(["中国（湖北）自由贸易试验区", "中国（重庆）自由贸易试验区"]),
    );
  });

  it("zones_by_establishment filters one phase (002: 2020 年…北京、湖南和安徽)", async () => {
    const rows = await run("zones_by_establishment", { phase: "6" });
    expect(col(rows, "zone").sort()).toEqual(
      ["中国（北京）自由贸易试验区", "中国（安徽）自由贸易试验区", "中国（湖南）自由贸易试验区"].sort(),
    );
  });

  it("zone_areas matches a zone by its English name too", async () => {
    const rows = await run("zone_areas", { zone: "China (Inner Mongolia) Pilot Free Trade Zone" });
    expect(col(rows, "area")).toContain("二连浩特片区");
  });

  it("agreements_aligned for one province", async () => {
    const rows = await run("agreements_aligned", { subject: "山西省" });
    expect(col(rows, "agreement")).toContain("区域全面经济伙伴关系协定");
    expect(new Set(col(rows, "subject"))).toEqual(new Set(["山西省"]));
  });

  it("most_connected honours type and limit given as CLI strings", async () => {
    const rows = await run("most_connected", { type: "Area", limit: "3" });
    expect(rows).toHaveLength(3);
    expect(new Set(col(rows, "type"))).toEqual(new Set(["Area"]));
  });

  it("search_entities finds by toneless pinyin", async () => {
    const rows = await run("search_entities", { q: "erlianhaote" });
    expect(col(rows, "name")).toContain("二连浩特");
  });

  it("claims_diff with changedOnly lists only changes", async () => {
    const rows = await run("claims_diff", { changedOnly: "true" });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(col(rows, "status"))).toEqual(new Set(["changed"]));
  });

  it("an unknown entity gives an empty result, not an error", async () => {
    expect(await run("zone_areas", { zone: "不存在的自贸区" })).toEqual([]);
  });
});
