import { describe, expect, it } from "vitest";
import { regionCorridors } from "../../../../../server/extract/entities/region-corridors";
import { mentionsBy } from "../../../../support/rules";

const corridors = (text: string): string[] =>
  mentionsBy([regionCorridors], text).filter((m) => m.startsWith("Corridor:"));

// Invented sentences; Corridor mentions as "id@surface" after overlaps are resolved.
describe("entity rule region-corridors", () => {
  it("reads a region before a corridor head, with its lead", () => {
    expect(corridors("阿塞拜疆愿共同推进跨里海国际运输走廊建设。")).toEqual([
      "Corridor:跨里海国际运输走廊@跨里海国际运输走廊",
    ]);
    expect(corridors("该市积极参与中南半岛经济走廊建设。")).toEqual([
      "Corridor:中南半岛经济走廊@中南半岛经济走廊",
    ]);
    expect(corridors("货物经欧亚大陆桥运抵荷兰。")).toEqual(["Corridor:欧亚大陆桥@欧亚大陆桥"]);
  });

  it("keeps a dash chain of places and regions, not the words before it", () => {
    expect(corridors("积极参与中国-中亚-西亚经济走廊建设。")).toEqual([
      "Corridor:中国-中亚-西亚经济走廊@中国-中亚-西亚经济走廊",
    ]);
  });

  it("resolves a catalogued name", () => {
    expect(corridors("依托新亚欧大陆桥开行班列。")).toEqual(["Corridor:新亚欧大陆桥@新亚欧大陆桥"]);
  });

  it("names nothing for a generic channel word or a region alone", () => {
    expect(corridors("企业开辟了一条中亚通道。")).toEqual([]);
    expect(corridors("该省将建设亚欧物流通道。")).toEqual([]);
    expect(corridors("亚欧大陆腹地的气候十分干燥。")).toEqual([]);
    expect(corridors("欧亚经济联盟成员国实行统一关税。")).toEqual([]);
  });
});
