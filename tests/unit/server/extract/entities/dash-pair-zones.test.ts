import { describe, expect, it } from "vitest";
import { dashPairZones } from "../../../../../server/extract/entities/dash-pair-zones";
import { extractDocument } from "../../../../../server/extract/index";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const zones = (s: string) => mentionsBy([dashPairZones], s).filter((m) => m.startsWith("DevZone:"));

describe("entity rule dash-pair-zones", () => {
  it("reads a cooperation zone named by two parties joined by a dash, the first a chain of places", () => {
    expect(zones("两地商定共建中俄绥芬河—波格拉尼奇内跨境经济合作区，首批企业已签约。")).toEqual([
      "DevZone:中俄绥芬河—波格拉尼奇内跨境经济合作区@中俄绥芬河—波格拉尼奇内跨境经济合作区",
    ]);
    expect(zones("报告提到俄罗斯绥芬河—波格拉尼奇内经济区的物流规划。")).toEqual([
      "DevZone:俄罗斯绥芬河—波格拉尼奇内经济区@俄罗斯绥芬河—波格拉尼奇内经济区",
    ]);
    expect(zones("今年成都中国——东盟地方农业合作示范区迎来新项目。")).toEqual([
      "DevZone:成都中国——东盟地方农业合作示范区@成都中国——东盟地方农业合作示范区",
    ]);
    expect(zones("货物由中国—东盟(南宁)中小企业合作区发出。")).toEqual([
      "DevZone:中国—东盟(南宁)中小企业合作区@中国—东盟(南宁)中小企业合作区",
    ]);
  });

  it("reads no zone across a possessive or a list, before 域, or with no place before the dash", () => {
    expect(zones("中国—东盟的合作区正在扩大。")).toEqual([]);
    expect(zones("中国—东盟合作区域不断拓展。")).toEqual([]);
    expect(zones("中国—东盟和日韩合作区正在扩大。")).toEqual([]);
    expect(zones("甲方—乙方合作区已经建成。")).toEqual([]);
    expect(zones("中国—中亚经济走廊建设加快。")).toEqual([]);
  });

  it("joins a name to the catalogued zone its declared short form names", () => {
    expect(zones("列车抵达中国—上海合作组织地方经贸合作示范区(简称“上合示范区”)内的站场。")).toContain(
      "DevZone:上合示范区@中国—上海合作组织地方经贸合作示范区",
    );
  });
  it("locates the zone in the city opening its name, or after a bilateral pair in the city before the dash", () => {
    const located = (t: string) =>
      extractDocument("t.txt", t)
        .edges.filter((r) => r.type === "LOCATED_IN" && r.source.startsWith("DevZone:"))
        .map((r) => `${r.source}->${r.target}`);
    expect(located("两地商定共建中俄绥芬河—波格拉尼奇内跨境经济合作区。")).toContain(
      "DevZone:中俄绥芬河—波格拉尼奇内跨境经济合作区->City:绥芬河",
    );
    expect(located("今年成都中国——东盟地方农业合作示范区迎来新项目。")).toContain(
      "DevZone:成都中国——东盟地方农业合作示范区->City:成都",
    );
  });
});
