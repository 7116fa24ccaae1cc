import { describe, expect, it } from "vitest";
import { zoneShortForms } from "../../../../../server/extract/entities/zone-short-forms";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule zone-short-forms", () => {
  it("reads every member of a coordinated list before 自贸试验区", () => {
    expect(mentionsBy([zoneShortForms], "江西和湖南自贸试验区联动发展。")).toEqual([
      "FreeTradeZone:中国（江西）自由贸易试验区@江西",
      "FreeTradeZone:中国（湖南）自由贸易试验区@湖南自贸试验区",
    ]);
  });

  it("reads a list closed by 等", () => {
    expect(mentionsBy([zoneShortForms], "上海、广东等自贸试验区先行先试。")).toEqual([
      "FreeTradeZone:中国（上海）自由贸易试验区@上海",
      "FreeTradeZone:中国（广东）自由贸易试验区@广东",
    ]);
  });
});
