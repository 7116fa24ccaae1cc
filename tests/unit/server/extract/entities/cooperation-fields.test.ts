import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";

// Invented sentences. The filter runs per passage in document.ts: the items of a list of fields of
// cooperation or exchange are no industries when no zone, area or development zone is named.
const industries = (text: string) =>
  extractDocument("fields.txt", text)
    .mentions.filter((m) => m.node.startsWith("Industry:"))
    .map((m) => m.node);

describe("fields of cooperation (entities/cooperation-fields.ts)", () => {
  it("drops the fields two parties cooperate or exchange in", () => {
    expect(industries("两市将在跨境电商、冷链物流等领域开展交流合作。")).toEqual([]);
    // 领域 names them as fields, so only this rule removes them
    expect(industries("杭州与釜山将在生物医药、新材料等领域加强合作。")).toEqual([]);
    expect(industries("杭州与釜山将在生物医药、新材料等领域的国际合作中互补。")).toEqual([]);
  });

  it("keeps the fields when a zone, area or development zone is named", () => {
    expect(industries("南沙新区将在跨境电商、冷链物流等领域开展交流合作。")).toEqual(
      expect.arrayContaining(["Industry:跨境电商", "Industry:冷链物流"]),
    );
  });

  it("keeps fields a place develops, and fields with no cooperation noun after them", () => {
    expect(industries("杭州将重点发展生物医药、新材料等领域，并与釜山保持往来。")).toEqual(
      expect.arrayContaining(["Industry:生物医药", "Industry:新材料"]),
    );
    expect(industries("杭州在跨境电商、冷链物流等领域走在前列，合作伙伴遍布全球。")).toEqual(
      expect.arrayContaining(["Industry:跨境电商", "Industry:冷链物流"]),
    );
    expect(industries("杭州大力发展跨境电商，已在多个方面与釜山开展合作。")).toContain("Industry:跨境电商");
    // a clause break before the class noun: the list ended earlier (release 27: 杭州 for 两市, whose sectors are
    // now a pair's, dropPairSectors)
    expect(industries("杭州在跨境电商行业走在前列，并在多个领域开展合作。")).toContain("Industry:跨境电商");
    // a clause that states a focus before the list: a focus list, not fields of cooperation
    expect(industries("浙江省重点支持数字经济、生物医药等重点领域合作。")).toEqual(
      expect.arrayContaining(["Industry:数字经济", "Industry:生物医药"]),
    );
  });

  it("reads a localizer, a modal or a project noun between the class noun and the cooperation noun", () => {
    expect(industries("两国愿在生物医药、新材料等领域上进一步加强合作。")).toEqual([]);
    expect(industries("双方将扩大冷链物流、跨境电商等领域的重大投资合作项目。")).toEqual([]);
    expect(industries("两国在跨境电商等领域中将深化合作。")).toEqual([]);
  });

  it("keeps fields whose class noun is followed by other words than cooperation", () => {
    // a focus, a market, a ranking: no cooperation closes the list
    expect(industries("德国在生物医药、新材料等领域上投入巨大，与多国保持合作。")).toEqual(
      expect.arrayContaining(["Industry:生物医药", "Industry:新材料"]),
    );
    expect(industries("韩国在跨境电商等领域中处于领先，其重大投资项目遍布各地。")).toEqual(
      expect.arrayContaining(["Industry:跨境电商"]),
    );
    expect(industries("日本的冷链物流等领域将迎来重大投资。")).toEqual(["Industry:冷链物流"]);
  });

  it("drops fields closed by the cooperation noun itself, with no class noun", () => {
    expect(industries("两国将扩大跨境电商、冷链物流合作。")).toEqual([]);
    expect(industries("德国与法国在生物医药国际合作方面成果丰富。")).toEqual([]);
    expect(industries("两市商会推动新材料务实交流。")).toEqual([]);
  });

  it("keeps a cooperative, a cooperation body and a list that goes on after the cooperation noun", () => {
    expect(industries("日本的冷链物流合作社发展迅速。")).toEqual(["Industry:冷链物流"]);
    // (a bare 在 is no frame of entities/sector-frames.ts: 支持 gives the sector its clause frame)
    expect(industries("韩国支持冷链物流合作组织发挥作用。")).toEqual(["Industry:冷链物流"]);
    expect(industries("德国在生物医药、新材料国际合作等领域投入巨大。")).toEqual(
      expect.arrayContaining(["Industry:生物医药"]),
    );
  });

  it("reads no cooperation in a zone's head (合作区)", () => {
    expect(industries("该市建设跨境物流合作区。")).toContain("Industry:跨境物流");
  });
  it("reads a field noun, a talk or a degree before the cooperation noun (release 27)", () => {
    // a country in the passage keeps sectors for the anchor rule: only this rule drops them
    expect(industries("中国与老挝将在光伏、冷链物流等领域加强产业合作。")).toEqual([]);
    expect(industries("中国与老挝企业就光伏、冷链物流等领域进行洽谈交流。")).toEqual([]);
    expect(industries("中国与老挝在光伏、冷链物流等领域有广阔的交流合作空间。")).toEqual([]);
    expect(industries("老挝商会希望与中国在光伏、冷链物流等领域重点合作。")).toEqual([]);
    // a near miss: a market, no cooperation
    expect(industries("中国与老挝在生物医药等领域有广阔的市场空间。")).toEqual(["Industry:生物医药"]);
  });

  it("reads a verb of having with a word of degree and 的 before the cooperation noun (release 27, mend)", () => {
    expect(industries("中国与秘鲁在冷链物流、跨境电商等领域有着广阔的合作前景。")).toEqual([]);
    expect(industries("吉林与蒙古国在冷链物流、跨境电商等领域有很大的合作潜力。")).toEqual([]);
    expect(industries("中国与越南在跨境电商、数字经济等领域存在广泛合作。")).toEqual([]);
    expect(industries("中国与秘鲁在冷链物流、跨境电商等领域具有良好的合作基础。")).toEqual([]);
    // a near miss: having a market, no cooperation noun
    expect(industries("中国与秘鲁在冷链物流等领域有广阔的市场空间。")).toEqual(["Industry:冷链物流"]);
  });

  it("drops the fields when a zone named earlier in the paragraph is not referred to (release 27)", () => {
    expect(industries("南沙新区挂牌三年。盼中国与老挝在光伏、冷链物流等领域开展合作。")).toEqual([]);
    expect(industries("前海片区挂牌五年。希望两市在跨境电商、冷链物流等领域深化合作。")).toEqual([]);
    expect(industries("前海片区挂牌五年。希望深港在跨境电商、冷链物流等领域重点合作。")).toEqual([]);
    // the passage speaks of the zone again (片区, 该区…): its fields
    expect(industries("南沙新区挂牌三年。该片区将在光伏、冷链物流等领域开展合作。")).toEqual(
      expect.arrayContaining(["Industry:光伏", "Industry:冷链物流"]),
    );
  });

  it("keeps them when the zone named earlier is the unstated subject (与乙, 同乙 with no name before; mend)", () => {
    expect(industries("两江新区设立十年。目前已与新加坡在跨境电商、冷链物流等领域开展合作。")).toEqual(
      expect.arrayContaining(["Industry:跨境电商", "Industry:冷链物流"]),
    );
    expect(
      industries("平潭综合实验区设立十年。近年来积极同台湾地区在冷链物流、跨境电商等领域开展合作。"),
    ).toEqual(expect.arrayContaining(["Industry:冷链物流", "Industry:跨境电商"]));
  });
});
