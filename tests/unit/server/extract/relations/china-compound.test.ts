import { describe, expect, it } from "vitest";
import { chinaCompound } from "../../../../../server/extract/relations/china-compound";
import { relationsBy } from "../../../../support/rules";

// Invented sentences: a 中 + partner compound before what the two states share, both states written in full.
describe("relation rule china-compound", () => {
  it("makes China cooperate with the partner of a compound before a shared border, pair, link or bracket", () => {
    expect(relationsBy([chinaCompound], "中国商人在中老边境开设了集市，不少老挝农户前来交易。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
    expect(
      relationsBy([chinaCompound], "这座桥横跨界河，是中越两国之间的第二座公路桥，连接中国和越南。"),
    ).toEqual(["COOPERATES_WITH:Country:中国->Country:越南"]);
    expect(relationsBy([chinaCompound], "中国与新加坡合作的中新(苏州)产业项目今年扩建。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:新加坡",
    ]);
    // traditional characters
    expect(relationsBy([chinaCompound], "中國與緬甸商定，中緬跨境冷鏈專列下月起每週開行。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:缅甸",
    ]);
  });

  it("gives nothing without both states in full, for other compounds, in titles or in a partner's own name", () => {
    expect(relationsBy([chinaCompound], "中老边境的集市今年扩建，商户增加到三百家。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国与蒙古国接壤，该站是中蒙最大的公路口岸。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国和美国之间，中美经贸摩擦仍在持续。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国与俄罗斯发布了《中俄跨境物流发展报告》。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国游客中越南籍导游占三成，越南跨境游升温。")).toEqual([]);
  });
});
