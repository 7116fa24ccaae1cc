import { describe, expect, it } from "vitest";
import { devZones } from "../../../../../server/extract/entities/dev-zones";
import { idsBy } from "../../../../support/rules";

// Catalog categories (国家级新区, 综合保税区) only: the filter runs after overlap resolution.
describe("a zone category as the class of an ordinal or a superlative (entities/category-zones.ts)", () => {
  it("drops the category after a copula and an ordinal, or after a superlative", () => {
    expect(idsBy([], "青川新区是国务院批准的第七个国家级新区。")).not.toContain("DevZone:国家级新区");
    expect(idsBy([], "该区成为了全国唯一以生态为主题的国家级新区。")).not.toContain("DevZone:国家级新区");
    expect(idsBy([], "这里有最南端的综合保税区。")).not.toContain("DevZone:综合保税区");
  });

  it("keeps the category when a zone of it is set up, counted or discussed", () => {
    expect(idsBy([], "该市设立全省首个综合保税区。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "全国共有19个国家级新区。")).toContain("DevZone:国家级新区");
    expect(idsBy([], "国家级新区承担国家重大发展战略任务。")).toContain("DevZone:国家级新区");
  });
});

describe("a zone category as a description or a definition (entities/category-zones.ts)", () => {
  it("drops the category after an attribute ending in 的 or 型, after 为, or as the subject of a definition", () => {
    expect(idsBy([], "那里是以冰雪旅游为特色的国家级新区，游客众多。")).not.toContain("DevZone:国家级新区");
    expect(idsBy([], "山城新规划的园区是一座临江型综保区。")).not.toContain("DevZone:综合保税区");
    expect(idsBy([], "这家老工业园去年升级为国家级经济技术开发区。")).not.toContain(
      "DevZone:国家级经济技术开发区",
    );
    expect(idsBy([], "河谷两岸均为工业区，烟囱林立。")).not.toContain("DevZone:工业区");
    expect(idsBy([], "这两处分别为保税区和出口加工区。")).not.toContain("DevZone:出口加工区");
    expect(idsBy([], "综合保税区是一种海关监管的特殊区域。")).not.toContain("DevZone:综合保税区");
    expect(idsBy([], "从全国首个以茶文化为主题的国家级新区出发，车队一路向西。")).not.toContain(
      "DevZone:国家级新区",
    );
    expect(idsBy([], "西部首个山地型综保区正式运行。")).not.toContain("DevZone:综合保税区");
    expect(idsBy([], "在全省九个有外贸业务的综保区中，它排名第二。")).not.toContain("DevZone:综合保税区");
  });

  it("keeps a counted, governed, owned, placed or listed category, and a lettered type", () => {
    expect(idsBy([], "该省新增四个综合保税区。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "该市正加快推进综合保税区转型升级。")).toContain("DevZone:综合保税区");
    expect(idsBy([devZones], "广西开展综合保税区绩效考核。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "青岛的综合保税区今年扩容。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "昆山的综合保税区今年业绩突出。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "在那家公司运营的边民互市贸易区内，商铺林立。")).toContain("DevZone:边民互市贸易区");
    expect(idsBy([], "当地有以仓储为主的保税区和出口加工区。")).toContain("DevZone:保税区");
    expect(idsBy([], "该市建成一座B型保税物流中心。")).toContain("DevZone:保税物流中心");
  });
});

describe("a category that is no description (entities/category-zones.ts)", () => {
  it("keeps it after a preposition 为, after 因为, and after an attribute outside a predicate", () => {
    expect(idsBy([], "海关为综合保税区企业开辟绿色通道。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "税务部门为保税区内企业办理退税。")).toContain("DevZone:保税区");
    expect(idsBy([], "因为综合保税区政策调整，订单有所减少。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "该市新设立的综合保税区今天封关运行。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "全省唯一的综合保税区位于机场附近。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "记者走访了刚获批的国家级新区。")).toContain("DevZone:国家级新区");
  });

  it("keeps it before 是否 or a plain predicate, and after the adjectives 新型 and 外向型", () => {
    expect(idsBy([], "综合保税区是否适用该政策，仍需海关明确。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "今年，综合保税区是全市外贸增长最快的板块。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "新型综合保税区建设稳步推进。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "外向型综合保税区企业占比提高。")).toContain("DevZone:综合保税区");
  });
});

describe("a province named in full before a category (entities/category-zones.ts)", () => {
  const ids = (t: string) => idsBy([devZones], t);
  it("drops the province's zones of one kind named together and keeps the province", () => {
    expect(ids("四川省综保区进出口总额今年明显增长。")).not.toContain("DevZone:四川省综合保税区");
    expect(ids("四川省综保区进出口总额今年明显增长。")).toContain("Province:四川省");
    expect(ids("江西省综合保税区的货物吞吐量创出新高。")).not.toContain("DevZone:江西省综合保税区");
    expect(ids("江西省综合保税区的货物吞吐量创出新高。")).toContain("Province:江西省");
    expect(ids("湖南省级新区建设加快。")).not.toContain("DevZone:湖南省级新区");
    expect(ids("湖南省级新区建设加快。")).toContain("Province:湖南省");
  });

  it("keeps a named zone after a province", () => {
    expect(ids("贵州省贵安新区建设提速。")).toContain("DevZone:贵安新区");
    expect(ids("陕西省西咸新区发布了新规划。")).toContain("DevZone:西咸新区");
  });
  it("keeps a category after a copula that a place word follows (review18i 4)", () => {
    expect(idsBy([], "该企业成为综合保税区内首家跨境电商企业。")).toContain("DevZone:综合保税区");
    expect(idsBy([], "该园区作为综合保税区里的物流中心运营。")).toContain("DevZone:综合保税区");
  });
});
