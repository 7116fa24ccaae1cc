import { describe, expect, it } from "vitest";
import { framed } from "../../../../../server/extract/entities/sector-frames";
import type { Mention } from "../../../../../server/extract/entities/types";
import { extractDocument } from "../../../../../server/extract/index";

// Invented sentences. The gate runs per passage in document.ts (outside tables): a sector word stays only where
// its clause frames it as a field (a word of development or covering before it, a class head after it, a zone
// labelling its list).
const industries = (text: string) =>
  extractDocument("frames.txt", text)
    .mentions.filter((m) => m.node.startsWith("Industry:"))
    .map((m) => m.node);

describe("sectors with no clause frame (entities/sector-frames.ts)", () => {
  it("drops goods, a company's name and an asset in a passage that names a zone", () => {
    expect(industries("高新区工厂出品的生物医药、高端装备经海运销往非洲。")).not.toContain(
      "Industry:高端装备",
    );
    expect(industries("保税港区拥有本省航运最大码头。")).toEqual([]);
    expect(industries("综合保税区内华兴新能源科技等8个项目已经进驻。")).toEqual([]);
    expect(industries("保税区实现内河航运、公路快运无缝衔接。")).toEqual([]);
    expect(industries("跨境电商让北欧家居走进千家万户，保税区功劳不小。")).toEqual([]);
  });

  it("keeps a sector after a word of development or covering, or before a class head", () => {
    expect(industries("高新区重点发展航运物流、港口贸易等现代服务业。")).toContain("Industry:航运物流");
    expect(industries("开发区大力发展新能源，引进多个龙头项目。")).toContain("Industry:新能源");
    expect(industries("示范区内数字经济领域企业超过百家。")).toContain("Industry:数字经济");
    expect(industries("高新区的定位是服务业开放和科技创新。")).toContain("Industry:服务业");
  });

  it("reads 以 as a frame only with 为主导 or a like close, and a bare 农业 as no field of its own", () => {
    expect(framed("园区以新材料为主导", { cs: 3, ce: 6 })).toBe(true);
    expect(framed("论坛以新材料为主题", { cs: 3, ce: 6 })).toBe(false);
    expect(framed("金融、贸易以及新材料", { cs: 7, ce: 10 })).toBe(false);
    expect(framed("示范区揭牌后农业交流增多", { cs: 6, ce: 8 })).toBe(false);
    expect(framed("示范区揭牌后旅游业交流增多", { cs: 6, ce: 9 })).toBe(true);
  });

  it("reads a stated growth, a hub being built or 鼓励 as a frame, not a bare 发展 after the sector", () => {
    expect(framed("该区近年来冷链物流发展迅速", { cs: 5, ce: 9 })).toBe(true);
    expect(framed("全力保障国际物流枢纽建设", { cs: 4, ce: 8 })).toBe(true);
    expect(framed("该区鼓励跨境电商企业入驻", { cs: 4, ce: 8 })).toBe(true);
    expect(framed("召开农业发展专题会", { cs: 2, ce: 4 })).toBe(false);
  });

  it("reads a zone labelling a list as its frame", () => {
    const norm = "三大特色片区：新材料园";
    expect(framed(norm, { cs: 7, ce: 10 })).toBe(true);
    expect(framed("展会现场：新材料园", { cs: 5, ce: 8 })).toBe(false);
  });

  it("reads the focus words of FOCUSES_ON (主打, 深耕, 引领, 抢占) and 发力, 做大, 覆盖 as frames", () => {
    expect(industries("甲省自贸试验区乙片区主打冷链物流和生物医药。")).toContain("Industry:冷链物流");
    expect(industries("丙市高新区今年发力集成电路，力争翻番。")).toContain("Industry:集成电路");
    expect(framed("该区抢占新能源高地", { cs: 4, ce: 7 })).toBe(true);
    expect(framed("该区做大新材料", { cs: 4, ce: 7 })).toBe(true);
    expect(framed("服务范围覆盖新材料和生物医药", { cs: 6, ce: 9 })).toBe(true);
  });

  it("reads no frame in a bare 在 (a place or an occasion, not a field)", () => {
    expect(industries("甲省自贸试验区乙片区主任在车站谈起冷链物流的前景。")).toEqual([]);
    expect(framed("一名官员在港口查获新能源电池", { cs: 8, ce: 11 })).toBe(false);
  });

  it("reads no frame in another mention's name nor in a frame word that qualifies a noun with 的", () => {
    expect(industries("国家发展改革委官员到甲省自贸试验区乙片区调研冷链物流包裹。")).toEqual([]);
    expect(industries("甲省自贸试验区乙片区打造的新能源汽车获得大奖。")).toEqual([]);
    expect(industries("甲省自贸试验区乙片区重点打造的生物医药产业集群初具规模。")).toContain(
      "Industry:生物医药",
    );
  });

  it("reads 以…为主线 and 以…为抓手 as frames", () => {
    expect(framed("园区以新材料为主线", { cs: 3, ce: 6 })).toBe(true);
    expect(framed("园区以生物医药为抓手", { cs: 3, ce: 7 })).toBe(true);
  });

  it("reads no frame in a negated frame word", () => {
    expect(industries("甲省自贸试验区乙片区暂时没有发展冷链物流的条件。")).toEqual([]);
    expect(framed("该区未布局新材料", { cs: 5, ce: 8 })).toBe(false);
  });

  it("reads no field in a class head before an event's or a body's noun", () => {
    expect(industries("甲区代表出席了长三角集成电路行业峰会。")).toEqual([]);
    expect(framed("嘉宾参加冷链物流产业论坛", { cs: 4, ce: 8 })).toBe(false);
    expect(framed("甲区壮大冷链物流产业", { cs: 4, ce: 8 })).toBe(true);
  });

  it("reads no field in a clause whose frame word is negated, whatever follows the sector", () => {
    expect(framed("甲片区没有打造智能制造产业的打算", { cs: 7, ce: 11 })).toBe(false);
    expect(framed("乙新区没有发展精细化工业的基础", { cs: 7, ce: 11 })).toBe(false);
    expect(framed("丙园区无发展冷链物流产业的计划", { cs: 6, ce: 10 })).toBe(false);
    expect(framed("丁片区不再建设航运服务集群", { cs: 7, ce: 11 })).toBe(false);
    expect(framed("戊片区不断发展智能制造产业", { cs: 7, ce: 11 })).toBe(true);
  });

  it("reads no frame in the adverb 重点 nor in 加强 (an inspection or a control is no field)", () => {
    expect(industries("甲省自贸试验区乙片区海关重点抽检了冷链物流车辆。")).toEqual([]);
    expect(framed("该区加强对跨境电商快件的抽检", { cs: 5, ce: 9 })).toBe(false);
  });

  it("reads no field in a sector ending in 业 that qualifies people", () => {
    expect(framed("一名制造业从业人员受到表彰", { cs: 2, ce: 5 })).toBe(false);
    expect(framed("三名旅游业专家获得奖励", { cs: 2, ce: 5 })).toBe(false);
    expect(framed("今年制造业增速加快", { cs: 2, ce: 5 })).toBe(true);
  });

  it("reads a zone heading a line as a frame only across figures or a colon, not a bare blank", () => {
    const zone = (cs: number, ce: number): Mention[] => [
      { id: "Area:甲片区", cs, ce, method: "pattern", parts: [] },
    ];
    expect(framed("甲片区 12.5 新材料、生物医药", { cs: 9, ce: 12 }, zone(0, 3))).toBe(true);
    expect(framed("展馆位置：甲片区 新材料大楼", { cs: 9, ce: 12 }, zone(5, 8))).toBe(false);
  });
});
