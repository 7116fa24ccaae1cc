import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";

// Invented sentences. The filter runs per passage in document.ts: a sector stays only where a zone, a
// place, a stated focus or a class head anchors it (the annotation conventions for Industry).
const industries = (text: string) =>
  extractDocument("anchor.txt", text)
    .mentions.filter((m) => m.node.startsWith("Industry:"))
    .map((m) => m.node);

describe("sectors with no zone or place focus (entities/sector-anchor.ts)", () => {
  it("drops the sectors of a sentence that names no zone, no place and no focus", () => {
    expect(industries("两位嘉宾分别来自金融界、教育界和旅游界。")).toEqual([]);
    expect(industries("展会期间，观众可以体验跨境电商与冷链物流的新服务。")).toEqual([]);
    expect(industries("这家公司主营跨境电商和冷链物流。")).toEqual([]);
    expect(industries("双方在金融、教育、旅游等方面交换了意见。")).toEqual([]);
    expect(industries("他参观了跨境电商和冷链物流的展台。")).toEqual([]);
    expect(industries("这本杂志介绍了新能源汽车和人工智能的最新成果。")).toEqual([]);
  });

  it("keeps a sector whose clause states a focus or names it as a field", () => {
    expect(industries("这家公司将重点发展生物医药和新材料。")).toEqual(
      expect.arrayContaining(["Industry:生物医药", "Industry:新材料"]),
    );
    expect(industries("今年以来，创业者纷纷涌向跨境电商领域。")).toContain("Industry:跨境电商");
  });

  it("needs the focus before the sector in its clause, not a bare 发展 or 重点 elsewhere", () => {
    expect(industries("宁波市跨境电商交易额突破千亿元，经济发展势头良好。")).toEqual([]);
    expect(industries("宁波市跨境电商交易额突破千亿元，多个重点项目开工。")).toEqual([]);
    expect(industries("这家公司的新材料销量翻番，随后将重点发展生物医药。")).toEqual(["Industry:生物医药"]);
  });

  it("reads zone words as whole words (创新区域 and 当地时间 name no zone)", () => {
    expect(industries("宁波市跨境电商交易额突破千亿元，创新区域协同持续推进。")).toEqual([]);
    expect(industries("宁波市跨境电商交易额突破千亿元，当地时间昨日公布。")).toEqual([]);
  });

  it("drops the sectors of a sentence that names a city but states no focus", () => {
    expect(industries("展会期间，杭州的观众体验了跨境电商与冷链物流的新服务。")).toEqual([]);
    expect(industries("一批游客从杭州出发，前往乡村体验农业和旅游。")).toEqual([]);
  });

  it("keeps the sectors of a sentence that names a zone, a place with a focus, or a zone carried", () => {
    // (a service used is no frame of entities/sector-frames.ts: 等新业态 names the sectors as fields)
    expect(industries("展会期间，观众在南沙新区体验了跨境电商与冷链物流等新业态。")).toEqual(
      expect.arrayContaining(["Industry:跨境电商", "Industry:冷链物流"]),
    );
    // (the sentence anchors both; entities/sector-frames.ts then drops 冷链物流, a service used with no frame in its clause)
    expect(industries("杭州将重点发展跨境电商，市民也爱用冷链物流的新服务。")).toEqual(["Industry:跨境电商"]);
    expect(industries("南沙新区今天举行推介会。会上推介了跨境电商与冷链物流等新业态。")).toEqual(
      expect.arrayContaining(["Industry:跨境电商", "Industry:冷链物流"]),
    );
  });
});
