import { describe, expect, it } from "vitest";
import { foreignCities } from "../../../../../server/extract/entities/foreign-cities";
import { gazetteerCities } from "../../../../../server/extract/entities/gazetteer-cities";
import { listedForeignCities } from "../../../../../server/extract/entities/listed-foreign-cities";
import { idsBy } from "../../../../support/rules";

const rules = [gazetteerCities, listedForeignCities];

// Invented sentences; ids of the mentions kept after overlaps are resolved.
describe("entity rule listed-foreign-cities", () => {
  it("reads a two-character gazetteer city as a list item next to a place, and chains on", () => {
    const ids = idsBy(rules, "新航线依次挂靠天津、釜山、大阪等港口。");
    expect(ids).toEqual(expect.arrayContaining(["City:釜山", "City:大阪"]));
  });

  it("reads the stop after a place on a route, up to a route word", () => {
    expect(idsBy(rules, "成都-首尔航线恢复运营，西安至华沙的班列开行。")).toEqual(
      expect.arrayContaining(["City:首尔", "City:华沙"]),
    );
  });

  it("reads no name without a place next to it, or running into another word", () => {
    expect(idsBy(rules, "菜单上有汉堡、薯条和可乐。")).not.toContain("City:汉堡");
    expect(idsBy(rules, "天津、汉堡包装企业来访。")).not.toContain("City:汉堡");
    expect(idsBy(rules, "昆明—磨丁经济合作区挂牌。")).not.toContain("City:磨丁");
  });

  it("reads the stop of a route running into a freight or intercontinental route word (全货运, 洲际)", () => {
    expect(idsBy(rules, "成都至孟买全货运航线与长沙至伦敦洲际航线相继开通。")).toEqual(
      expect.arrayContaining(["City:孟买", "City:伦敦"]),
    );
    // no place before the joint: no route, whatever follows
    expect(idsBy(rules, "从此至伦敦洲际旅行更方便。")).not.toContain("City:伦敦");
    expect(idsBy(rules, "他称孟买全货运业务增长。")).not.toContain("City:孟买");
    expect(idsBy(rules, "年轻人爱吃汉堡至深夜。")).not.toContain("City:汉堡");
  });

  it("reads the cities in a bracket opened right after their country, chaining on (country lists)", () => {
    expect(idsBy(rules, "留学生来自日本(东京、大阪)和法国（巴黎）。")).toEqual(
      expect.arrayContaining(["City:东京", "City:大阪", "City:巴黎"]),
    );
    // a bracket after no country, or a name running into another word inside it, gives nothing
    expect(idsBy(rules, "菜品(汉堡、薯条)售罄。")).not.toContain("City:汉堡");
    expect(idsBy(rules, "展品来自德国(汉堡包装机械)。")).not.toContain("City:汉堡");
  });

  it("reads a bracket's first item only as a city of that very country, never after 中国", () => {
    expect(idsBy(rules, "中国（海阳）核电装备产业园开工，中国(大田)农博会开幕。")).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^City:(海阳|大田)$/)]),
    );
    expect(idsBy(rules, "该企业在美国(东京)设立子公司。")).not.toContain("City:东京");
    // a world region has no city list of its own: its bracket is read on the name alone
    expect(idsBy(rules, "展品来自欧洲(汉堡、米兰)等地，客商来自孟加拉国(达卡)。")).toEqual(
      expect.arrayContaining(["City:汉堡", "City:米兰", "City:达卡"]),
    );
  });

  it("reads a bracket opened after a space following its country", () => {
    expect(idsBy(rules, "客商来自德国 (科隆) 和法国 (里昂)。")).toEqual(
      expect.arrayContaining(["City:科隆", "City:里昂"]),
    );
  });

  it("reads Korea's cities of over 800,000 people that clash with no Chinese name (清州, 水原, 龙仁, 昌原)", () => {
    expect(idsBy([foreignCities, ...rules], "旅行社推出韩国首尔、清州、釜山等地的线路。")).toEqual(
      expect.arrayContaining(["City:清州", "City:釜山"]),
    );
    expect(idsBy([foreignCities, ...rules], "韩国水原、昌原等地的企业与韩国（龙仁）客商参展。")).toEqual(
      expect.arrayContaining(["City:水原", "City:昌原", "City:龙仁"]),
    );
    expect(idsBy([foreignCities, ...rules], "清州河畔的小镇。")).not.toContain("City:清州");
  });
});
