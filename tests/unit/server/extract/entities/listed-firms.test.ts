import { describe, expect, it } from "vitest";
import { listedFirms } from "../../../../../server/extract/entities/listed-firms";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule listed-firms", () => {
  it("reads the firms listed before 等多家重点企业", () => {
    expect(mentionsBy([listedFirms], "吸引了赣锋、晶科能源、欧菲光等多家重点企业入驻。")).toEqual([
      "Organization:赣锋@赣锋",
      "Organization:晶科能源@晶科能源",
      "Organization:欧菲光@欧菲光",
    ]);
  });

  it("starts the first firm after a resultative 到 (吸引到…)", () => {
    expect(mentionsBy([listedFirms], "展会吸引到赣锋、欧菲光等多家知名企业参展。")).toEqual([
      "Organization:赣锋@赣锋",
      "Organization:欧菲光@欧菲光",
    ]);
  });

  it("reads firms before a count of firms whose noun comes a few words later, after 邀请 or 支持", () => {
    expect(mentionsBy([listedFirms], "论坛邀请了恒信、宏图资本等80多家本地及海外企业出席。")).toEqual([
      "Organization:恒信@恒信",
      "Organization:宏图资本@宏图资本",
    ]);
    expect(mentionsBy([listedFirms], "政策支持锦程汽车、川禾科技等企业扩产。")).toEqual([
      "Organization:锦程汽车@锦程汽车",
      "Organization:川禾科技@川禾科技",
    ]);
  });

  it("takes no park among the listed firms", () => {
    expect(mentionsBy([listedFirms], "引进了恒信、航空动力产业园等30余家骨干企业。")).toEqual([
      "Organization:恒信@恒信",
    ]);
  });

  it("reads a list that opens its clause, unless its first item holds a clause word", () => {
    expect(mentionsBy([listedFirms], "展会期间，华为、中兴等企业展示了新产品。")).toEqual([
      "Organization:华为@华为",
      "Organization:中兴@中兴",
    ]);
    expect(mentionsBy([listedFirms], "返程货物品类为赣锋、欧菲光等企业产品。")).toEqual([
      "Organization:欧菲光@欧菲光",
    ]);
  });

  it("reads no firm from a list of kinds of firms opening its clause (a common word alone first)", () => {
    for (const t of [
      "物流、仓储、快递等重点企业复工复产。",
      "今年以来，民营、外资等重点企业反映融资难题。",
      "外贸、外资等重点企业获得专项帮扶。",
      "制造、建筑、零售等重点企业稳定用工。",
    ])
      expect(mentionsBy([listedFirms], t), t).toEqual([]);
  });
});
