import { describe, expect, it } from "vitest";
import { Subgraph } from "../../../../contracts/api";
import type { LinkRow } from "../../../../server/repositories/corridors";
import type { GraphRepository } from "../../../../server/repositories/graph";
import { explain, rankLinks } from "../../../../server/services/corridors";
import { textFromPassages } from "../../../../server/services/documents";
import {
  fanoutFor,
  GraphService,
  keepStrongest,
  omittedCounts,
  rankSearch,
} from "../../../../server/services/graph";

const row = (id: string, name: string, aliases: string[] = [], score = 1, degree = 1) => ({
  id,
  type: "City",
  name,
  nameEn: null,
  aliases,
  degree,
  pinyin: "",
  score,
});

describe("search ranking", () => {
  it("puts exact names first, then prefixes, then substrings", () => {
    const hits = rankSearch(
      "二连浩特",
      [
        row("a", "中国二连浩特口岸", [], 5),
        row("b", "二连浩特市", ["二连浩特"], 1),
        row("c", "二连浩特片区", [], 2),
      ],
      10,
    );
    expect(hits.map((h) => h.id)).toEqual(["b", "c", "a"]);
    expect(hits[0]?.matched).toBe("二连浩特");
  });
  it("caps to the limit", () => {
    expect(rankSearch("x", [row("a", "x1"), row("b", "x2")], 1)).toHaveLength(1);
  });
});

describe("neighbourhood fan-out", () => {
  it("shares the budget among the frontier within bounds", () => {
    expect(fanoutFor(100, 10, 50)).toBe(12);
    expect(fanoutFor(1, 100, 50)).toBe(3);
    expect(fanoutFor(1000, 1, 50)).toBe(50);
  });
});

describe("corridor links", () => {
  const link = (zone: string, rank: number, len: number): LinkRow => ({
    corridor: "c",
    zone,
    directness: rank === 1 ? "direct" : "province",
    rank,
    nodes: Array.from({ length: len + 1 }, (_, i) => ({
      id: `n${i}`,
      type: "Province",
      name: `N${i}`,
      nameEn: null,
      degree: 0,
      aliases: [],
    })),
    rels: Array.from({ length: len }, (_, i) => ({
      id: `r${i}`,
      type: "X",
      source: "",
      target: "",
      confidence: 1,
      ev: {},
    })),
  });
  it("keeps the shortest chain per zone and kind of link, ranked by directness", () => {
    const best = rankLinks([link("z1", 5, 3), link("z1", 5, 2), link("z1", 1, 1), link("z2", 5, 2)]);
    expect(best.map((b) => [b.zone, b.rank, b.rels.length])).toEqual([
      ["z1", 1, 1],
      ["z1", 5, 2],
      ["z2", 5, 2],
    ]);
    expect(explain(link("z", 5, 2))).toBe("zone N2 → Province N1 → corridor N0");
  });
});

describe("document text from passages", () => {
  it("keeps every offset", () => {
    const text = textFromPassages(12, [
      { start: 0, end: 3, text: "一二三" },
      { start: 5, end: 8, text: "四五六" },
    ]);
    expect(text).toHaveLength(12);
    expect(text.slice(5, 8)).toBe("四五六");
  });
});

