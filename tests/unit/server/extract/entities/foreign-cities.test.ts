import { describe, expect, it } from "vitest";
import { foreignCities } from "../../../../../server/extract/entities/foreign-cities";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface".
describe("entity rule foreign-cities", () => {
  it("reads a gazetteer city after its country, with or without 的, and a name closed by 市", () => {
    expect(mentionsBy([foreignCities], "班列抵达德国的汉堡和哈萨克斯坦阿拉木图市。")).toEqual([
      "Country:德国@德国",
      "City:汉堡@汉堡",
      "Country:哈萨克斯坦@哈萨克斯坦",
      "City:阿拉木图@阿拉木图",
    ]);
    expect(mentionsBy([foreignCities], "河口与越南北江市往来密切。")).toContain("City:北江@北江市");
  });

  it("reads no city from 市场 or from a phrase after the country", () => {
    expect(mentionsBy([foreignCities], "东盟与全球市场联系紧密。")).toEqual(["Country:东盟@东盟"]);
  });

  it("reads capitals and major ports of the gazetteer after countries the catalog does not hold", () => {
    expect(mentionsBy([worldCountries, foreignCities], "货物经肯尼亚蒙巴萨转运至乌干达坎帕拉。")).toEqual([
      "Country:肯尼亚@肯尼亚",
      "City:蒙巴萨@蒙巴萨",
      "Country:乌干达@乌干达",
      "City:坎帕拉@坎帕拉",
    ]);
  });

  it("reads an unseen transliterated place after a route word and its country, not a company", () => {
    expect(mentionsBy([foreignCities], "班列开往俄罗斯的沃尔斯克，")).toContain("City:沃尔斯克@沃尔斯克");
    expect(mentionsBy([foreignCities], "“成都—白俄罗斯莫吉廖夫”线路开通。")).toContain(
      "City:莫吉廖夫@莫吉廖夫",
    );
    expect(mentionsBy([foreignCities], "白俄罗斯莫吉廖夫的企业来访。")).not.toContain(
      "City:莫吉廖夫@莫吉廖夫",
    );
    expect(mentionsBy([foreignCities], "货物运往德国巴斯夫的工厂。")).toEqual(["Country:德国@德国"]);
    expect(mentionsBy([worldCountries, foreignCities], "班列抵达立陶宛首都维尔纽斯。")).toContain(
      "City:维尔纽斯@维尔纽斯",
    );
  });
});

describe("foreign-cities gazetteer: Vietnam's major cities", () => {
  it("reads 芽庄 and 顺化 after 越南", () => {
    expect(mentionsBy([foreignCities], "新航线连接越南芽庄和越南顺化。")).toEqual([
      "Country:越南@越南",
      "City:芽庄@芽庄",
      "Country:越南@越南",
      "City:顺化@顺化",
    ]);
  });

  it("reads no city from the common noun 城市 after a country (边境城市, 东部城市)", () => {
    const ids = idsBy(
      [foreignCities],
      "货物途经哈萨克斯坦边境城市多斯特克，最终运抵土库曼斯坦南部城市马雷。",
    );
    expect(ids.filter((id) => /^City:.*城$/.test(id))).toEqual([]);
  });
});

describe("no transliterated city after a world region", () => {
  const cities = (t: string) => idsBy([foreignCities], t).filter((id) => id.startsWith("City:"));

  it("reads the goods after a region and a route word as no city (产自南亚的西瓜, 运往欧洲的西瓜)", () => {
    expect(cities("产自南亚的西瓜、芒果正在口岸通关。")).toEqual([]);
    expect(cities("这批运往欧洲的西瓜、香蕉已装车。")).toEqual([]);
  });

  it("still reads a transliterated city after a country and a route word", () => {
    expect(cities("班列开往哈萨克斯坦的热姆，全程十天。")).toEqual(["City:热姆"]);
  });

  it("reads 国 after a country as its long form (日本国), never as the start of a city's name", () => {
    const ids = idsBy([foreignCities], "那年我市与日本国名古屋市结为友城。");
    expect(ids).toContain("City:名古屋");
    expect(ids).not.toContainEqual(expect.stringMatching(/^City:国/));
    expect(idsBy([foreignCities], "两地官员与泰国国王寿宴同期举行。")).toEqual(["Country:泰国"]);
    expect(idsBy([foreignCities], "韩国国土部门发布的数据显示市场回暖。")).toEqual(["Country:韩国"]);
    expect(idsBy([foreignCities], "分析师称美国国债市场波动加剧。")).toEqual(["Country:美国"]);
  });
});
