import { describe, expect, it } from "vitest";
import { industries } from "../../../../../server/extract/entities/industries";
import { idsBy } from "../../../../support/rules";

// A list of sector words closed by 资源 (no 等) names resources, not fields a place develops.
describe("sector words in a list of resources (entities/goods-lists.ts)", () => {
  it("drops a sector word that names a kind of resource", () => {
    expect(idsBy([industries], "那片高原的有色金属自然资源十分丰富。")).not.toContain("Industry:有色金属");
    expect(idsBy([industries], "那片高原蕴藏着有色金属、矿产品资源。")).not.toContain("Industry:有色金属");
    expect(idsBy([industries], "山谷里的旅游资源尚待整合。")).not.toContain("Industry:旅游");
  });

  it("keeps sectors beside resources in other shapes", () => {
    // a 等-list of resources imported (the seed sets' focus of imports)
    expect(idsBy([industries], "该口岸扩大有色金属等资源进口。")).toContain("Industry:有色金属");
    // the development of tourism resources as a project of a zone
    expect(idsBy([industries], "该自贸区着力推进旅游资源开发。")).toContain("Industry:旅游");
    // 和 pairs a sector with resources: 以农业和矿产资源为支柱
    expect(idsBy([industries], "这个国家以农业和矿产资源为经济支柱。")).toContain("Industry:农业");
    // a verb of focus governing the list: the place develops the sector
    expect(idsBy([industries], "甲片区重点发展文化旅游资源，建设国际旅游岛。")).toContain(
      "Industry:文化旅游",
    );
    expect(idsBy([industries], "该市着力打造农业、旅游资源，吸引四方来客。")).toContain("Industry:农业");
    // a sector next to a human-resources service and a resource city
    expect(idsBy([industries], "这座资源型城市正大力发展旅游和人力资源服务。")).toContain("Industry:旅游");
    expect(idsBy([industries], "园区聚焦农业、新能源等产业，盘活土地资源。")).toEqual(
      expect.arrayContaining(["Industry:农业", "Industry:新能源"]),
    );
  });

  it("keeps a sector when 资源 ends another item's name or the list goes on (人力资源服务, 数据资源交易)", () => {
    for (const [text, id] of [
      ["片区重点发展跨境电商、人力资源服务、服务外包等产业。", "Industry:跨境电商"],
      ["长沙片区重点发展工程机械、人力资源、跨境电商。", "Industry:工程机械"],
      ["该区重点发展海洋渔业、海洋生物资源精深加工。", "Industry:海洋渔业"],
      ["该区重点发展金融服务、数据资源交易和数字经济。", "Industry:金融服务"],
      ["该市培育文化创意、体育、教育资源服务等产业。", "Industry:体育"],
    ] as const)
      expect(idsBy([industries], text), text).toContain(id);
  });

  // release 22: a list of two or more items closed by 等 and a noun of products names goods, not fields
  it("drops sector words listed as products (甲、乙等产品)", () => {
    for (const [text, id] of [
      ["那座港口的新能源、新材料、机电等产品经铁路运往海外。", "Industry:新能源"],
      ["车队把盐湖化工、锂电池、光伏组件等“高原牌”工业产品运到海边。", "Industry:锂电池"],
      ["展会上，数字内容、数字技术、跨境电商等丰富的产品和服务一一亮相。", "Industry:跨境电商"],
    ] as const)
      expect(idsBy([industries], text), text).not.toContain(id);
  });

  it("keeps sectors of a list that is not one of products", () => {
    for (const [text, id] of [
      // a class noun first: the sectors' products
      ["该区新能源、新材料等产业的产品远销海外。", "Industry:新能源"],
      // a sector alone before 等
      ["他们把新能源等产品运往海外。", "Industry:新能源"],
      // a verb of focus governs the list
      ["甲片区重点发展生物医药、新材料等高端产品。", "Industry:生物医药"],
      // a list of sectors closed by 产业
      ["该区重点发展新能源、新材料等产业。", "Industry:新材料"],
      // a verb in the qualifier: the list leads, it is no goods (review 22a)
      ["宁波市以数字经济、智能制造等引领新产品开发。", "Industry:智能制造"],
    ] as const)
      expect(idsBy([industries], text), text).toContain(id);
  });

  // mend after review 22h
  it("keeps a list a zone puts out, one after a focus verb with 了, and fields products are launched in", () => {
    for (const [text, id] of [
      ["广东自贸区推出航运金融、融资租赁等特色产品。", "Industry:融资租赁"],
      ["中国（浙江）自由贸易试验区舟山片区推出跨境电商、数字贸易等创新产品。", "Industry:跨境电商"],
      ["无锡高新区培育了集成电路、物联网等特色产品和产业集群。", "Industry:集成电路"],
      ["该市企业在生物医药、新材料等方面推出多款产品。", "Industry:生物医药"],
    ] as const)
      expect(idsBy([industries], text), text).toContain(id);
    // no zone and no focus verb: goods a buyer orders
    expect(idsBy([industries], "哈萨克斯坦客商订购了医疗器械、化工等中国工业品。")).not.toContain(
      "Industry:化工",
    );
  });
});
