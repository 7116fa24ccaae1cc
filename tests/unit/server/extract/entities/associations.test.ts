import { describe, expect, it } from "vitest";
import { associations } from "../../../../../server/extract/entities/associations";
import { catalogSurfaces } from "../../../../../server/extract/entities/catalog-surfaces";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule associations", () => {
  it("reads associations and chambers led by a country, a catalogued body inside them", () => {
    expect(mentionsBy([associations], "中国国际贸易学会和越南咖啡协会的代表出席。")).toEqual([
      "Organization:中国国际贸易学会@中国国际贸易学会",
      "Organization:越南咖啡协会@越南咖啡协会",
    ]);
    expect(idsBy([associations], "据中国世界贸易组织研究会统计，")).toEqual([
      "Organization:中国世界贸易组织研究会",
    ]);
  });

  it("needs the country to open the name and no function word inside", () => {
    expect(idsBy([associations], "全中国的协会和泰国在当地的商会。")).toEqual([
      "Country:中国",
      "Country:泰国",
    ]);
  });

  it("reads local chambers led by a province, city or district, the place a part of the name", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("杭州市工商联与南京市温州商会签订协议。")).toEqual([
      "Organization:杭州市工商联@杭州市工商联",
      "Organization:南京市温州商会@南京市温州商会",
    ]);
  });

  it("reads no chamber across a quantifier or a particle after the place, nor inside 会议", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, associations], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("杭州市各行业协会与南京市的企业协会座谈。")).toEqual([]);
    expect(orgs("代表在杭州市联合会议上发言。")).toEqual([]);
  });
});
