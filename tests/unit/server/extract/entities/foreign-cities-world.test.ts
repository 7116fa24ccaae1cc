import { describe, expect, it } from "vitest";
import { foreignCities } from "../../../../../server/extract/entities/foreign-cities";
import { gazetteerCities } from "../../../../../server/extract/entities/gazetteer-cities";
import { listedForeignCities } from "../../../../../server/extract/entities/listed-foreign-cities";
import { extractDocument } from "../../../../../server/extract/index";
import { idsBy, mentionsBy } from "../../../../support/rules";

const rules = [gazetteerCities, foreignCities, listedForeignCities];

// Invented sentences: cities of the generated gazetteer (data/lexicon/foreign-cities-world.json).
describe("foreign-cities-world gazetteer", () => {
  it("reads its cities after their country", () => {
    expect(mentionsBy([foreignCities], "代表团先后访问英国谢菲尔德和美国萨凡纳。")).toEqual([
      "Country:英国@英国",
      "City:谢菲尔德@谢菲尔德",
      "Country:美国@美国",
      "City:萨凡纳@萨凡纳",
    ]);
  });

  it("reads its cities as list items next to a place and as the stop of a route", () => {
    expect(idsBy(rules, "新航线连接新加坡、巴尔的摩、诺福克等地。")).toEqual(
      expect.arrayContaining(["City:巴尔的摩", "City:诺福克"]),
    );
    expect(idsBy(rules, "成都—谢菲尔德班列首发。")).toContain("City:谢菲尔德");
  });

  it("reads its cities alone only before 市 or 站, never as a person's name", () => {
    expect(idsBy(rules, "两市与谢菲尔德市缔结友好关系。")).toContain("City:谢菲尔德");
    expect(idsBy(rules, "他曾在谢菲尔德读书。")).not.toContain("City:谢菲尔德");
    expect(idsBy(rules, "哥伦布发现新大陆的故事广为流传。")).toEqual([]);
  });

  it("does not read a person's or a firm's name after a country as a city (·, 先生, 参议员, 公司)", () => {
    expect(idsBy([foreignCities], "美国奥斯汀先生与英国谢菲尔德·琼斯女士会面。")).toEqual([
      "Country:美国",
      "Country:英国",
    ]);
    expect(idsBy([foreignCities], "美国萨凡纳公司参加了展会。")).toEqual(["Country:美国"]);
  });

  it("keeps the city before a word a title starts (总理府, 议员代表团, 大使馆, 部长级)", () => {
    expect(idsBy([foreignCities], "德国柏林总理府发布声明。")).toContain("City:柏林");
    expect(idsBy([foreignCities], "印度孟买议员代表团来访。")).toContain("City:孟买");
    expect(idsBy([foreignCities], "法国巴黎部长级会议召开。")).toContain("City:巴黎");
  });

  it("leaves out the names of the reviewed exclude list and the quarters of city-states", () => {
    const cities = (text: string) =>
      extractDocument("probe.txt", text)
        .mentions.filter((m) => m.node.startsWith("City:"))
        .map((m) => m.node);
    expect(cities("美国伊丽莎白·沃伦参议员发表讲话。")).toEqual([]);
    expect(cities("美国尤金公司与阿根廷莫雷诺先生会面。")).toEqual([]);
    expect(cities("清朝平定三藩之乱后，台湾、三藩等地设府。")).toEqual([]);
    expect(cities("新加坡芽笼和榜鹅的居民增加。")).toEqual([]);
  });
});
