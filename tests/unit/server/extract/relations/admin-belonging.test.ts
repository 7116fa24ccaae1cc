import { describe, expect, it } from "vitest";
import { adminBelonging } from "../../../../../server/extract/relations/admin-belonging";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const by = (s: string) => relationsBy([adminBelonging], s).sort();

describe("relation rule admin-belonging", () => {
  it("places a city in each place of the chain after 隶属于", () => {
    expect(by("绥芬河市，隶属于黑龙江省牡丹江市，人口不多。")).toEqual([
      "LOCATED_IN:City:绥芬河->City:牡丹江",
      "LOCATED_IN:City:绥芬河->Province:黑龙江省",
    ]);
  });

  it("places a city in the province its rank is stated in", () => {
    expect(by("黑河市，是黑龙江省地级市，冬季漫长。")).toEqual(["LOCATED_IN:City:黑河->Province:黑龙江省"]);
    expect(by("鸡西市是黑龙江省的下辖地级市，煤炭丰富。")).toEqual([
      "LOCATED_IN:City:鸡西->Province:黑龙江省",
    ]);
    expect(by("凭祥市，为广西壮族自治区县级市，商贸繁荣。")).toEqual([
      "LOCATED_IN:City:凭祥->Province:广西壮族自治区",
    ]);
  });

  it("reads a later clause's rank for the sentence's city", () => {
    expect(by("霍尔果斯市面积不大，是伊犁哈萨克自治州代管的一个县级市。")).toEqual([
      "LOCATED_IN:City:霍尔果斯->City:伊犁",
    ]);
  });

  it("reads 位于 after a city and a comma", () => {
    expect(by("瑞丽市，位于云南省德宏州，气候温暖。")).toEqual([
      "LOCATED_IN:City:瑞丽->City:德宏",
      "LOCATED_IN:City:瑞丽->Province:云南省",
    ]);
  });

  it("gives nothing for a company, a person or a place with no rank", () => {
    expect(by("这家物流公司隶属于浙江省某集团，规模较大。")).toEqual([]);
    expect(by("王先生，是浙江省人大代表，长期关注教育。")).toEqual([]);
    expect(by("深圳市，为广东省带来大量税收。")).toEqual([]);
    expect(by("航班从昆明市起飞后，位于泰国曼谷的机场接收了货物。")).toEqual([]);
    expect(by("昆明市的企业代表，是云南省县级市发展的合作伙伴。")).toEqual([]);
  });
});
