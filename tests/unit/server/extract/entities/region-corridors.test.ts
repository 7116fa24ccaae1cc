import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { Names } from "../../../../../server/extract/entities/names";
import { regionCorridors } from "../../../../../server/extract/entities/region-corridors";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

const corridors = (text: string): string[] =>
  mentionsBy([regionCorridors], text).filter((m) => m.startsWith("Corridor:"));

/** The parts the rule gives its corridors in `text`, as "id@surface". */
const partsOf = (text: string): string[] => {
  const norm = normalize(text);
  const out: string[] = [];
  regionCorridors.find({
    norm,
    clean: text,
    n: new Names(loadCatalog()),
    cands: [],
    add: (m) => {
      for (const p of m.parts ?? []) out.push(`${p.id}@${text.slice(p.cs, p.ce)}`);
    },
  });
  return out;
};

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
    expect(corridors("新欧亚大陆桥沿线国家海关加强合作。")).toEqual(["Corridor:新亚欧大陆桥@新欧亚大陆桥"]);
    expect(corridors("依托新亚欧大陆桥开行班列。")).toEqual(["Corridor:新亚欧大陆桥@新亚欧大陆桥"]);
  });

  it("names nothing for a generic channel word or a region alone", () => {
    expect(corridors("企业开辟了一条中亚通道。")).toEqual([]);
    expect(corridors("该省将建设亚欧物流通道。")).toEqual([]);
    expect(corridors("亚欧大陆腹地的气候十分干燥。")).toEqual([]);
    expect(corridors("欧亚经济联盟成员国实行统一关税。")).toEqual([]);
  });

  // review22r's guards, on invented variants of its probes
  it("does not read a head that runs on into a word (带来, 带动, 桥梁)", () => {
    expect(corridors("外资为东南亚经济带来了新的增长点。")).toEqual([]);
    expect(corridors("南亚经济带动了当地的茶叶出口。")).toEqual([]);
    expect(corridors("东北亚经济带给邻国不少商机。")).toEqual([]);
    expect(corridors("天津港发挥着亚欧大陆桥梁纽带作用。")).toEqual([]);
  });

  it("does not read 经济带 running on into 带有, 带着, 带领, 带回, 带入, 带出", () => {
    expect(corridors("东南亚经济带有明显的季节性特征。")).toEqual([]);
    expect(corridors("中亚经济带着浓厚的资源型色彩。")).toEqual([]);
    expect(corridors("该港与东南亚经济带有着密切的贸易往来。")).toEqual([]);
    expect(corridors("南亚经济带领周边地区走出低谷。")).toEqual([]);
    expect(corridors("西亚经济带回了大量外汇。")).toEqual([]);
    expect(corridors("东北亚经济带入新的发展阶段。")).toEqual([]);
    expect(corridors("东北亚经济带沿线城市举办推介会。")).toEqual(["Corridor:东北亚经济带@东北亚经济带"]);
  });

  it("starts at the region when the lead ends a word (全新, 最新, 横跨, 地跨)", () => {
    expect(corridors("公司开辟了一条全新亚欧黄金通道。")).toEqual(["Corridor:亚欧黄金通道@亚欧黄金通道"]);
    expect(corridors("最新亚欧陆海联运通道运价已经发布。")).toEqual([
      "Corridor:亚欧陆海联运通道@亚欧陆海联运通道",
    ]);
    expect(corridors("这列货车横跨欧亚大陆桥抵达鹿特丹。")).toEqual(["Corridor:欧亚大陆桥@欧亚大陆桥"]);
    expect(corridors("地跨欧亚大陆桥的国家共有十余个。")).toEqual(["Corridor:欧亚大陆桥@欧亚大陆桥"]);
  });

  it("reads no region inside a longer place name or compass word", () => {
    expect(corridors("中西亚经济走廊研讨会在京举行。")).toEqual([]);
    expect(corridors("中南亚经济走廊的构想被提出。")).toEqual([]);
    expect(corridors("中亚经济走廊与中南半岛经济走廊对接。")).toEqual([
      "Corridor:中亚经济走廊@中亚经济走廊",
      "Corridor:中南半岛经济走廊@中南半岛经济走廊",
    ]);
    expect(corridors("马来西亚多式联运通道工程已经动工。")).toEqual([]);
    expect(corridors("印度尼西亚国际运输走廊由政府规划。")).toEqual([]);
    expect(corridors("西南亚黄金通道这一说法并不常见。")).toEqual([]);
  });

  it("keeps an ordinal before the region or the head", () => {
    expect(corridors("第二亚欧大陆桥西至荷兰鹿特丹。")).toEqual(["Corridor:第二亚欧大陆桥@第二亚欧大陆桥"]);
    expect(corridors("人们称它为第二座亚欧大陆桥。")).toEqual(["Corridor:第二座亚欧大陆桥@第二座亚欧大陆桥"]);
    expect(corridors("第三亚欧大陆桥的走向仍在论证。")).toEqual(["Corridor:第三亚欧大陆桥@第三亚欧大陆桥"]);
    expect(corridors("亚欧第二大陆桥全程约一万公里。")).toEqual(["Corridor:亚欧第二大陆桥@亚欧第二大陆桥"]);
  });

  it("keeps dashes as written and gives a chain its places", () => {
    expect(corridors("甘肃推进中国—中亚—西亚经济走廊建设。")).toEqual([
      "Corridor:中国—中亚—西亚经济走廊@中国—中亚—西亚经济走廊",
    ]);
    expect(partsOf("日照-中亚国际运输走廊开通。")).toEqual(["City:日照@日照", "Country:中亚@中亚"]);
    expect(partsOf("企业积极参与中亚国际运输走廊建设。")).toEqual([]);
  });

  it("leaves a region listed after another region to the list", () => {
    expect(corridors("中亚、西亚经济走廊沿线城市开展合作。")).toEqual([]);
  });
});
