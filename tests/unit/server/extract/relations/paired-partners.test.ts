import { describe, expect, it } from "vitest";
import { pairedPartners } from "../../../../../server/extract/relations/paired-partners";
import { relationsBy } from "../../../../support/rules";

// Invented sentences: a list of place pairs written A与B、C与D under a word of friendship or signing.
describe("relation rule paired-partners", () => {
  it("makes each pair of the list cooperate, from the place written last before 与", () => {
    expect(
      relationsBy(
        [pairedPartners],
        "大会期间，湖南省长沙市与法国里昂市、四川省成都市与德国汉堡市分别签订了城市结好协议。",
      ).sort(),
    ).toEqual(["COOPERATES_WITH:City:成都->City:汉堡", "COOPERATES_WITH:City:长沙->City:里昂"]);
    expect(relationsBy([pairedPartners], "新结好的两对友城分别为：昆明与曼谷、南宁与河内。").sort()).toEqual([
      "COOPERATES_WITH:City:南宁->City:河内",
      "COOPERATES_WITH:City:昆明->City:曼谷",
    ]);
  });

  it("gives nothing for a list of pairs with no word of friendship, signing or cooperation", () => {
    expect(
      relationsBy([pairedPartners], "本周，长沙与武汉、南昌与合肥等地的最高气温都在三十五度以上。"),
    ).toEqual([]);
    expect(relationsBy([pairedPartners], "今年新开的客运航线为：宁波与大阪、青岛与釜山等。")).toEqual([]);
  });

  it("gives nothing for a single pair, persons as sides, or places listed with one 与", () => {
    expect(relationsBy([pairedPartners], "去年，昆明与曼谷签署了友好城市协议书。")).toEqual([]);
    expect(relationsBy([pairedPartners], "上午，长沙与里昂签署意向书，下午，成都与汉堡签署备忘录。")).toEqual(
      [],
    );
    expect(relationsBy([pairedPartners], "会上，张华与李明、王强与赵刚分别签署了安全生产责任书。")).toEqual(
      [],
    );
    expect(relationsBy([pairedPartners], "南宁、柳州与河内、海防的商会签署了合作备忘录。")).toEqual([]);
  });

  it("gives no pair with a county, which the conventions do not annotate", () => {
    expect(
      relationsBy(
        [pairedPartners],
        "会上，云南省勐腊县与老挝琅南塔省、广东省广州市与越南河内市签署了友好协议。",
      ),
    ).toEqual(["COOPERATES_WITH:City:广州->City:河内"]);
  });

  it("gives nothing when a pair's second place runs on into a longer word", () => {
    expect(relationsBy([pairedPartners], "两市签署协议，推动厦门与金门大桥、福州与马祖航线的研究。")).toEqual(
      [],
    );
  });
});
