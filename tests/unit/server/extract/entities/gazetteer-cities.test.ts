import { describe, expect, it } from "vitest";
import { gazetteerCities } from "../../../../../server/extract/entities/gazetteer-cities";
import { extractDocument } from "../../../../../server/extract/index";
import { hasNode } from "../../../../support/extracted";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface".
describe("entity rule gazetteer-cities", () => {
  it("reads gazetteer cities of three or more characters written without their country", () => {
    expect(mentionsBy([gazetteerCities], "班列依次停靠斯图加特、纽伦堡和布拉迪斯拉发。", false)).toEqual([
      "City:斯图加特@斯图加特",
      "City:纽伦堡@纽伦堡",
      "City:布拉迪斯拉发@布拉迪斯拉发",
    ]);
    expect(mentionsBy([gazetteerCities], "驻杜塞尔多夫总领事出席仪式。", false)).toEqual([
      "City:杜塞尔多夫@杜塞尔多夫",
    ]);
  });

  it("reads rail hubs and regional centres of Russia and Central Asia from the gazetteer", () => {
    expect(
      mentionsBy([gazetteerCities], "货物在沃尔西诺站换装后，分拨至萨拉托夫和乌拉尔斯克。", false),
    ).toEqual(["City:沃尔西诺@沃尔西诺", "City:萨拉托夫@萨拉托夫", "City:乌拉尔斯克@乌拉尔斯克"]);
    // a two-character name of the gazetteer is not read alone, outside a station or 市
    expect(mentionsBy([gazetteerCities], "该厂生产的索契牌罐头。", false)).toEqual([]);
  });

  it("reads a two-character name alone only before 站 or 市", () => {
    expect(mentionsBy([gazetteerCities], "货物运抵罗兹站后分拨。", false)).toEqual(["City:罗兹@罗兹"]);
    expect(mentionsBy([gazetteerCities], "他们在里加市设立仓库。", false)).toEqual(["City:里加@里加"]);
    expect(mentionsBy([gazetteerCities], "游客品尝里加的美食，市场火爆。", false)).toEqual([]);
  });

  it("does not read persons, straits and places of China that share a gazetteer name, nor a name inside a port", () => {
    expect(mentionsBy([gazetteerCities], "胡志明、达尔文与马六甲海峡的故事。", false)).toEqual([]);
    // the city inside a port's name is not registered, so no place is read inside the port
    const g = extractDocument("port.txt", "货轮首次停靠纳霍德卡港。");
    expect(hasNode(g, "Port:纳霍德卡港")).toBe(true);
    expect(hasNode(g, "City:纳霍德卡")).toBe(false);
  });
});

describe("capitals named by their country and 城", () => {
  it("reads 墨西哥城 and 科威特城 alone, over the country inside them", () => {
    expect(mentionsBy([gazetteerCities], "新航线从成都飞往墨西哥城，每周两班。")).toContain(
      "City:墨西哥城@墨西哥城",
    );
    expect(mentionsBy([gazetteerCities], "科威特城港口吞吐量增长。")).toContain("City:科威特城@科威特城");
    // (城 + 投资 after a capital's country: the capital invests or is invested in, no 城投 company)
    expect(mentionsBy([gazetteerCities], "墨西哥城投资环境持续改善。")).toContain("City:墨西哥城@墨西哥城");
  });

  it("reads no capital where 城 opens a word after the country (墨西哥城市 Mexican cities, 城乡, 城镇化)", () => {
    const cities = (t: string) => mentionsBy([gazetteerCities], t).filter((m) => m.startsWith("City:"));
    expect(cities("墨西哥城市人口增长较快。")).toEqual([]);
    expect(cities("墨西哥城乡差距较大。")).toEqual([]);
    expect(cities("科威特城镇化水平很高。")).toEqual([]);
    expect(cities("科威特城建部门发布规划。")).toEqual([]);
    expect(cities("巴拿马城墙遗址吸引游客。")).toEqual([]);
  });
  it("reads a two-character name bare after a word that puts a place after it", () => {
    expect(mentionsBy([gazetteerCities], "两国代表上周在首尔签署备忘录。", false)).toEqual([
      "City:首尔@首尔",
    ]);
    expect(mentionsBy([gazetteerCities], "这架货机由大阪起飞，经停后返回。", false)).toEqual([
      "City:大阪@大阪",
    ]);
    expect(mentionsBy([gazetteerCities], "新开通郑州至仰光以及郑州至曼谷两条航线。", false)).toContain(
      "City:仰光@仰光",
    );
    expect(mentionsBy([gazetteerCities], "继汉堡、华沙之后，又开通了至布拉格的线路。", false)).toContain(
      "City:汉堡@汉堡",
    );
    // a longer word, a port, a Chinese word or place sharing the name, no place word before it
    expect(mentionsBy([gazetteerCities], "学生在普吉岛度假。", false)).toEqual([]);
    expect(mentionsBy([gazetteerCities], "货轮驶抵釜山港。", false)).toEqual([]);
    expect(mentionsBy([gazetteerCities], "他在东京大学任教。", false)).toEqual([]);
    expect(mentionsBy([gazetteerCities], "部队在海防一线执勤。", false)).toEqual([]);
    expect(mentionsBy([gazetteerCities], "孩子们吃汉堡和薯条。", false)).toEqual([]);
    // a name that is also a word (汉堡 the food) before a link (的, 、, 到) alone, unless a city follows it (mend of
    // release 28)
    expect(mentionsBy([gazetteerCities], "菜单从汉堡到沙拉一应俱全。", false)).toEqual([]);
    expect(mentionsBy([gazetteerCities], "店员在汉堡的纸盒上印了图案。", false)).toEqual([]);
    expect(mentionsBy([gazetteerCities], "他们在汉堡、薯条等食品中发现问题。", false)).toEqual([]);
    expect(mentionsBy([gazetteerCities], "班列从汉堡到华沙只需几天。", false)).toContain("City:汉堡@汉堡");
    expect(mentionsBy([gazetteerCities], "双方在汉堡签署协议。", false)).toContain("City:汉堡@汉堡");
    expect(mentionsBy([gazetteerCities], "一列开往汉堡的货运班列驶出车站。", false)).toContain(
      "City:汉堡@汉堡",
    );
    // a list's later items after a city read bare (mend of release 28)
    expect(mentionsBy([gazetteerCities], "展会先后在神户、仁川和釜山举办。", false)).toContain(
      "City:釜山@釜山",
    );
    expect(mentionsBy([gazetteerCities], "代表团赴里加、塔林考察。", false)).toContain("City:塔林@塔林");
    expect(mentionsBy([gazetteerCities], "店员在汉堡、仁川风味的套餐上贴了标签。", false)).toEqual([]);
    // a word after the name that makes it part of a longer name
    expect(mentionsBy([gazetteerCities], "该评论在纽约时报上刊出。", false)).toEqual([]);
    expect(mentionsBy([gazetteerCities], "各方在巴黎协定框架下行动。", false)).toEqual([]);
    expect(mentionsBy([gazetteerCities], "游客在柏林墙遗址前合影。", false)).toEqual([]);
  });
});
