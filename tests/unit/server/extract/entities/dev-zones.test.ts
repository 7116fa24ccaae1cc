import { describe, expect, it } from "vitest";
import { devZones } from "../../../../../server/extract/entities/dev-zones";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule dev-zones", () => {
  it("reads place-led zones, expanding short suffixes, and unseen names before a distinctive suffix", () => {
    expect(mentionsBy([devZones], "南昌综保区与赣州经开区联动，洋浦经济开发区也在推进。")).toEqual([
      "DevZone:南昌综合保税区@南昌综保区",
      "DevZone:赣州经济技术开发区@赣州经开区",
      "DevZone:洋浦经济开发区@洋浦经济开发区",
    ]);
  });
});
