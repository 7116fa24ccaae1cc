import { describe, expect, it } from "vitest";
import type { LinkRow } from "../../../../server/repositories/corridors";
import { explain, rankLinks } from "../../../../server/services/corridors";
import { textFromPassages } from "../../../../server/services/documents";
import { fanoutFor, rankSearch } from "../../../../server/services/graph";

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
