import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ExtractedGraph } from "../../../../contracts/graph";
import { evaluate, type Gold, mergeGold } from "../../../../server/extract/evaluate";
import { extractCorpus } from "../../../../server/extract/index";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const corpus = `${root}data/corpus`;
let graph: ExtractedGraph;
const texts = new Map<string, string>();

beforeAll(async () => {
  graph = await extractCorpus(corpus);
  for (const d of graph.documents) texts.set(d.id, readFileSync(`${corpus}/${d.file}`, "utf8"));
}, 60_000);

/** Every gold quote is in its document, and the scores reach [entity P, entity R, relation P, relation R]. */
function expectFloors(
  graph: Parameters<typeof evaluate>[0],
  gold: Gold,
  texts: Map<string, string>,
  [ep, er, rp, rr]: number[],
): void {
  for (const x of [...gold.entities, ...gold.relations])
    expect((texts.get(x.doc) ?? "").includes(x.quote), `${x.doc}: ${x.quote}`).toBe(true);
  const r = evaluate(graph, gold, texts);
  expect(r.entityTotal.precision).toBeGreaterThanOrEqual(ep ?? 1);
  expect(r.entityTotal.recall).toBeGreaterThanOrEqual(er ?? 1);
  expect(r.relationTotal.precision).toBeGreaterThanOrEqual(rp ?? 1);
  expect(r.relationTotal.recall).toBeGreaterThanOrEqual(rr ?? 1);
}

