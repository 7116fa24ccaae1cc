import { describe, expect, it } from "vitest";
import { corridorAbbreviations } from "../../../../../server/extract/entities/corridor-abbreviations";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule corridor-abbreviations", () => {
  it("reads 中+country and province-abbreviation compounds", () => {
    expect(mentionsBy([corridorAbbreviations], "中吉乌国际多式联运班列开行，赣粤班列同步发车。")).toEqual([
      "Corridor:中吉乌国际多式联运班列@中吉乌国际多式联运班列",
      "Corridor:赣粤班列@赣粤班列",
    ]);
  });

  it("reads a regional corridor of abbreviations", () => {
    expect(mentionsBy([corridorAbbreviations], "共建湘赣区域经济走廊。")).toEqual([
      "Corridor:湘赣区域经济走廊@湘赣区域经济走廊",
    ]);
  });
});
