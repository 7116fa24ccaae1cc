import { describe, expect, it } from "vitest";
import { zoneFullNames } from "../../../../../server/extract/entities/zone-full-names";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule zone-full-names", () => {
  it("reads 中国（X）自由贸易试验区 with full-width brackets", () => {
    expect(mentionsBy([zoneFullNames], "中国（江西）自由贸易试验区今日迎来新项目。")).toEqual([
      "FreeTradeZone:中国（江西）自由贸易试验区@中国（江西）自由贸易试验区",
    ]);
  });

  it("reads a free trade port", () => {
    expect(mentionsBy([zoneFullNames], "中国（海南）自由贸易港加快建设。")).toEqual([
      "FreeTradeZone:海南自由贸易港@中国（海南）自由贸易港",
    ]);
  });
});
