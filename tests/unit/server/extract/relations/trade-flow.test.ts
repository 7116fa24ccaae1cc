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

  it("reads more countries after the first goods, each with its own goods", () => {
    expect(relationsBy([tradeFlow], "新疆进口哈萨克斯坦小麦和俄罗斯面粉。")).toEqual([
      "COOPERATES_WITH:Province:新疆维吾尔自治区->Country:哈萨克斯坦",
      "COOPERATES_WITH:Province:新疆维吾尔自治区->Country:俄罗斯",
    ]);
    expect(relationsBy([tradeFlow], "云南省进口老挝的电力和缅甸的天然气。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:老挝",
      "COOPERATES_WITH:Province:云南省->Country:缅甸",
    ]);
    expect(relationsBy([tradeFlow], "山东进口俄罗斯木材和加拿大专家。")).toEqual([
      "COOPERATES_WITH:Province:山东省->Country:俄罗斯",
    ]);
  });

  it("gives nothing for 进口 as an adjective, people, a negation, a ban or a bare figure", () => {
    expect(relationsBy([tradeFlow], "上海市民热衷购买进口智利车厘子。")).toEqual([]);
    expect(relationsBy([tradeFlow], "南宁消费者偏爱进口泰国榴莲。")).toEqual([]);
    expect(relationsBy([tradeFlow], "中国没有进口朝鲜的煤炭。")).toEqual([]);
    expect(relationsBy([tradeFlow], "河北是否进口巴西大豆仍无定论。")).toEqual([]);
    expect(relationsBy([tradeFlow], "湖北能否进口埃塞俄比亚咖啡取决于运价。")).toEqual([]);
    expect(relationsBy([tradeFlow], "中国禁止进口日本水产品。")).toEqual([]);
    expect(relationsBy([tradeFlow], "该口岸进口额增长12%，进口俄罗斯的比例下降。")).toEqual([]);
  });

  it("gives nothing from a place where the goods are loaded or cleared (在…装船/报关…)", () => {
    expect(relationsBy([tradeFlow], "汽车在上海港装船后出口至智利。")).toEqual([]);
    expect(relationsBy([tradeFlow], "水泥在防城港装船出口至菲律宾。")).toEqual([]);
    expect(relationsBy([tradeFlow], "电视机在盐田港装柜，远销墨西哥。")).toEqual([]);
    // a place that makes the goods stays their side
    expect(relationsBy([tradeFlow], "青岛啤酒在青岛生产后出口至韩国。")).toEqual([
      "COOPERATES_WITH:City:青岛->Country:韩国",
    ]);
    expect(relationsBy([tradeFlow], "连云港港的钢材出口到韩国。")).toEqual([
      "COOPERATES_WITH:Port:连云港港->Country:韩国",
    ]);
  });

  it("reads handling only up to the goods' 的, never for a country, and then takes the goods' own place", () => {
    expect(relationsBy([tradeFlow], "在柳州生产的装载机出口至非洲。")).toEqual([
      "COOPERATES_WITH:City:柳州->Country:非洲",
    ]);
    expect(relationsBy([tradeFlow], "在南通制造的集装箱远销欧洲。")).toEqual([
      "COOPERATES_WITH:City:南通->Country:欧洲",
    ]);
    expect(relationsBy([tradeFlow], "在泉州加工的鞋子装柜后出口至美国。")).toEqual([
      "COOPERATES_WITH:City:泉州->Country:美国",
    ]);
    expect(relationsBy([tradeFlow], "这批橡胶在泰国装船后出口至印度。")).toEqual([
      "COOPERATES_WITH:Country:泰国->Country:印度",
    ]);
    expect(relationsBy([tradeFlow], "云南咖啡在昆明报关后出口至德国。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:德国",
    ]);
    expect(relationsBy([tradeFlow], "江苏产的光伏组件在上海港装船出口至意大利。")).toEqual([
      "COOPERATES_WITH:Province:江苏省->Country:意大利",
    ]);
    // (the goods' way is still no side when no place of theirs opens the clause)
    expect(relationsBy([tradeFlow], "这批光伏组件在上海港装船出口至意大利。")).toEqual([]);
  });

  it("reads a list of places after 在 as one handling place, and a country only loading goods as a side", () => {
    expect(relationsBy([tradeFlow], "钢材在日照港、青岛港装船出口至越南。")).toEqual([]);
    expect(relationsBy([tradeFlow], "山东苹果在烟台港、龙口港装船后出口至泰国。")).toEqual([
      "COOPERATES_WITH:Province:山东省->Country:泰国",
    ]);
    expect(relationsBy([tradeFlow], "这批家电在俄罗斯通关后销往白俄罗斯。")).toEqual([]);
    expect(relationsBy([tradeFlow], "河北企业在哈萨克斯坦清关后把货物销往吉尔吉斯斯坦。")).toEqual([
      "COOPERATES_WITH:Province:河北省->Country:吉尔吉斯斯坦",
    ]);
  });

  it("takes the goods' own place before a channel they pass (经/通过), none without it", () => {
    expect(relationsBy([tradeFlow], "黑龙江企业经绥芬河口岸进口俄罗斯木材。")).toEqual([
      "COOPERATES_WITH:Province:黑龙江省->Country:俄罗斯",
    ]);
    expect(relationsBy([tradeFlow], "湖南的货物通过钦州港出口至越南。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Country:越南",
    ]);
    expect(relationsBy([tradeFlow], "货物经霍尔果斯口岸出口至哈萨克斯坦。")).toEqual([]);
    expect(relationsBy([tradeFlow], "经阿拉山口出口至欧洲的货物增加。")).toEqual([]);
  });
});
