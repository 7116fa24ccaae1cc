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
    // a clause break before the class noun: the list ended earlier
    expect(industries("两市在跨境电商行业走在前列，并在多个领域开展合作。")).toContain("Industry:跨境电商");
    // a clause that states a focus before the list: a focus list, not fields of cooperation
    expect(industries("浙江省重点支持数字经济、生物医药等重点领域合作。")).toEqual(
      expect.arrayContaining(["Industry:数字经济", "Industry:生物医药"]),
    );
  });
});