describe("subgraph by ids (shared views)", () => {
  const zone = {
    id: "FreeTradeZone:z",
    type: "FreeTradeZone",
    name: "z",
    nameEn: "Z",
    degree: 3,
    aliases: [],
  };
  const corridor = { id: "Corridor:c", type: "Corridor", name: "c", nameEn: null, degree: 2, aliases: null };
  const doc = { id: "doc:1", type: "Document", name: "Title", nameEn: null, degree: null, aliases: null };
  const asked: { typed?: string[]; rels?: string[]; provenance?: string[] } = {};
  const repo = {
    nodesByIds: async (ids: string[]) =>
      [
        { ...corridor, entity: true },
        { ...zone, entity: true },
        { ...doc, entity: false },
      ].filter((n) => ids.includes(n.id)),
    edgesAmong: async (ids: string[], rels: string[]) => {
      asked.typed = ids;
      asked.rels = rels;
      return [
        {
          id: "ON_CORRIDOR:FreeTradeZone:z->Corridor:c",
          type: "ON_CORRIDOR",
          source: zone.id,
          target: corridor.id,
          confidence: 0.9,
          evidenceCount: 2,
          count: null,
        },
      ];
    },
    provenanceEdgesAmong: async (ids: string[]) => {
      asked.provenance = ids;
      return [];
    },
  } as unknown as GraphRepository;
  const service = new GraphService(repo);

  it("returns the nodes in the order asked, once each, the edges among them and the missing ids", async () => {
    const res = Subgraph.parse(
      await service.subgraphByIds([zone.id, "Nope:x", corridor.id, zone.id, "doc:1"], undefined),
    );
    expect(res.graph.nodes.map((n) => n.key)).toEqual([zone.id, corridor.id, "doc:1"]);
    expect(res.graph.nodes[0]?.attributes).toMatchObject({ type: "FreeTradeZone", label: "z", degree: 3 });
    expect(res.graph.nodes[2]?.attributes).toMatchObject({ type: "Document", label: "Title", nameEn: null });
    expect(res.graph.edges.map((e) => e.key)).toEqual(["ON_CORRIDOR:FreeTradeZone:z->Corridor:c"]);
    expect(res.missing).toEqual(["Nope:x"]);
    expect(res.truncated).toBe(false);
    // Typed relationships among entities only (CO_OCCURS left out unless named); provenance among all.
    expect(asked.typed).toEqual([zone.id, corridor.id]);
    expect(asked.rels).not.toContain("CO_OCCURS");
    expect(asked.provenance).toEqual([zone.id, corridor.id, "doc:1"]);
  });

  it("asks for no provenance relationship when only entities were found", async () => {
    asked.provenance = undefined;
    const res = await service.subgraphByIds([zone.id], ["CO_OCCURS"]);
    expect(asked.rels).toEqual(["CO_OCCURS"]);
    expect(asked.provenance).toBeUndefined();
    expect(res.missing).toEqual([]);
  });
});

describe("search tiers", () => {
  it("exact name > exact alias > prefix > infix, whatever the full-text score", () => {
    const hits = rankSearch(
      "东盟",
      [
        row("infix", "中国东盟博览会", [], 20, 500),
        row("prefix", "东盟自贸区", [], 1, 1),
        row("alias", "东南亚国家联盟", ["东盟"], 0, 1),
        row("exact", "东盟", [], 0, 0),
      ],
      10,
    );
    expect(hits.map((h) => h.id)).toEqual(["exact", "alias", "prefix", "infix"]);
  });
  it("breaks ties by importance (degree) before the full-text score", () => {
    const hits = rankSearch("二连", [row("low", "二连甲", [], 9, 1), row("high", "二连乙", [], 1, 40)], 10);
    expect(hits.map((h) => h.id)).toEqual(["high", "low"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });
});

describe("bounded neighbourhood assembly", () => {
  const m = (id: string, type: string, degree = 1) => ({
    id,
    type,
    name: id,
    nameEn: null,
    degree,
    aliases: [],
  });
  const e = (
    id: string,
    type: string,
    source: string,
    target: string,
    confidence: number,
    other: ReturnType<typeof m>,
  ) => ({
    id,
    type,
    source,
    target,
    confidence,
    evidenceCount: 1,
    count: null,
    m: other,
  });
  it("keeps the strongest links up to the node limit and reports the rest from the type counts", () => {
    const rows = [
      {
        fid: "hub",
        kept: [
          e("r1", "PART_OF", "a", "hub", 0.9, m("a", "Area")),
          e("r2", "LOCATED_IN", "hub", "c", 0.5, m("c", "City")),
          e("r3", "PART_OF", "b", "hub", 0.7, m("b", "Area")),
        ],
        typeCounts: ["PART_OF|Area|900", "LOCATED_IN|City|100", "CO_OCCURS|City|50"],
      },
    ];
    const nodes = new Map([["hub", { key: "hub", attributes: { type: "Corridor" } }]]);
    const edges = new Map();
    const next = keepStrongest(rows, nodes as never, edges, 3);
    expect(next).toEqual(["a", "b"]);
    const omitted = omittedCounts(rows, edges, nodes as never, new Set(["PART_OF", "LOCATED_IN"]), null);
    expect(omitted).toEqual({
      nodes: { Area: 898, City: 100 },
      relationships: { PART_OF: 898, LOCATED_IN: 100 },
    });
    const onlyCities = omittedCounts(rows, edges, nodes as never, new Set(["PART_OF", "LOCATED_IN"]), [
      "City",
    ]);
    expect(onlyCities).toEqual({ nodes: { City: 100 }, relationships: { LOCATED_IN: 100 } });
  });
});
