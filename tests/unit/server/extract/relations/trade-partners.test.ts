import { describe, expect, it } from "vitest";
import { tradePartners } from "../../../../../server/extract/relations/trade-partners";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule trade-partners", () => {
  it("reads a trade partner of a named province", () => {
    expect(relationsBy([tradePartners], "东盟已成为广西最大的贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:东盟",
    ]);
  });

  it("resolves 该省 to the province named before, also inside a body's name", () => {
    expect(relationsBy([tradePartners], "安徽省商务厅表示，欧盟是该省第二大贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Province:安徽省->Country:欧盟",
    ]);
  });

  it("reads nothing without a partner ranking", () => {
    expect(relationsBy([tradePartners], "欧盟是广西的重要市场。")).toEqual([]);
  });

  it("reads two states or blocs trading with each other, China first when it is one of them", () => {
    expect(relationsBy([tradePartners], "去年，东盟是中国第二大贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:东盟",
    ]);
    expect(relationsBy([tradePartners], "中国已连续15年成为泰国最大的贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:泰国",
    ]);
    expect(relationsBy([tradePartners], "中国于2020年继续成为智利第一大贸易伙伴国。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:智利",
    ]);
    // two foreign states: the one whose partner it is comes first
    expect(relationsBy([tradePartners], "德国是荷兰最大的交易伙伴。")).toEqual([
      "COOPERATES_WITH:Country:荷兰->Country:德国",
    ]);
    // a world region before the state is no side (西亚非洲地区中国 → 中国)
    expect(relationsBy([tradePartners], "沙特阿拉伯成为西亚非洲地区中国最大的贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:沙特阿拉伯",
    ]);
  });

  it("reads more verbs of ranking, spans of months or years, and trade markets", () => {
    expect(relationsBy([tradePartners], "东盟已连续多年成为云南第一大贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:东盟",
    ]);
    expect(relationsBy([tradePartners], "欧盟连续两年稳居江苏第二大贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Province:江苏省->Country:欧盟",
    ]);
    expect(relationsBy([tradePartners], "今年东盟跃升为浙江第一大贸易市场。")).toEqual([
      "COOPERATES_WITH:Province:浙江省->Country:东盟",
    ]);
    // (a state after a verb of overtaking is the one left behind, no partner)
    expect(relationsBy([tradePartners], "东盟首次超过日本成为山东最大的贸易市场。")).toEqual([]);
    expect(relationsBy([tradePartners], "韩国连续6个月保持中国第三大贸易伙伴地位。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:韩国",
    ]);
  });

  it("reads a mutual ranking of two sides joined by 与 (互为), the first written as the source", () => {
    expect(relationsBy([tradePartners], "新加坡与印度尼西亚连续多年互为重要贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Country:新加坡->Country:印度尼西亚",
    ]);
    expect(relationsBy([tradePartners], "东盟与中国互为最大的贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:东盟",
    ]);
    // (no second side joined by 与: nothing)
    expect(relationsBy([tradePartners], "双方目前互为第一大贸易伙伴。")).toEqual([]);
  });

  it("reads no pair without a ranking, or with the state not right after the verb", () => {
    expect(relationsBy([tradePartners], "日本是中国的近邻，也是重要市场。")).toEqual([]);
    expect(relationsBy([tradePartners], "越南是面向中国的最大出口加工基地。")).toEqual([]);
    expect(relationsBy([tradePartners], "日本是同中国开展合作的重要伙伴。")).toEqual([]);
  });

  it("reads a ranked cooperation partner or 合作对象, a field between (release 22, rel-coop13)", () => {
    expect(relationsBy([tradePartners], "智利是中国在南美洲重要的合作伙伴。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:智利",
    ]);
    expect(relationsBy([tradePartners], "巴基斯坦是中国重要的能源合作对象。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:巴基斯坦",
    ]);
    expect(relationsBy([tradePartners], "阿联酋是宁夏主要的经贸合作伙伴之一。")).toEqual([
      "COOPERATES_WITH:Province:宁夏回族自治区->Country:阿联酋",
    ]);
    // (a connective before the verb: 因此, 因而, 由此, 逐步)
    expect(relationsBy([tradePartners], "新西兰也因此成为中国第一大农业合作伙伴。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:新西兰",
    ]);
    expect(relationsBy([tradePartners], "由此，澳大利亚成为山东重要的教育合作伙伴。")).toEqual([
      "COOPERATES_WITH:Province:山东省->Country:澳大利亚",
    ]);
  });

  it("reads no partnership relation, no unranked partner, no companies, no other verb", () => {
    expect(relationsBy([tradePartners], "中国与巴西是全面战略合作伙伴关系。")).toEqual([]);
    expect(relationsBy([tradePartners], "该企业是华为重要的合作伙伴。")).toEqual([]);
    expect(relationsBy([tradePartners], "印度是巴基斯坦的竞争对手而非合作伙伴。")).toEqual([]);
    expect(relationsBy([tradePartners], "因此，德国企业成为当地重要合作伙伴。")).toEqual([]);
    expect(relationsBy([tradePartners], "俄罗斯从而失去了中国这个重要合作伙伴。")).toEqual([]);
  });

  it("reads no contrast, potential, body's partner, question or wish (mend22s after review22s)", () => {
    expect(relationsBy([tradePartners], "印度是中国主要的竞争对手而非合作伙伴。")).toEqual([]);
    expect(relationsBy([tradePartners], "美国是中国最大的威胁而不是合作伙伴。")).toEqual([]);
    expect(relationsBy([tradePartners], "巴西是中国最重要的潜在合作伙伴。")).toEqual([]);
    expect(relationsBy([tradePartners], "德国是上海一家汽车企业最重要的技术合作伙伴。")).toEqual([]);
    expect(relationsBy([tradePartners], "法国是武汉一家钢铁集团主要的合作对象。")).toEqual([]);
    expect(relationsBy([tradePartners], "德国是上海一家汽车企业最大的贸易伙伴。")).toEqual([]);
    expect(relationsBy([tradePartners], "越南因此成为中国企业最主要的海外合作对象。")).toEqual([]);
    expect(relationsBy([tradePartners], "土耳其是中国重要的合作伙伴吗？")).toEqual([]);
    expect(relationsBy([tradePartners], "我们希望智利成为中国重要的矿业合作伙伴。")).toEqual([]);
    // (a field that is no contrast still counts)
    expect(relationsBy([tradePartners], "韩国是中国重要的邻国和合作伙伴。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:韩国",
    ]);
  });
});
