import { describe, expect, it } from "vitest";
import {
  editsAllowed,
  fuzzyLucene,
  fuzzySearchQuery,
  latinWords,
} from "../../../../server/repositories/fuzzySearch";

describe("fuzzy search Cypher", () => {
  it("allows 1 edit to 4–5 letter words, 2 from 6 letters, none below 4", () => {
    expect([3, 4, 5, 6, 12].map(editsAllowed)).toEqual([0, 1, 1, 2, 2]);
  });
  it("takes the Latin words of the query, lower-cased, at most four", () => {
    expect(latinWords("Erenhto 片区")).toEqual(["erenhto"]);
    expect(latinWords("a b c d e")).toEqual(["a", "b", "c", "d"]);
    expect(latinWords("二连浩特")).toEqual([]);
  });
  it("makes long words fuzzy and keeps short ones as a term or prefix, every word required", () => {
    expect(fuzzyLucene("Erenhto")).toBe("erenhto~2");
    expect(fuzzyLucene("Erenhto Aera")).toBe("erenhto~2 AND aera~1");
    expect(fuzzyLucene("gx Guangxl")).toBe("(gx OR gx*) AND guangxl~2");
  });
  it("asks nothing when no word is long enough or the input is not Latin (Lucene syntax cannot get in)", () => {
    expect(fuzzyLucene("gx")).toBeNull();
    expect(fuzzyLucene("二连浩特")).toBeNull();
    expect(fuzzyLucene('"~*:)')).toBeNull();
    expect(fuzzyLucene("erenhot~9)")).toBe("erenhot~2 AND (9 OR 9*)");
  });
  it("queries the full-text index alone, with the type filter and a bounded limit as parameters", () => {
    const q = fuzzySearchQuery("erenhto~2", ["City"], 12);
    expect(q.cypher).toContain("db.index.fulltext.queryNodes('entity_search', $lucene");
    expect(q.cypher).not.toMatch(/MATCH \(/);
    expect(q.params).toEqual({ lucene: "erenhto~2", types: ["City"], ftLimit: 50 });
  });
});
