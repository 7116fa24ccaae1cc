import { describe, expect, it } from "vitest";
import { carriedGoods } from "../../../../../server/extract/relations/carried-goods";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule carried-goods", () => {
  it("connects a service to each place whose goods ride it (X的…、Y的…搭乘 service)", () => {
    expect(
      relationsBy(
        [carriedGoods],
        "如今，成都的家具、重庆的摩托车和宁波的小商品等特色产品纷纷搭乘中欧班列走向欧洲。",
      ),
    ).toEqual([
      "CONNECTS:Corridor:中欧班列->City:成都",
      "CONNECTS:Corridor:中欧班列->Province:重庆市",
      "CONNECTS:Corridor:中欧班列->City:宁波",
    ]);
    expect(relationsBy([carriedGoods], "越南的水果搭乘中老铁路列车运抵昆明。")).toEqual([
      "CONNECTS:Corridor:中老铁路->Country:越南",
    ]);
  });

  it("connects a laden service to the places of its goods (满载X…的 service), after a train number too", () => {
    expect(relationsBy([carriedGoods], "一列满载四川本地货物的中欧班列今日开出。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:四川省",
    ]);
    expect(relationsBy([carriedGoods], "满载哈萨克斯坦小麦的X57094次中欧班列抵达。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Country:哈萨克斯坦",
    ]);
  });

  it("gives nothing for a place that modifies the service, people riding it, another clause or another train", () => {
    expect(relationsBy([carriedGoods], "合肥中欧班列运量增长。")).toEqual([]);
    expect(relationsBy([carriedGoods], "上海的游客乘坐中老铁路列车前往万象。")).toEqual([]);
    expect(relationsBy([carriedGoods], "成都的专家认为，货物搭乘中欧班列更快。")).toEqual([]);
    expect(relationsBy([carriedGoods], "乘坐中欧班列的旅客来自成都。")).toEqual([]);
    expect(relationsBy([carriedGoods], "满载货物的中欧班列驶向德国。")).toEqual([]);
    // the laden train is another one, joined to the service
    expect(relationsBy([carriedGoods], "装有成都产品的专列与中欧班列衔接。")).toEqual([]);
  });

  it("reads the owners of goods named after a laden verb that follows the service (…满载着…，主要装运X的…)", () => {
    expect(
      relationsBy([carriedGoods], "当天开出的中欧班列满载着三十余个货柜，主要装运日本的汽车零部件等工业品。"),
    ).toEqual(["CONNECTS:Corridor:中欧班列->Country:日本"]);
    expect(relationsBy([carriedGoods], "中欧班列装载着来自浙江、江苏的小商品。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:浙江省",
      "CONNECTS:Corridor:中欧班列->Province:江苏省",
    ]);
  });

  it("reads no place after the laden verb that owns no goods, nor one behind another name", () => {
    // a destination, a place of another clause, a place after another name
    expect(relationsBy([carriedGoods], "中欧班列满载货物驶往德国。")).toEqual([]);
    expect(relationsBy([carriedGoods], "中欧班列满载集装箱，德国的客户已下单。")).toEqual([]);
    expect(relationsBy([carriedGoods], "中欧班列从西安出发，满载着越南的白糖。")).toEqual([]);
  });
});
