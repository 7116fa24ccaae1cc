import { describe, expect, it } from "vitest";
import { corridorsMeet } from "../../../../../server/extract/relations/corridors-meet";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule corridors-meet", () => {
  it("puts the place where corridors meet on each of them", () => {
    expect(relationsBy([corridorsMeet], "中欧班列和西部陆海新通道在重庆交汇。")).toEqual([
      "ON_CORRIDOR:Province:重庆市->Corridor:中欧班列",
      "ON_CORRIDOR:Province:重庆市->Corridor:西部陆海新通道",
    ]);
  });

  it("reads past an unlisted last item with a corridor head", () => {
    expect(relationsBy([corridorsMeet], "西部陆海新通道和赣江水运通道在南昌贯通发运。")).toEqual([
      "ON_CORRIDOR:City:南昌->Corridor:西部陆海新通道",
    ]);
  });

  it("gives nothing without a verb of meeting or a corridor before 在", () => {
    expect(relationsBy([corridorsMeet], "中欧班列在重庆召开推介会。")).toEqual([]);
    expect(relationsBy([corridorsMeet], "企业在钦州港集结货物。")).toEqual([]);
  });

  it("reads a described place, quoted items and a generic head after a name (…物流通道)", () => {
    expect(
      relationsBy(
        [corridorsMeet],
        "“西部陆海新通道”、中欧班列（成渝）物流通道和长江黄金水道在西部最大的内河港口宜宾港实现无缝衔接。",
      ),
    ).toEqual([
      "ON_CORRIDOR:Port:宜宾港->Corridor:西部陆海新通道",
      "ON_CORRIDOR:Port:宜宾港->Corridor:中欧班列（成渝）",
      "ON_CORRIDOR:Port:宜宾港->Corridor:长江黄金水道",
    ]);
  });

  it("gives nothing for another verb after 实现, or a corridor between 在 and the place", () => {
    expect(relationsBy([corridorsMeet], "中欧班列和长江黄金水道在宜宾港实现增长。")).toEqual([]);
    expect(relationsBy([corridorsMeet], "中欧班列在西部陆海新通道沿线的宜宾港集结。")).toEqual([]);
  });
});
