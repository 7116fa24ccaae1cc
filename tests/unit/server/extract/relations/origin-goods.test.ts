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

  it("reads a goods phrase with a list and 等, and adverbs or a way before the verb", () => {
    expect(relationsBy([originGoods], "挪威的三文鱼、鳕鱼等海产品今年首次大量进入中国市场。")).toEqual([
      "COOPERATES_WITH:Country:挪威->Country:中国",
    ]);
    expect(relationsBy([originGoods], "泰国的大米和橡胶通过西部陆海新通道运输进入中国。")).toEqual([
      "COOPERATES_WITH:Country:泰国->Country:中国",
    ]);
    expect(relationsBy([originGoods], "冰岛的鳕鱼等海产品将以更低的价格进入中国市场。")).toEqual([
      "COOPERATES_WITH:Country:冰岛->Country:中国",
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

  it("needs a goods noun heading the phrase the country opens, with only adverbs before the verb", () => {
    expect(relationsBy([originGoods], "受寒潮影响，蒙古国冷空气进入中国北方。")).toEqual([]);
    expect(relationsBy([originGoods], "韩国花滑选手进入中国参加集训。")).toEqual([]);
    expect(relationsBy([originGoods], "越南野生动物非法进入中国境内。")).toEqual([]);
    expect(relationsBy([originGoods], "法国总理乘坐的专车进入中国境内。")).toEqual([]);
    expect(relationsBy([originGoods], "缅甸走私冻品进入中国的案件增多。")).toEqual([]);
    expect(relationsBy([originGoods], "日本核污染物进入中国近海的风险受到关注。")).toEqual([]);
    expect(relationsBy([originGoods], "英国废品进入中国受阻。")).toEqual([]);
  });

  it("gives nothing for a negation, a condition, or an entry framing a when-clause", () => {
    expect(relationsBy([originGoods], "美国牛肉没有进入中国市场。")).toEqual([]);
    expect(relationsBy([originGoods], "老挝水果未曾进入中国市场。")).toEqual([]);
    expect(relationsBy([originGoods], "如果巴西牛肉进入中国市场，价格将下降。")).toEqual([]);
    expect(relationsBy([originGoods], "法国葡萄酒进入中国前需要加贴中文标签。")).toEqual([]);
    expect(relationsBy([originGoods], "越南腰果进入中国的时候需要检疫。")).toEqual([]);
  });

  it("reads each country with its own goods, and past adverbs or an approval before the verb", () => {
    expect(relationsBy([originGoods], "智利车厘子和秘鲁的蓝莓大量进入中国市场。")).toEqual([
      "COOPERATES_WITH:Country:智利->Country:中国",
      "COOPERATES_WITH:Country:秘鲁->Country:中国",
    ]);
    expect(relationsBy([originGoods], "日本相机曾大量进入中国。")).toEqual([]);
    expect(relationsBy([originGoods], "新西兰羊肉获准进入中国市场。")).toEqual([
      "COOPERATES_WITH:Country:新西兰->Country:中国",
    ]);
    expect(relationsBy([originGoods], "缅甸玉石早已进入中国。")).toEqual([
      "COOPERATES_WITH:Country:缅甸->Country:中国",
    ]);
    expect(relationsBy([originGoods], "澳大利亚铁矿石曾经大量进入中国。")).toEqual([
      "COOPERATES_WITH:Country:澳大利亚->Country:中国",
    ]);
    expect(relationsBy([originGoods], "哈萨克斯坦原油通过中哈原油管道进入中国。")).toEqual([
      "COOPERATES_WITH:Country:哈萨克斯坦->Country:中国",
    ]);
    expect(relationsBy([originGoods], "俄罗斯游客通过中俄边境公路进入中国。")).toEqual([]);
    expect(relationsBy([originGoods], "韩国游客曾大量进入中国。")).toEqual([]);
    expect(relationsBy([originGoods], "美国牛肉未获准进入中国市场。")).toEqual([]);
  });

  it("reads 进入中国的 + a noun as an entry only for an amount or channel noun, not halted after it", () => {
    expect(relationsBy([originGoods], "新西兰黄油进入中国的成本较高。")).toEqual([]);
    expect(relationsBy([originGoods], "南非红酒进入中国的障碍依然存在。")).toEqual([]);
    expect(relationsBy([originGoods], "老挝咖啡进入中国的渠道被关闭。")).toEqual([]);
    expect(relationsBy([originGoods], "泰国橡胶进入中国的数量逐年增加。")).toEqual([
      "COOPERATES_WITH:Country:泰国->Country:中国",
    ]);
    expect(relationsBy([originGoods], "俄罗斯面粉进入中国的唯一通道是黑河口岸。")).toEqual([
      "COOPERATES_WITH:Country:俄罗斯->Country:中国",
    ]);
  });
});
