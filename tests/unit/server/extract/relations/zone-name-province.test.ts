import { describe, expect, it } from "vitest";
import { zoneNameProvince } from "../../../../../server/extract/relations/zone-name-province";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule zone-name-province", () => {
  it("locates a zone written by its short name in its province", () => {
    expect(relationsBy([zoneNameProvince], "福建自贸区今年新增企业三千家。")).toEqual([
      "LOCATED_IN:FreeTradeZone:中国（福建）自由贸易试验区->Province:福建省",
    ]);
    expect(relationsBy([zoneNameProvince], "据统计，广东自贸试验区的进出口额稳步增长。")).toEqual([
      "LOCATED_IN:FreeTradeZone:中国（广东）自由贸易试验区->Province:广东省",
    ]);
  });

  it("locates the items of coordinated zone names that share one head", () => {
    expect(relationsBy([zoneNameProvince], "国务院批复了江西、湖南、安徽自贸试验区的方案。")).toEqual([
      "LOCATED_IN:FreeTradeZone:中国（江西）自由贸易试验区->Province:江西省",
      "LOCATED_IN:FreeTradeZone:中国（湖南）自由贸易试验区->Province:湖南省",
      "LOCATED_IN:FreeTradeZone:中国（安徽）自由贸易试验区->Province:安徽省",
    ]);
  });

  it("gives nothing for a counted province list, an anaphor or the free trade port", () => {
    expect(relationsBy([zoneNameProvince], "湖北、重庆等8个内陆自贸区也在探索。")).toEqual([]);
    expect(relationsBy([zoneNameProvince], "海南自由贸易港封关运作后，该自贸区将更开放。")).toEqual([]);
  });
});
