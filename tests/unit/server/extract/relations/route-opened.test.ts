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
    // a departure city between the verb and 至, and a bracketed city after a country
    expect(relationsBy([routeOpened], "营口港已开通营口至德国(杜伊斯堡)、波兰(华沙)的国际班列。")).toEqual([
      "COOPERATES_WITH:Port:营口港->Country:德国",
      "COOPERATES_WITH:Port:营口港->Country:波兰",
    ]);
  });

  it("gives nothing for air routes, airports, unnamed countries of a bloc, or no route", () => {
    expect(relationsBy([routeOpened], "成都市开通至泰国的全货机航线。")).toEqual([]);
    expect(relationsBy([routeOpened], "长沙黄花国际机场开通至越南的国际航线。")).toEqual([]);
    expect(relationsBy([routeOpened], "北海港开通至东盟国家的外贸航线12条。")).toEqual([]);
    expect(relationsBy([routeOpened], "日照港开通至印度尼西亚考察，洽谈合作。")).toEqual([]);
    expect(relationsBy([routeOpened], "日照港的货轮驶往印度尼西亚的航线上。")).toEqual([]);
  });
});
