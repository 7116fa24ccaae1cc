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

  it("reads no brand at the end of a Latin phrase (a name written in Latin)", () => {
    expect(orgs("展会邀请了Blue Ocean TRK公司的代表。")).toEqual([]);
  });
});
