import { describe, expect, it } from "vitest";
import { rankedInPlace } from "../../../../../server/extract/relations/ranked-in-place";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule ranked-in-place", () => {
  it("locates a zone or port ranked first or only of a province in it", () => {
    expect(relationsBy([rankedInPlace], "满洲里口岸是内蒙古唯一的对俄铁路口岸。")).toEqual([
      "LOCATED_IN:Port:满洲里口岸->Province:内蒙古自治区",
    ]);
    expect(
      relationsBy([rankedInPlace], "郑州经济技术开发区作为河南省首个国家级开发区，带动了周边发展。"),
    ).toEqual(["LOCATED_IN:DevZone:郑州经济技术开发区->Province:河南省"]);
  });

  it("takes the subject of the clauses before a copula that opens its clause", () => {
    expect(relationsBy([rankedInPlace], "二连浩特口岸历史悠久，是内蒙古最大的陆路口岸。")).toEqual([
      "LOCATED_IN:Port:二连浩特口岸->Province:内蒙古自治区",
    ]);
  });

  it("gives nothing when further places follow the place (a port serving several)", () => {
    expect(relationsBy([rankedInPlace], "天津港是北京、河北等地最大的出海港口。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "连云港港是河南和陕西最大的出海港口。")).toEqual([]);
  });

  it("gives nothing for China, a rank without a zone head, or a province the catalog contradicts", () => {
    expect(relationsBy([rankedInPlace], "绥芬河口岸为中国最大的对俄铁路口岸。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "满洲里口岸是内蒙古唯一的选择。")).toEqual([]);
    expect(relationsBy([rankedInPlace], "满洲里口岸是黑龙江省最大的陆路口岸。")).toEqual([]);
  });
});
