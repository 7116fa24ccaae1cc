import { describe, expect, it } from "vitest";
import { foreignCities } from "../../../../../server/extract/entities/foreign-cities";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { mentionsBy } from "../../../../support/rules";

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
});
