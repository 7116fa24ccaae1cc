import { describe, expect, it } from "vitest";
import { routeOpened } from "../../../../../server/extract/relations/route-opened";
import { relationsBy } from "../../../../support/rules";

// Invented sentences: a port, city or province opening a route that reaches countries or regions.
describe("relation rule route-opened", () => {
  it("makes the opener cooperate with each country its route reaches", () => {
    expect(relationsBy([routeOpened], "今年日照港开通至印度尼西亚、菲律宾等国的集装箱班轮航线。")).toEqual([
      "COOPERATES_WITH:Port:日照港->Country:印度尼西亚",
      "COOPERATES_WITH:Port:日照港->Country:菲律宾",
    ]);
    expect(relationsBy([routeOpened], "这是四川省开通的首条通往中东的铁海联运通道。")).toEqual([
      "COOPERATES_WITH:Province:四川省->Country:中东",
    ]);
    expect(relationsBy([routeOpened], "货物可从青岛港直达韩国，全程只需两天。")).toEqual([
      "COOPERATES_WITH:Port:青岛港->Country:韩国",
    ]);
    // a departure city between the verb and 至 of a train (not of a sea line), and a bracketed city after a country
    expect(relationsBy([routeOpened], "营口港已开通营口至德国(杜伊斯堡)、波兰(华沙)的国际班列。")).toEqual([
      "COOPERATES_WITH:Port:营口港->Country:德国",
      "COOPERATES_WITH:Port:营口港->Country:波兰",
    ]);
  });

  it("gives nothing for air routes, airports, unnamed countries of a bloc, or no route", () => {
    expect(relationsBy([routeOpened], "成都市开通至泰国的全货机航线。")).toEqual([]);
    expect(relationsBy([routeOpened], "长沙黄花国际机场开通至越南的国际航线。")).toEqual([]);
    expect(relationsBy([routeOpened], "北海港开通至东盟国家的外贸航线12条。")).toEqual([]);
    expect(relationsBy([routeOpened], "日照港的货轮驶往印度尼西亚的航线上。")).toEqual([]);
  });

  it("reads a region named with 地区 as the region itself (mend23h)", () => {
    expect(relationsBy([routeOpened], "泉州港开通至东南亚地区的集装箱航线。")).toEqual([
      "COOPERATES_WITH:Port:泉州港->Country:东南亚",
    ]);
  });

  it("gives nothing for passenger, tourist, flown or named-service routes, nor for cruises (mend23h)", () => {
    expect(relationsBy([routeOpened], "泉州港开通至菲律宾的客运航线，方便两地居民往来。")).toEqual([]);
    expect(relationsBy([routeOpened], "昆明市开通至老挝的旅游专列，沿途可观光。")).toEqual([]);
    expect(relationsBy([routeOpened], "深圳市开通至越南的定期航线，由全货机执飞。")).toEqual([]);
    expect(relationsBy([routeOpened], "武汉市开通至欧洲的中欧班列已累计开行千列。")).toEqual([]);
    expect(relationsBy([routeOpened], "游客可乘邮轮从海口直达越南，航程两天。")).toEqual([]);
  });

  it("gives nothing for a route stopped or shelved, nor for a sea route between two places (mend23h)", () => {
    expect(relationsBy([routeOpened], "烟台港开通至韩国的航线已于今年停航。")).toEqual([]);
    expect(relationsBy([routeOpened], "营口港开通至俄罗斯的航线因故暂停运营。")).toEqual([]);
    expect(relationsBy([routeOpened], "北海港开通至泰国航线的计划被搁置。")).toEqual([]);
    expect(relationsBy([routeOpened], "北海港开通北海至新加坡的集装箱航线。")).toEqual([]);
  });

  it("gives nothing for a service named in quotes before the route noun (mend23k)", () => {
    expect(relationsBy([routeOpened], "河北省已开通至白俄罗斯的“冀欧号”欧亚班列。")).toEqual([]);
    expect(relationsBy([routeOpened], "河北省已开通至白俄罗斯的国际货运班列。")).toEqual([
      "COOPERATES_WITH:Province:河北省->Country:白俄罗斯",
    ]);
    // (a route not stopped, after any negator of function-words.json: 没有停运)
    expect(relationsBy([routeOpened], "河北省已开通至白俄罗斯的国际货运班列，疫情期间也没有停运。")).toEqual([
      "COOPERATES_WITH:Province:河北省->Country:白俄罗斯",
    ]);
  });
});
