import { describe, expect, it } from "vitest";
import { loadCatalog, patternEntity } from "../../../../../server/extract/catalog";
import { catalogSurfaces } from "../../../../../server/extract/entities/catalog-surfaces";
import { dashPairZones } from "../../../../../server/extract/entities/dash-pair-zones";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { extractDocument } from "../../../../../server/extract/index";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { idsBy, mentionsBy } from "../../../../support/rules";

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
  });

  it("reads no zone across a clause word of the second party's words (a verb, adverb or numeral)", () => {
    expect(zones("昆明—万象代表团考察多个合作区。")).toEqual([]);
    expect(zones("中国—中亚峰会提出共建经济合作区。")).toEqual([]);
    expect(zones("成都—重庆两地共同谋划经济区。")).toEqual([]);
    // a verb-tagged word inside a name an earlier rule found (组织 of the body 上合组织) is no clause word
    expect(idsBy([...ENTITY_RULES], "威海中国——上合组织地方农业合作示范区迎来新项目。")).toContain(
      "DevZone:威海中国——上合组织地方农业合作示范区",
    );
  });

  it("reads no zone across a route word: the dash joins a route's ends", () => {
    expect(zones("南宁—河内公路沿线经济区吸引投资。")).toEqual([]);
    expect(zones("中欧班列义乌—马德里线途经多个经济区。")).toEqual([]);
    expect(idsBy([...ENTITY_RULES], "重庆—杜伊斯堡班列驶入霍尔果斯经济合作区。")).toContain(
      "Corridor:重庆—杜伊斯堡班列",
    );
  });

  it("reads no zone whose second party opens with a bilateral pair (an apposition: 某市——中X…合作区)", () => {
    expect(zones("凭祥——中越边境经济合作区的门户城市，贸易活跃。")).toEqual([]);
    expect(idsBy([...ENTITY_RULES], "凭祥——中越边境经济合作区的门户城市，贸易活跃。")).toContain(
      "DevZone:中越边境经济合作区",
    );
  });

  it("joins a name to the catalogued zone its declared short form names", () => {
    const cat = loadCatalog().layer();
    cat.add(patternEntity("DevZone", "东北亚示范区"));
    const text = "企业陆续入驻威海中国—东北亚地方农业合作示范区(以下简称“东北亚示范区”)，首批项目开工。";
    const ids = new Recognizer(cat, [catalogSurfaces, dashPairZones]).recognize(normalize(text), text);
    expect(ids.map((m) => `${m.id}@${text.slice(m.cs, m.ce)}`)).toContain(
      "DevZone:东北亚示范区@威海中国—东北亚地方农业合作示范区",
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
  it("reads a middle dot joining the two parties as a dash (中国·某国经贸合作区), not 合作区域", () => {
    const zones = (t: string) =>
      extractDocument("t.txt", t)
        .mentions.filter((m) => m.node.startsWith("DevZone:"))
        .map((m) => m.node);
    expect(zones("中国·泰国经贸合作区新签约企业三家。")).toEqual(["DevZone:中国·泰国经贸合作区"]);
    expect(zones("中国·泰国经贸合作区域的企业增多。")).toEqual([]);
  });
  it("keeps a name's verb-tagged words (创新创业) between the dash and the head", () => {
    const zones = (t: string) =>
      extractDocument("t.txt", t)
        .mentions.filter((m) => m.node.startsWith("DevZone:"))
        .map((m) => m.node);
    expect(zones("新加坡—浙江创新创业合作区昨日揭牌。")).toEqual(["DevZone:新加坡—浙江创新创业合作区"]);
  });
  it("locates a zone whose chain opens with a province or a country in the city nearest the dash", () => {
    const located = (t: string) =>
      extractDocument("t.txt", t)
        .edges.filter((r) => r.type === "LOCATED_IN" && r.source.startsWith("DevZone:"))
        .map((r) => `${r.source}->${r.target}`);
    expect(located("广西崇左中国—越南边民互市合作区今年新签项目。")).toContain(
      "DevZone:广西崇左中国—越南边民互市合作区->City:崇左",
    );
    expect(located("中国瑞丽—缅甸木姐跨境经济合作区启动建设。")).toContain(
      "DevZone:中国瑞丽—缅甸木姐跨境经济合作区->City:瑞丽",
    );
    expect(located("中国缅甸瑞丽—木姐跨境经济合作区启动建设。")).not.toContain(
      "DevZone:中国缅甸瑞丽—木姐跨境经济合作区->City:瑞丽",
    );
  });
});