describe("extractCorpus on data/corpus", () => {
  it("matches the zod contract", () => {
    const r = ExtractedGraph.safeParse(graph);
    expect(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
    expect(graph.documents).toHaveLength(5);
    expect(graph.problems).toEqual([]);
  });

  it("quotes every evidence, mention and passage exactly from the original text, inside its passage", () => {
    const passages = new Map(graph.passages.map((p) => [p.id, p]));
    for (const p of graph.passages) expect(texts.get(p.doc)?.slice(p.start, p.end)).toBe(p.text);
    const check = (ev: { doc: string; passage: string; start: number; end: number }, quote: string) => {
      const text = texts.get(ev.doc) ?? "";
      expect(text.slice(ev.start, ev.end)).toBe(quote);
      const p = passages.get(ev.passage);
      expect(p?.doc).toBe(ev.doc);
      expect(ev.start).toBeGreaterThanOrEqual(p?.start ?? Number.POSITIVE_INFINITY);
      expect(ev.end).toBeLessThanOrEqual(p?.end ?? -1);
    };
    for (const e of graph.edges) for (const ev of e.evidence) check(ev, ev.quote);
    for (const c of graph.claims) for (const ev of c.evidence) check(ev, ev.quote);
    for (const m of graph.mentions) check(m, m.surface);
  });

  it("refers only to existing nodes and keeps co-occurrence separate", () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) {
      expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
      if (e.type === "CO_OCCURS") {
        expect(e.evidence.every((ev) => ev.method === "cooccurrence")).toBe(true);
        expect(e.properties.count).toBeGreaterThan(0);
      } else expect(e.evidence.some((ev) => ev.method === "cooccurrence")).toBe(false);
    }
    for (const c of graph.claims) expect(ids.has(c.subject), c.id).toBe(true);
  });

  it("takes facts from sentences only: no catalog-made relation, no catalog parent as a node property", () => {
    const methods = new Set(graph.edges.flatMap((e) => e.evidence.map((ev) => ev.method)));
    expect([...methods].sort()).toEqual(["cooccurrence", "pattern", "table"]);
    expect(graph.nodes.filter((n) => "parent" in n.properties).map((n) => n.id)).toEqual([]);
  });

  it("is deterministic", async () => {
    const again = await extractCorpus(corpus);
    expect(JSON.stringify(again)).toBe(JSON.stringify(graph));
  });

  it("keeps the changing zone counts side by side (21 in 2023, 22, 23 in 2026)", () => {
    const counts = graph.claims.filter((c) => c.subject === "Country:中国" && c.predicate === "ftz_count");
    const byValue = new Set(counts.map((c) => `${c.value}@${c.statedYear}`));
    expect(byValue.has("21@2023")).toBe(true);
    expect(byValue.has("22@2026")).toBe(true);
    expect(byValue.has("23@2026")).toBe(true);
    const cat = graph.claims
      .filter((c) => c.predicate.startsWith("ftz_count_"))
      .map((c) => `${c.predicate}=${c.value}`);
    expect(cat).toEqual(
      expect.arrayContaining(["ftz_count_coastal=10", "ftz_count_inland=8", "ftz_count_border=4"]),
    );
    const xinjiang = graph.nodes.find((n) => n.id === "FreeTradeZone:中国（新疆）自由贸易试验区");
    expect(xinjiang?.properties.category).toBe("border");
  });

  it("reads establishment dates, category counts and categories stated in the running text", () => {
    const xj = "FreeTradeZone:中国（新疆）自由贸易试验区";
    const nm = "FreeTradeZone:中国（内蒙古）自由贸易试验区";
    const claim = (s: string, p: string) => graph.claims.find((c) => c.subject === s && c.predicate === p);
    expect(claim(xj, "established")?.value).toBe("2023-11");
    expect(claim(xj, "established")?.evidence[0]?.quote).toContain("挂牌成立");
    expect(graph.nodes.find((n) => n.id === xj)?.properties.established).toBe("2023-11");
    expect(claim(nm, "established")?.value).toBe("2026-04");
    expect(claim(nm, "plan_published")?.value).toBe("2026-04-09");
    expect(graph.nodes.find((n) => n.id === nm)?.properties.category).toBe("border");
    // 沿边自贸区增至4个 is the number of border zones, never the total
    const four = graph.claims.filter((c) => c.evidence[0]?.quote.includes("沿边自贸区增至4个"));
    expect(four.map((c) => c.predicate)).toEqual(["ftz_count_border"]);
    expect(graph.claims.some((c) => c.predicate === "ftz_count" && c.value === 4)).toBe(false);
    // BORDERS only to countries: not to the continent of 外通欧亚
    expect(graph.edges.some((e) => e.type === "BORDERS" && e.target === "Country:亚欧大陆")).toBe(false);
  });

  it("reads table 1 (dates, phases, areas) and table 2 (development-zone counts) of the report", () => {
    const gd = graph.nodes.find((n) => n.id === "FreeTradeZone:中国（广东）自由贸易试验区");
    expect(gd?.properties.established).toBe("2015-04-21");
    expect(gd?.properties.phase).toBe(2);
    const nansha = graph.edges.find(
      (e) => e.id === "PART_OF:Area:广州南沙新区片区->FreeTradeZone:中国（广东）自由贸易试验区",
    );
    expect(nansha?.evidence.some((ev) => ev.method === "table")).toBe(true);
    const established = graph.claims.filter(
      (c) => c.predicate === "established" && c.evidence[0]?.method === "table",
    );
    expect(established.length).toBe(21);
    const etdz = graph.claims.find(
      (c) => c.subject === "DevZone:国家级经济技术开发区" && c.predicate === "count",
    );
    expect(etdz?.value).toBe(230);
    const cbz = graph.claims.find((c) => c.subject === "DevZone:综合保税区" && c.predicate === "count");
    expect(cbz?.value).toBe(156);
  });

  it("meets the quality targets on the hand annotation", () => {
    // both hand annotations together (gold.json: 000, 003, table 1 of 002; gold-001-004.json: 001, parts of 004)
    const gold = mergeGold(
      ["gold.json", "gold-001-004.json"].map(
        (f) => JSON.parse(readFileSync(`${root}tests/fixtures/annotations/${f}`, "utf8")) as Gold,
      ),
    );
    const byStem = new Map([...texts].map(([id, t]) => [id.slice(4), t]));
    // every annotated quote really is in its document (annotation sanity)
    const squash = (s: string) => s.replace(/\s+/g, "");
    for (const x of [...gold.entities, ...gold.relations]) {
      expect(squash(byStem.get(x.doc) ?? "").includes(squash(x.quote)), `${x.doc}: ${x.quote}`).toBe(true);
    }
    expect(gold.entities.length).toBeGreaterThanOrEqual(150);
    expect(gold.relations.length).toBeGreaterThanOrEqual(100);
    const r = evaluate(graph, gold, byStem);
    expect(r.entityTotal.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.entityTotal.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.relationTotal.recall).toBeGreaterThanOrEqual(0.85);
    expect(r.relationTotal.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps its precision on the third annotation (002 chapters 1-4, held out until this round)", () => {
    // gold-002-heldout.json was written without looking at the extractor; its errors were read in
    // one development round, so these targets are what it measured after that round, not a blind score
    const gold = JSON.parse(
      readFileSync(`${root}tests/fixtures/annotations/gold-002-heldout.json`, "utf8"),
    ) as Gold;
    const byStem = new Map([...texts].map(([id, t]) => [id.slice(4), t]));
    const squash = (s: string) => s.replace(/\s+/g, "");
    for (const x of [...gold.entities, ...gold.relations]) {
      expect(squash(byStem.get(x.doc) ?? "").includes(squash(x.quote)), `${x.doc}: ${x.quote}`).toBe(true);
    }
    const r = evaluate(graph, gold, byStem);
    expect(r.entityTotal.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.entityTotal.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.relationTotal.precision).toBeGreaterThanOrEqual(0.93);
    expect(r.relationTotal.recall).toBeGreaterThanOrEqual(0.75);
  });

  it.each([
    // [file, entity P, entity R, relation P, relation R]: floors at the scores measured after the
    // round that read their errors (the blind scores before it are in README); a drop fails
    ["gold-rest-blind.json", 0.92, 0.88, 0.9, 0.74],
    ["table1-focus-reannotation.json", 0.8, 0.7, 0.77, 0.65],
  ])("keeps its scores on the fourth annotation %s", (file, ep, er, rp, rr) => {
    const gold = JSON.parse(readFileSync(`${root}tests/fixtures/annotations/${file}`, "utf8")) as Gold;
    const byStem = new Map([...texts].map(([id, t]) => [id.slice(4), t]));
    expectFloors(graph, gold, byStem, [ep, er, rp, rr]);
  });

  it.each([
    // [file, entity P, entity R, relation P, relation R]. Blind scores before their errors were read:
    // gold-unseen-blind.json entities P 0.914 R 0.740, relations P 0.700 R 0.405 (round 3 extractor);
    // gold-unseen-blind-2.json entities P 0.890 R 0.871, relations P 0.896 R 0.582 (round 4). Floors
    // a little below what the later rounds reached, so that a regression fails.
    ["gold-unseen-blind.json", 0.93, 0.9, 0.85, 0.62],
    // (relation P floor 0.92 since the route, membership and foreign-city rules: the three new "false
    // positives" are facts the text states but the annotation predates — 越南老街市 and 缅甸木姐市
    // LOCATED_IN their countries, 中老铁路北起昆明 puts 昆明 on the railway)
    ["gold-unseen-blind-2.json", 0.92, 0.85, 0.92, 0.62],
  ])(
    "keeps its scores on the unseen fictional documents of %s (own corpus)",
    async (file, ep, er, rp, rr) => {
      const gold = JSON.parse(readFileSync(`${root}tests/fixtures/annotations/${file}`, "utf8")) as Gold;
      const g = await extractCorpus(`${root}${gold.corpus}`);
      const byStem = new Map(g.documents.map((d) => [d.id.slice(4), d.text ?? ""]));
      expectFloors(g, gold, byStem, [ep, er, rp, rr]);
    },
  );

  it.each([
    // [file, entity P, entity R, relation P, relation R]: the dev parts of the real-text sets, read by
    // the rule rounds (their first blind scores are in tests/fixtures/real/README.md). Floors a little
    // below the scores after release 8's rounds, so that a regression fails; held-out parts and set 6
    // (not yet tuned on) get no floor here: `npm run eval` reports them apart.
    ["real-set1-dev.json", 0.91, 0.84, 0.9, 0.6],
    ["real-set2-dev.json", 0.95, 0.92, 0.92, 0.86],
    ["real-set3-dev.json", 0.9, 0.85, 0.89, 0.7],
    ["real-set4-dev.json", 0.89, 0.84, 0.86, 0.55],
    ["real-set5-dev.json", 0.91, 0.87, 0.89, 0.61],
  ])("keeps its scores on the real dev texts of %s (own corpus)", async (file, ep, er, rp, rr) => {
    const gold = JSON.parse(readFileSync(`${root}tests/fixtures/annotations/${file}`, "utf8")) as Gold;
    const g = await extractCorpus(`${root}${gold.corpus}`);
    const byStem = new Map(g.documents.map((d) => [d.id.slice(4), d.text ?? ""]));
    expectFloors(g, gold, byStem, [ep, er, rp, rr]);
  });

  it("does not score the types a scope skips, and only inside that scope", () => {
    const text = "甲。乙";
    const g = {
      documents: [],
      nodes: [],
      edges: [],
      claims: [],
      problems: [],
      mentions: [
        { node: "Industry:物流", passage: "p", doc: "doc:d", start: 0, end: 1, surface: "甲" },
        { node: "Industry:金融", passage: "p", doc: "doc:d", start: 2, end: 3, surface: "乙" },
      ],
    } as unknown as Parameters<typeof evaluate>[0];
    const gold: Gold = {
      scope: [
        { doc: "d", to: "。", skip: ["Industry"] },
        { doc: "d", from: "乙" },
      ],
      entities: [{ doc: "d", id: "Industry:金融", quote: "乙" }],
      relations: [],
    };
    const r = evaluate(g, gold, new Map([["d", text]]));
    expect(r.entityTotal).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("unseen document (tests/fixtures/corpus-unseen)", () => {
  it("finds the zone, its areas, ports and corridors with evidence", async () => {
    const g = await extractCorpus(`${root}tests/fixtures/corpus-unseen`);
    const ids = new Set(g.nodes.map((n) => n.id));
    const zone = "FreeTradeZone:中国（吉林）自由贸易试验区";
    expect(ids.has(zone)).toBe(true);
    for (const a of ["长春片区", "珲春片区", "延吉片区"]) {
      const e = g.edges.find((x) => x.id === `PART_OF:Area:${a}->${zone}`);
      expect(e?.evidence.length, a).toBeGreaterThan(0);
    }
    for (const p of ["Port:珲春口岸", "Port:圈河口岸", "Port:扎鲁比诺港"]) expect(ids.has(p), p).toBe(true);
    expect(ids.has("Port:托珲春口岸")).toBe(false);
    expect(g.edges.some((e) => e.id === `ON_CORRIDOR:${zone}->Corridor:中蒙俄经济走廊`)).toBe(true);
    expect(g.nodes.find((n) => n.id === "Area:延吉片区")?.source).toBe("pattern");
    expect(g.claims.some((c) => c.subject === zone && c.predicate === "area_km2" && c.value === 110)).toBe(
      true,
    );
  });
});

describe("unseen documents about zones outside the corpus focus (no catalog tuning)", () => {
  const edge = (g: ExtractedGraph, id: string) => g.edges.find((e) => e.id === id);
  const hasEvidence = (g: ExtractedGraph, id: string) => (edge(g, id)?.evidence.length ?? 0) > 0;
  /** Every evidence of the edge is read from the language, one quotes the sentence from `start` on. */
  const statedBy = (g: ExtractedGraph, id: string, start: string) => {
    const evs = edge(g, id)?.evidence ?? [];
    return evs.every((ev) => ev.method === "pattern") && evs.some((ev) => ev.quote.startsWith(start));
  };

  it("Guangxi: areas, ports, corridor, ASEAN, border with Vietnam", async () => {
    const g = await extractCorpus(`${root}tests/fixtures/corpus-unseen-guangxi`);
    const zone = "FreeTradeZone:中国（广西）自由贸易试验区";
    // stated by the sentence 中国（广西）自由贸易试验区涵盖南宁、钦州港、崇左三个片区, not by the catalog
    for (const a of ["南宁片区", "钦州港片区", "崇左片区"])
      expect(statedBy(g, `PART_OF:Area:${a}->${zone}`, "中国（广西）自由贸易试验区涵盖南宁"), a).toBe(true);
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const p of ["Port:凭祥口岸", "Port:友谊关口岸", "Port:钦州港", "Country:越南", "Country:东盟"])
      expect(ids.has(p), p).toBe(true);
    expect(hasEvidence(g, "LOCATED_IN:Port:凭祥口岸->City:凭祥")).toBe(true);
    expect(hasEvidence(g, `ON_CORRIDOR:${zone}->Corridor:西部陆海新通道`)).toBe(true);
    expect(hasEvidence(g, "BORDERS:Province:广西壮族自治区->Country:越南")).toBe(true);
    expect(hasEvidence(g, `COOPERATES_WITH:${zone}->Country:东盟`)).toBe(true);
    expect(hasEvidence(g, "LINKED_PORT:Area:钦州港片区->Port:钦州港")).toBe(true);
    expect(hasEvidence(g, "FOCUSES_ON:Area:崇左片区->Industry:跨境物流")).toBe(true);
    for (const c of ["新加坡", "越南", "泰国"])
      expect(hasEvidence(g, `CONNECTS:Corridor:西部陆海新通道->Country:${c}`), c).toBe(true);
    // the evidence of a typed edge quotes the sentence it was read from
    expect(edge(g, "BORDERS:Province:广西壮族自治区->Country:越南")?.evidence[0]?.quote).toContain("接壤");
  });

  it("Heilongjiang: areas, ports, Russia, corridor, subject of a long sentence", async () => {
    const g = await extractCorpus(`${root}tests/fixtures/corpus-unseen-heilongjiang`);
    const zone = "FreeTradeZone:中国（黑龙江）自由贸易试验区";
    for (const a of ["哈尔滨片区", "黑河片区", "绥芬河片区"])
      expect(statedBy(g, `PART_OF:Area:${a}->${zone}`, "中国（黑龙江）自由贸易试验区包括哈尔滨"), a).toBe(
        true,
      );
    expect(hasEvidence(g, "LOCATED_IN:Port:黑河口岸->City:黑河")).toBe(true);
    expect(hasEvidence(g, "LOCATED_IN:Port:绥芬河铁路口岸->City:绥芬河")).toBe(true);
    expect(hasEvidence(g, "BORDERS:Province:黑龙江省->Country:俄罗斯")).toBe(true);
    // 绥芬河片区依托绥芬河铁路口岸，深度融入中蒙俄经济走廊: the area, not the port object of 依托
    expect(hasEvidence(g, "ON_CORRIDOR:Area:绥芬河片区->Corridor:中蒙俄经济走廊")).toBe(true);
    expect(edge(g, "ON_CORRIDOR:Port:绥芬河铁路口岸->Corridor:中蒙俄经济走廊")).toBeUndefined();
    expect(hasEvidence(g, "ON_CORRIDOR:Port:绥芬河铁路口岸->Corridor:中欧班列")).toBe(true);
    expect(hasEvidence(g, "FOCUSES_ON:Area:黑河片区->Industry:商贸物流")).toBe(true);
    expect(edge(g, "FOCUSES_ON:Province:黑龙江省->Industry:商贸物流")).toBeUndefined();
    expect(hasEvidence(g, "FOCUSES_ON:Area:哈尔滨片区->Industry:生物医药")).toBe(true);
    expect(hasEvidence(g, "COOPERATES_WITH:Area:哈尔滨片区->Country:俄罗斯")).toBe(true);
  });

  it("Jiangxi (zone, areas, ports, dev zones not in the catalog): structure, corridors, carried subjects", async () => {
    const g = await extractCorpus(`${root}tests/fixtures/corpus-unseen-jiangxi`);
    const zone = "FreeTradeZone:中国（江西）自由贸易试验区";
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(byId.get(zone)?.source).toBe("pattern");
    expect(byId.get(zone)?.properties.established).toBe("2026-05");
    for (const a of ["南昌片区", "九江片区", "赣州片区"]) {
      expect(byId.get(`Area:${a}`)?.source, a).toBe("pattern");
      expect(hasEvidence(g, `PART_OF:Area:${a}->${zone}`), a).toBe(true);
    }
    for (const p of ["Port:九江港", "Port:龙南口岸", "DevZone:赣州综合保税区", "DevZone:南昌综合保税区"])
      expect(byId.get(p)?.source, p).toBe("pattern");
    expect(byId.has("Port:托龙南口岸")).toBe(false);
    expect(hasEvidence(g, "HAS_PLATFORM:Area:赣州片区->DevZone:赣州综合保税区")).toBe(true);
    expect(hasEvidence(g, "ON_CORRIDOR:Area:九江片区->Corridor:长江经济带")).toBe(true);
    // 赣州片区…，依托龙南口岸…，积极融入西部陆海新通道: the area, not the port object of 依托
    expect(hasEvidence(g, "ON_CORRIDOR:Area:赣州片区->Corridor:西部陆海新通道")).toBe(true);
    expect(edge(g, "ON_CORRIDOR:Port:龙南口岸->Corridor:西部陆海新通道")).toBeUndefined();
    // subjectless clause under a heading naming the zone; 该片区 refers back to the area
    expect(edge(g, `LINKED_PORT:${zone}->Port:宁波舟山港`)?.evidence.length).toBe(2);
    expect(edge(g, "FOCUSES_ON:Area:赣州片区->Industry:跨境电商")?.evidence.length).toBe(2);
  });
});
