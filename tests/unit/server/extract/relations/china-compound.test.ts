import { describe, expect, it } from "vitest";
import { chinaCompound } from "../../../../../server/extract/relations/china-compound";
import { relationsBy } from "../../../../support/rules";

// Invented sentences: a 中 + partner compound heading what the two states share, both states written in full.
describe("relation rule china-compound", () => {
  it("makes China cooperate with the partner of a compound before a shared border, pair, link or bracket", () => {
    expect(relationsBy([chinaCompound], "中国商人在中老边境口岸开设了集市，不少老挝农户前来交易。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
    expect(
      relationsBy([chinaCompound], "这条公路是中越两国之间的第二条跨境物流通道，连接中国和越南。"),
    ).toEqual(["COOPERATES_WITH:Country:中国->Country:越南"]);
    expect(relationsBy([chinaCompound], "中国与新加坡合作的中新(苏州)产业合作示范区今年扩建。")).toEqual([
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

  it("gives nothing for a compound heading no shared noun, or with other words before it (mend23h)", () => {
    expect(relationsBy([chinaCompound], "中国与印度的军队在中印边境地区发生摩擦。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国和韩国的学者出席了中韩(青岛)学术论坛。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国和越南之间的中越边境线穿过群山。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国与日本交恶，中日两国关系持续紧张。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国与泰国的游客减少，中泰跨境游订单下降。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国和朝鲜之间的中朝友谊桥正在维修。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国与蒙古国接壤，甲站是中蒙最大陆路口岸。")).toEqual([]);
  });

  it("gives nothing when the compound's clause stops or fights the shared thing (mend23k)", () => {
    expect(relationsBy([chinaCompound], "中国海关称，中缅边境口岸已暂时关闭，缅甸方面将另行通知。")).toEqual(
      [],
    );
    expect(relationsBy([chinaCompound], "中国与韩国的中韩贸易争端持续，韩国企业观望。")).toEqual([]);
    expect(relationsBy([chinaCompound], "中国和老挝宣布，中老跨境物流通道不中断，老挝商户放心。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
    // (any negator of function-words.json, 没有 too)
    expect(relationsBy([chinaCompound], "中国和老挝表示，中老边境口岸没有关闭，老挝货车照常通行。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
  });
});
