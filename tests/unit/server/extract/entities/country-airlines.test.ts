import { describe, expect, it } from "vitest";
import { countryAirlines } from "../../../../../server/extract/entities/country-airlines";
import { idsBy } from "../../../../support/rules";

// An airline written after its country is named without it, and the country is no mention of its own.
describe("airlines written after their country (entities/country-airlines.ts)", () => {
  it("names the airline without the country and drops the country", () => {
    const ids = idsBy([countryAirlines], "机场新引进荷兰XYZ航空、秘鲁帕拉卡航空等货运航司。");
    expect(ids).toContain("Organization:XYZ航空");
    expect(ids).toContain("Organization:帕拉卡航空");
    expect(ids).not.toContain("Country:荷兰");
    expect(ids).not.toContain("Country:秘鲁");
    expect(idsBy([countryAirlines], "一架智利蓝鲸航空的全货机降落。")).toContain("Organization:蓝鲸航空");
  });

  it("leaves kinds of aviation and longer words through the head alone", () => {
    expect(idsBy([countryAirlines], "法国民用航空局发布通告。")).not.toContain("Organization:民用航空");
    expect(idsBy([countryAirlines], "德国航空航天中心与企业合作。")).toContain("Country:德国");
    expect(idsBy([countryAirlines], "巴西国家货运航空公司开通航线。")).not.toContain(
      "Organization:国家货运航空",
    );
  });

  it("keeps the country in sentences of other topics that share the head", () => {
    // pupils at a museum, tourists on a plane, a firm entering aviation, a country's aviation industry
    expect(idsBy([countryAirlines], "日本学生参观航空博物馆。")).toContain("Country:日本");
    expect(idsBy([countryAirlines], "俄罗斯游客乘坐航空班机抵达。")).toContain("Country:俄罗斯");
    expect(idsBy([countryAirlines], "法国企业进军航空领域。")).toContain("Country:法国");
    expect(idsBy([countryAirlines], "意大利的航空工业历史悠久。")).toContain("Country:意大利");
  });

  it("reads a brand only in an airline's context: a list, a clause end or an airline word after the head", () => {
    for (const text of [
      "日本宇宙航空研究开发机构发布报告。",
      "美国商业航空复苏缓慢。",
      "法国企业航空订单大增。",
      "德国青少年航空夏令营开营。",
      "英国高校航空专业招生。",
      "美国NASA航空研究中心揭牌。",
      "美国城市航空交通起步。",
    ])
      expect(idsBy([countryAirlines], text).filter((id) => id.startsWith("Organization:"))).toEqual([]);
    expect(idsBy([countryAirlines], "印度香料航空开通至该市的航线。")).toContain("Organization:香料航空");
    expect(idsBy([countryAirlines], "比利时ASL航空执飞该航线。")).toContain("Organization:ASL航空");
  });

  it("reads a country's own name before the head as the airline before 等…航司 or its Latin name", () => {
    expect(idsBy([countryAirlines], "机场迎来芬兰的货机、秘鲁航空等六家航司。")).toContain(
      "Organization:秘鲁航空",
    );
    expect(idsBy([countryAirlines], "据悉，匈牙利航空(Malev Airlines)将增加班次。")).toContain(
      "Organization:匈牙利航空",
    );
  });

  it("reads no airline from a country's own name when other words run on or follow it", () => {
    for (const text of [
      "据报道，芬兰航空发展迅速。",
      "他说智利航空也在进步。",
      "可见秘鲁航空起步较晚。",
      "据报道，冰岛航空运输量下降。",
      "游客说埃及航空港建设提速。",
      "据悉，俄罗斯航空、铁路和公路运输都受影响。",
      "报告称，德国航空。",
      "美国航空飞机制造业面临转型。",
      "他订阅了美国航空（Aviation）杂志。",
      "据悉，德国航空的客机数量增加。",
    ])
      expect(idsBy([countryAirlines], text).filter((id) => id.startsWith("Organization:"))).toEqual([]);
  });

  it("reads a brand after a region written like a country (台湾), the region qualifying it", () => {
    expect(idsBy([countryAirlines], "台湾星宇航空开通直飞航线。")).toContain("Organization:星宇航空");
    const kind = idsBy([countryAirlines], "香港民用航空的航班增加。");
    expect(kind.filter((id) => id.startsWith("Organization:"))).toEqual([]);
  });

  it("keeps 香港 or 澳门 in an airline's name, the catalog lacking the brand alone", () => {
    const ids = idsBy([countryAirlines], "香港飞鹭航空开通新航线，澳门青鸟航空的货机抵达。");
    expect(ids).toContain("Organization:香港飞鹭航空");
    expect(ids).toContain("Organization:澳门青鸟航空");
    expect(ids).not.toContain("Organization:飞鹭航空");
  });

  it("reads no airline from a country's own name + 航空 + 航班 the catalog does not hold (that country's flights)", () => {
    expect(idsBy([countryAirlines], "韩国航空航班延误引发投诉。")).not.toContain("Organization:韩国航空");
    expect(idsBy([countryAirlines], "蒙古航空的航班本周加密。")).not.toContain("Organization:蒙古航空");
    // another flight word keeps it
    expect(idsBy([countryAirlines], "越南航空开通至青岚的航线。")).toContain("Organization:越南航空");
  });

  it("reads a country's own name + 航空 before a bracketed Latin name and a flight word (not 航班)", () => {
    expect(idsBy([countryAirlines], "俄罗斯航空（Zelflot）执飞至青岚的航线。")).toContain(
      "Organization:俄罗斯航空",
    );
    expect(idsBy([countryAirlines], "韩国航空（Korea Aviation）航班延误。")).not.toContain(
      "Organization:韩国航空",
    );
    expect(idsBy([countryAirlines], "日本航空（JAXA）研究持续推进。")).not.toContain("Organization:日本航空");
    expect(idsBy([countryAirlines], "法国航空（aviation）产业开通了新的培训。")).not.toContain(
      "Organization:法国航空",
    );
  });

  it("reads a brand with no country before it when the head ends the name in an airline's context", () => {
    const orgs = (t: string) => idsBy([countryAirlines], t).filter((id) => id.startsWith("Organization:"));
    expect(orgs("今年以来，长龙航空开通了杭州至首尔的全货机航线。")).toEqual(["Organization:长龙航空"]);
    expect(orgs("9月21日，圆通航空一架全货机从长沙起飞。")).toEqual(["Organization:圆通航空"]);
    for (const t of [
      "学生们参观航空博物馆后开通了兴趣小组。",
      "当地大力发展通用航空，开通了多条短途运输航线。",
      "我国民用航空运输规模持续扩大，开通国际航线数量增加。",
      "智慧航空建设取得进展。",
      "他表示，城市航空发展迅速。",
      "公务航空开通了包机业务。",
      "城市航空开通了空中游览线路。",
      "医疗航空开通跨省转运航线。",
      "今年文旅航空开通了低空观光线路。",
      "物流航空开通了货运航线。",
      // kinds of aviation (review 22h)
      "区域航空开通多条支线航线。",
      "绿色航空开通氢能飞机试飞航线。",
      "低碳航空开通电动飞机航线。",
    ])
      expect(orgs(t), t).toEqual([]);
    // a flight word the segmenter tags otherwise still ends the name (review 22h)
    expect(orgs("鲲鹏航空执飞成都至曼谷航线。")).toEqual(["Organization:鲲鹏航空"]);
  });
});
