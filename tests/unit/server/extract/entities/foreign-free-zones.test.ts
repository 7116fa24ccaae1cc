import { describe, expect, it } from "vitest";
import { foreignFreeZones } from "../../../../../server/extract/entities/foreign-free-zones";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule foreign-free-zones", () => {
  it("reads a transliterated foreign free zone", () => {
    expect(mentionsBy([foreignFreeZones], "借鉴迪拜的杰贝·阿里自由贸易区经验。")).toEqual([
      "City:迪拜@迪拜",
      "DevZone:杰贝·阿里自由贸易区@杰贝·阿里自由贸易区",
    ]);
  });

  it("reads a colloquial name of a Chinese zone as that zone", () => {
    expect(mentionsBy([foreignFreeZones], "上海自由贸易区改革经验推广。")).toEqual([
      "FreeTradeZone:中国（上海）自由贸易试验区@上海自由贸易区",
    ]);
  });
});
