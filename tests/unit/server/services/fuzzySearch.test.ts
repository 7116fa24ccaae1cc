import { describe, expect, it } from "vitest";
import type { FuzzyRow } from "../../../../server/repositories/fuzzySearch";
import { editDistance, rankFuzzy } from "../../../../server/services/fuzzySearch";

const row = (id: string, nameEn: string | null, pinyin: string, degree = 1): FuzzyRow => ({
  id,
  type: id.split(":")[0] ?? "City",
  name: id.split(":")[1] ?? id,
  nameEn,
  aliases: [],
  degree,
  pinyin,
  score: 1,
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and a swap of neighbours as one edit each", () => {
    expect(editDistance("erenhot", "erenhot")).toBe(0);
    expect(editDistance("erenhto", "erenhot")).toBe(1);
    expect(editDistance("erenht", "erenhot")).toBe(1);
    expect(editDistance("erenhxt", "erenhot")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("stops early above the bound, answering bound + 1", () => {
    expect(editDistance("chongqing", "guangxi", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("rankFuzzy", () => {
  const rows = [
    row("Area:二连浩特片区", "Erenhot Area", "erlianhaotepianqu elhtpq", 3),
    row("City:二连浩特", "Erenhot", "erlianhaote elht", 4),
    row("Province:广西壮族自治区", "Guangxi", "guangxi gx", 30),
  ];
  it("keeps hits within the allowed edits, closest first, then by degree, and suggests the closest words", () => {
    const r = rankFuzzy("Erenhto", rows, 10);
    expect(r.hits.map((h) => h.id)).toEqual(["City:二连浩特", "Area:二连浩特片区"]);
    expect(r.hits.map((h) => h.distance)).toEqual([1, 1]);
    expect(r.hits[0]?.matched).toBe("Erenhot");
    expect(r.suggestion).toBe("Erenhot");
  });
  it("matches pinyin keys as well as English names", () => {
    const r = rankFuzzy("erlainhaote", rows, 10);
    expect(r.hits[0]?.id).toBe("City:二连浩特");
    expect(r.suggestion).toBe("erlianhaote");
  });
  it("requires every word to be close and suggests nothing when the query was already right", () => {
    expect(rankFuzzy("Erenhto Aera", rows, 10).hits.map((h) => h.id)).toEqual(["Area:二连浩特片区"]);
    expect(rankFuzzy("Erenhto Aera", rows, 10).suggestion).toBe("Erenhot Area");
    expect(rankFuzzy("Erenhot", rows, 10).suggestion).toBeNull();
  });
  it("drops rows matched too far away or on a field it cannot measure, and honours the limit", () => {
    expect(rankFuzzy("Zamyn", rows, 10).hits).toEqual([]);
    expect(rankFuzzy("Erenhto", rows, 1).hits).toHaveLength(1);
  });
});
