import { describe, expect, it } from "vitest";
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
});
