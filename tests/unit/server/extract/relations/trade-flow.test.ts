import { describe, expect, it } from "vitest";
import { tradeFlow } from "../../../../../server/extract/relations/trade-flow";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule trade-flow", () => {
  it("makes the side named in the clause trade with partners its goods go to or come from", () => {
    expect(relationsBy([tradeFlow], "义乌市的小商品远销中东、非洲等地。")).toEqual([
      "COOPERATES_WITH:City:义乌->Country:中东",
      "COOPERATES_WITH:City:义乌->Country:非洲",
    ]);
    expect(relationsBy([tradeFlow], "宁夏的枸杞出口至欧盟。")).toEqual([
      "COOPERATES_WITH:Province:宁夏回族自治区->Country:欧盟",
    ]);
    expect(relationsBy([tradeFlow], "廣西從越南進口水果。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:越南",
    ]);
  });

  it("gives nothing without a partner right after the verb, for China, a channel, or a side in another clause", () => {
    expect(relationsBy([tradeFlow], "该省出口额增长12%，出口企业数量增加。")).toEqual([]);
    expect(relationsBy([tradeFlow], "越南的木材出口中国。")).toEqual([]);
    expect(relationsBy([tradeFlow], "果蔬经满洲里口岸出口至俄罗斯。")).toEqual([]);
    expect(relationsBy([tradeFlow], "货物在武汉集结，随后出口至中亚。")).toEqual([]);
    expect(relationsBy([tradeFlow], "中欧班列从重庆出发，经新疆出境。")).toEqual([]);
  });

  it("makes the side importing a country's goods trade with that country", () => {
    expect(relationsBy([tradeFlow], "去年，二连浩特口岸进口蒙古国铜精矿12万吨。")).toEqual([
      "COOPERATES_WITH:Port:二连浩特口岸->Country:蒙古国",
    ]);
    expect(relationsBy([tradeFlow], "中国有意进口阿根廷的牛肉。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:阿根廷",
    ]);
  });

  it("gives nothing for 进口 as an adjective, people, a negation, a ban, a channel or a bare figure", () => {
    expect(relationsBy([tradeFlow], "上海市民热衷购买进口智利车厘子。")).toEqual([]);
    expect(relationsBy([tradeFlow], "南宁消费者偏爱进口泰国榴莲。")).toEqual([]);
    expect(relationsBy([tradeFlow], "中国没有进口朝鲜的煤炭。")).toEqual([]);
    expect(relationsBy([tradeFlow], "中国禁止进口日本水产品。")).toEqual([]);
    expect(relationsBy([tradeFlow], "黑龙江企业经绥芬河口岸进口俄罗斯木材。")).toEqual([]);
    expect(relationsBy([tradeFlow], "该口岸进口额增长12%，进口俄罗斯的比例下降。")).toEqual([]);
  });
});
