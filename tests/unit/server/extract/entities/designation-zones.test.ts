import { describe, expect, it } from "vitest";
import { designationZones } from "../../../../../server/extract/entities/designation-zones";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule designation-zones", () => {
  it("reads a city, a short field and a designation head as one zone", () => {
    expect(mentionsBy([designationZones], "湛江临港融合示范区今年新增企业三十家。")).toEqual([
      "DevZone:湛江临港融合示范区@湛江临港融合示范区",
    ]);
    expect(mentionsBy([designationZones], "会议在柳州试验区召开。")).toEqual([
      "DevZone:柳州试验区@柳州试验区",
    ]);
  });

  it("leaves a pilot free trade zone, a list and a target set by 打造 alone", () => {
    const ids = (text: string) => mentionsBy([...ENTITY_RULES], text).filter((m) => m.startsWith("DevZone:"));
    expect(ids("广州自贸试验区发布新政。")).toEqual([]);
    expect(ids("湛江和柳州等示范区参加评比。")).toEqual([]);
    expect(ids("力争打造湛江海洋经济示范区。")).toEqual([]);
  });
});
