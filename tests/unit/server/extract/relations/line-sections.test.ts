import { describe, expect, it } from "vitest";
import { lineSections } from "../../../../../server/extract/relations/line-sections";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule line-sections", () => {
  it("connects a line to both ends of a section named right after it", () => {
    expect(relationsBy([lineSections], "南宁至凭祥铁路崇左至凭祥段将于年底通车。")).toEqual([
      "CONNECTS:Corridor:南宁至凭祥铁路->City:崇左",
      "CONNECTS:Corridor:南宁至凭祥铁路->City:凭祥",
    ]);
  });

  it("reads a section in brackets, and unseen ends of a named line as cities", () => {
    expect(relationsBy([lineSections], "中老铁路（磨丁至万象段）铺轨顺利。")).toEqual([
      "CONNECTS:Corridor:中老铁路->City:磨丁",
      "CONNECTS:Corridor:中老铁路->City:万象",
    ]);
  });

  it("needs the section word and two places right after the line", () => {
    expect(relationsBy([lineSections], "中老铁路从昆明至万象运行。中老铁路沿线的昆明至玉溪段。")).toEqual([]);
  });
});
