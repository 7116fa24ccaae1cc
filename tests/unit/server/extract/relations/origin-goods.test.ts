import { describe, expect, it } from "vitest";
import { originGoods } from "../../../../../server/extract/relations/origin-goods";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule origin-goods", () => {
  it("makes a country whose goods go into China trade with China", () => {
    expect(relationsBy([originGoods], "越来越多智利车厘子正通过海运进入中国市场。")).toEqual([
      "COOPERATES_WITH:Country:智利->Country:中国",
    ]);
    expect(relationsBy([originGoods], "秘鲁和智利的牛油果、蓝莓等产品远销中国。")).toEqual([
      "COOPERATES_WITH:Country:秘鲁->Country:中国",
      "COOPERATES_WITH:Country:智利->Country:中国",
    ]);
  });

  it("makes the side importing a country's goods trade with that country", () => {
    expect(relationsBy([originGoods], "去年，二连浩特口岸进口蒙古国铜精矿12万吨。")).toEqual([
      "COOPERATES_WITH:Port:二连浩特口岸->Country:蒙古国",
    ]);
  });

  it("gives nothing for people, firms, a negation, a place between, or a bare import figure", () => {
    expect(relationsBy([originGoods], "大批泰国游客进入中国。")).toEqual([]);
    expect(relationsBy([originGoods], "一些德国企业的产品进入中国市场。")).toEqual([]);
    expect(relationsBy([originGoods], "澳大利亚的龙虾一度无法进入中国市场。")).toEqual([]);
    expect(relationsBy([originGoods], "越南水果经广西进入中国。")).toEqual([]);
    expect(relationsBy([originGoods], "智利车厘子有望在年底前进入中国市场。")).toEqual([]);
    expect(relationsBy([originGoods], "马来西亚榴莲进入中国市场时，需要经过严格检疫。")).toEqual([]);
    expect(relationsBy([originGoods], "中国的家电远销巴西。")).toEqual([]);
    expect(relationsBy([originGoods], "中国禁止进口日本水产品。")).toEqual([]);
    expect(relationsBy([originGoods], "海关暂停巴西牛肉进入中国市场。")).toEqual([]);
    expect(relationsBy([originGoods], "该口岸进口额增长12%，进口俄罗斯的比例下降。")).toEqual([]);
  });
});
