import { describe, expect, it } from "vitest";
import { latinBrandCompanies } from "../../../../../server/extract/entities/latin-brand-companies";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const orgs = (t: string) =>
  mentionsBy([latinBrandCompanies], t)
    .filter((m) => m.startsWith("Organization:"))
    .map((m) => m.split("@")[1]);

describe("entity rule latin-brand-companies", () => {
  it("reads a Latin brand right before a company head as one company", () => {
    expect(orgs("物流园与XYZ集团签署了仓储协议。")).toContain("XYZ集团");
    expect(orgs("来自德国的KMB有限公司在园区设厂。")).toContain("KMB有限公司");
    expect(orgs("当地工厂为4D公司代工零部件。")).toContain("4D公司");
  });

  it("reads no kind of business (IT公司, AI公司) and no lower-case word as a brand", () => {
    expect(orgs("越来越多的IT公司和AI公司入驻孵化器。")).toEqual([]);
    expect(orgs("他们注册了一家app公司做外卖。")).toEqual([]);
    expect(orgs("项目采用PPP公司模式运作。")).toEqual([]);
  });

  it("reads the whole name before 集团 and a legal form (ABC集团有限公司)", () => {
    expect(orgs("XYZ集团有限公司与园区签约。")).toContain("XYZ集团有限公司");
  });

  it("reads no kind, placeholder, period, legal form, product or counted company as a brand", () => {
    for (const t of [
      "去年一家AIGC公司在此成立。",
      "多家EDA公司入驻园区。",
      "当地有十几家3PL公司。",
      "这家P2P公司已经停业。",
      "*ST公司数量有所增加。",
      "XX公司负责人说，订单饱满。",
      "他展示了iPhone公司内部版本。",
      "公司在Q3公司财报中披露了营收。",
      "这是香港的Ltd公司。",
      "他注册了一家GmbH公司。",
      "名单列出TOP10公司。",
    ])
      expect(orgs(t)).toEqual([]);
  });

  it("reads no brand at the end of a Latin phrase (a name written in Latin)", () => {
    expect(orgs("展会邀请了Blue Ocean TRK公司的代表。")).toEqual([]);
  });
});
