import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { memberNoun } from "../../../../../server/extract/relations/member-noun";
import { relationsBy } from "../../../../support/rules";

const RCEP = "Agreement:区域全面经济伙伴关系协定";
const CPTPP = "Agreement:全面与进步跨太平洋伙伴关系协定";

// Invented sentences: countries called members of an agreement by a member noun after it.
describe("relation rule member-noun", () => {
  it("reads 是…成员国, …等…成员国, 作为…成员国，X and an agreement that has the members listed", () => {
    expect(relationsBy([memberNoun], "马来西亚是CPTPP的创始成员国之一。")).toEqual([
      `ALIGNS_WITH:Country:马来西亚->${CPTPP}`,
    ]);
    expect(relationsBy([memberNoun], "韩国、新西兰等RCEP成员国对华出口增长。")).toEqual([
      `ALIGNS_WITH:Country:韩国->${RCEP}`,
      `ALIGNS_WITH:Country:新西兰->${RCEP}`,
    ]);
    expect(relationsBy([memberNoun], "作为RCEP成员国，柬埔寨和老挝将从中受益。")).toEqual([
      `ALIGNS_WITH:Country:柬埔寨->${RCEP}`,
      `ALIGNS_WITH:Country:老挝->${RCEP}`,
    ]);
    // traditional characters
    expect(relationsBy([memberNoun], "CPTPP現有智利、秘魯等11個成員國。")).toEqual([
      `ALIGNS_WITH:Country:智利->${CPTPP}`,
      `ALIGNS_WITH:Country:秘鲁->${CPTPP}`,
    ]);
  });

  it("reads the passive of admission 被接纳为/被吸纳为 + agreement + member noun, with no stage of its own", () => {
    expect(relationsBy([memberNoun], "智利被接纳为RCEP成员国。")).toEqual([
      `ALIGNS_WITH:Country:智利->${RCEP}`,
    ]);
    expect(relationsBy([memberNoun], "去年秘鲁被吸纳为CPTPP成员之一。")).toEqual([
      `ALIGNS_WITH:Country:秘鲁->${CPTPP}`,
    ]);
    const g = extractDocument("admitted.txt", "智利被接纳为RCEP成员国。");
    expect(
      g.edges.find((e) => e.id === `ALIGNS_WITH:Country:智利->${RCEP}`)?.properties.stage,
    ).toBeUndefined();
    // the member noun modifying what follows, a wish, or a body admitted: no membership
    expect(relationsBy([memberNoun], "智利被接纳为RCEP成员国企业提供服务的伙伴。")).toEqual([]);
    expect(relationsBy([memberNoun], "智利希望被接纳为RCEP成员国。")).toEqual([]);
    expect(relationsBy([memberNoun], "某商会被接纳为东盟商务理事会成员。")).toEqual([]);
  });

  it("records 签署国 as signed", () => {
    const g = extractDocument("member-noun.txt", "越南是RCEP签署国。");
    expect(g.edges.find((e) => e.id === `ALIGNS_WITH:Country:越南->${RCEP}`)?.properties.stage).toBe(
      "signed",
    );
  });

  it("gives nothing for a member noun that names no country, or countries not called members", () => {
    expect(relationsBy([memberNoun], "我国与RCEP成员国的贸易额持续增长。")).toEqual([]);
    expect(relationsBy([memberNoun], "日本、韩国对RCEP成员国市场依赖度较高。")).toEqual([]);
    // (a copula that calls the country something else)
    expect(relationsBy([memberNoun], "泰国是RCEP的重要受益方，RCEP有新的进展。")).toEqual([]);
  });

  it("reads the list in apposition right after the member noun, not after 非/除", () => {
    expect(relationsBy([memberNoun], "我国与RCEP成员国日本、泰国的贸易增长较快。")).toEqual([
      `ALIGNS_WITH:Country:日本->${RCEP}`,
      `ALIGNS_WITH:Country:泰国->${RCEP}`,
    ]);
    expect(relationsBy([memberNoun], "非RCEP成员国印度的出口受到影响。")).toEqual([]);
    expect(relationsBy([memberNoun], "RCEP成员国欢迎越南提出的倡议。")).toEqual([]);
    expect(relationsBy([memberNoun], "RCEP成员国中，日本的关税减让幅度最大。")).toEqual([]);
  });

  it("reads the roles only a party holds: the committee's chair and the depositary", () => {
    expect(relationsBy([memberNoun], "明年马来西亚是CPTPP委员会的主席国。")).toEqual([
      `ALIGNS_WITH:Country:马来西亚->${CPTPP}`,
    ]);
    expect(relationsBy([memberNoun], "哥斯达黎加致函CPTPP的保存方新西兰。")).toEqual([
      `ALIGNS_WITH:Country:新西兰->${CPTPP}`,
    ]);
    // (a chair of something else, or a role that says nothing of membership)
    expect(relationsBy([memberNoun], "泰国是RCEP的重要受益方。")).toEqual([]);
    expect(relationsBy([memberNoun], "越南是本次论坛的主席国，讨论了RCEP。")).toEqual([]);
  });

  it("reads two countries or more listed right after an agreement's 包括/涵盖", () => {
    expect(relationsBy([memberNoun], "CPTPP目前包括日本、智利和秘鲁，英国随后加入。")).toEqual([
      `ALIGNS_WITH:Country:日本->${CPTPP}`,
      `ALIGNS_WITH:Country:智利->${CPTPP}`,
      `ALIGNS_WITH:Country:秘鲁->${CPTPP}`,
    ]);
    // not one country, not a list that goes on into something else, not what the agreement covers
    expect(relationsBy([memberNoun], "CPTPP包括日本的农业市场。")).toEqual([]);
    expect(relationsBy([memberNoun], "RCEP包括中国和日本之间的首个关税安排。")).toEqual([]);
    expect(relationsBy([memberNoun], "RCEP包括货物贸易和服务贸易等章节。")).toEqual([]);
  });

  it("reads the member noun after an agreement's bracketed short name", () => {
    expect(
      relationsBy([memberNoun], "乌拉圭已把申请书送交《数字经济伙伴关系协定》(DEPA)的保存方新西兰。"),
    ).toEqual(["ALIGNS_WITH:Country:新西兰->Agreement:数字经济伙伴关系协定"]);
  });
  it("reads members of a bloc and a count after 等 (A、B等6个东盟成员国, A、B等11个RCEP成员国)", () => {
    expect(relationsBy([memberNoun], "老挝、柬埔寨等东盟成员国也在推进口岸数字化。")).toEqual([
      "ALIGNS_WITH:Country:老挝->Country:东盟",
      "ALIGNS_WITH:Country:柬埔寨->Country:东盟",
    ]);
    expect(relationsBy([memberNoun], "据统计，泰国、越南等6个东盟成员国已提交文件。")).toEqual([
      "ALIGNS_WITH:Country:泰国->Country:东盟",
      "ALIGNS_WITH:Country:越南->Country:东盟",
    ]);
    expect(relationsBy([memberNoun], "日本、新西兰等11个RCEP成员国的企业参展。")).toEqual([
      `ALIGNS_WITH:Country:日本->${RCEP}`,
      `ALIGNS_WITH:Country:新西兰->${RCEP}`,
    ]);
  });

  it("gives no bloc membership to a trade partner, a non-member or a region", () => {
    // (other topics sharing the member noun: trade with members, outsiders, a continent)
    expect(relationsBy([memberNoun], "中国与东盟成员国的贸易额持续增长。")).toEqual([]);
    expect(relationsBy([memberNoun], "日本、韩国等非东盟成员国也派员出席。")).toEqual([]);
    // (a bloc's member noun that modifies another noun, or a list left out by 以外)
    expect(relationsBy([memberNoun], "马来西亚、泰国等东盟成员国以外的市场也在增长。")).toEqual([]);
  });

  it("gives a bloc's chair no membership (a role in the bloc), while its member noun still names members", () => {
    expect(relationsBy([memberNoun], "论坛由东盟轮值主席国老挝承办。")).toEqual([]);
    expect(relationsBy([memberNoun], "欧盟主席国比利时提出了新的议程。")).toEqual([]);
    expect(relationsBy([memberNoun], "论坛由老挝、柬埔寨等东盟成员国承办。")).toEqual([
      "ALIGNS_WITH:Country:老挝->Country:东盟",
      "ALIGNS_WITH:Country:柬埔寨->Country:东盟",
    ]);
    // (an agreement's chair is a party's role: 作为CPTPP委员会的主席国 still reads)
    expect(relationsBy([memberNoun], "日本是CPTPP委员会的主席国。")).toEqual([
      `ALIGNS_WITH:Country:日本->${CPTPP}`,
    ]);
  });

  it("reads a bloc's other member nouns (会员国, 签约国) as membership: only a role noun (主席国, 保存方) is no membership", () => {
    expect(relationsBy([memberNoun], "论坛由老挝、柬埔寨等东盟会员国承办。")).toEqual([
      "ALIGNS_WITH:Country:老挝->Country:东盟",
      "ALIGNS_WITH:Country:柬埔寨->Country:东盟",
    ]);
    expect(relationsBy([memberNoun], "缅甸等东盟签约国已完成核准。")).toEqual([
      "ALIGNS_WITH:Country:缅甸->Country:东盟",
    ]);
    expect(relationsBy([memberNoun], "欧盟保存国比利时收到了文书。")).toEqual([]);
  });

  it("reads a copula's member noun only when it ends the predicate (not 的, 最, 中 or a verb after it)", () => {
    expect(relationsBy([memberNoun], "中国是东盟成员国最大的贸易伙伴。")).toEqual([]);
    expect(relationsBy([memberNoun], "中国为东盟成员国提供了大量技术培训。")).toEqual([]);
    expect(relationsBy([memberNoun], "日本也是东盟成员国的重要投资者。")).toEqual([]);
    expect(relationsBy([memberNoun], "秘鲁是RCEP成员国中出口增长最快的国家。")).toEqual([]);
    expect(relationsBy([memberNoun], "老挝也是东盟成员国，柬埔寨同样如此。")).toEqual([
      "ALIGNS_WITH:Country:老挝->Country:东盟",
    ]);
    expect(relationsBy([memberNoun], "智利成为RCEP成员国后，对华出口增长。")).toEqual([
      `ALIGNS_WITH:Country:智利->${RCEP}`,
    ]);
  });

  it("reads 为 + member noun only before a clause end or 之一, and 后 only when it opens no longer word", () => {
    expect(relationsBy([memberNoun], "中国为RCEP成员国后续合作提供支持。")).toEqual([]);
    expect(relationsBy([memberNoun], "中国为RCEP成员国、东盟国家提供技术培训。")).toEqual([]);
    expect(relationsBy([memberNoun], "日本为CPTPP成员国之后的谈判准备了方案。")).toEqual([]);
    expect(relationsBy([memberNoun], "中国为东盟成员国、非洲国家培训了大批人才。")).toEqual([]);
    expect(relationsBy([memberNoun], "新加坡是DEPA成员国后来加入的伙伴。")).toEqual([]);
    expect(relationsBy([memberNoun], "智利为RCEP成员国之一。")).toEqual([
      `ALIGNS_WITH:Country:智利->${RCEP}`,
    ]);
  });

  it("reads members who become one past adverbs, a date and an ordinal (X于某年正式成为…第N个成员国)", () => {
    expect(relationsBy([memberNoun], "秘鲁于2030年5月正式成为RCEP第16个缔约方。")).toEqual([
      `ALIGNS_WITH:Country:秘鲁->${RCEP}`,
    ]);
    expect(relationsBy([memberNoun], "智利近日成为《区域全面经济伙伴关系协定》(RCEP)成员国。")).toEqual([
      `ALIGNS_WITH:Country:智利->${RCEP}`,
    ]);
  });

  it("reads 成为第N个成员国 in a later clause of the agreement's sentence", () => {
    expect(relationsBy([memberNoun], "CPTPP生效已有多年，秘鲁成为第13个成员国。")).toEqual([
      `ALIGNS_WITH:Country:秘鲁->${CPTPP}`,
    ]);
  });

  it("reads no membership from wishes, objects or other nouns after 成为", () => {
    expect(relationsBy([memberNoun], "秘鲁希望成为RCEP成员国。")).toEqual([]);
    expect(relationsBy([memberNoun], "RCEP生效后，秘鲁成为最大受益者。")).toEqual([]);
    expect(relationsBy([memberNoun], "日本支持RCEP，推动秘鲁成为新成员国。")).toEqual([]);
  });

  it("reads 成为 + member noun in a later clause only when the noun ends the clause", () => {
    expect(relationsBy([memberNoun], "RCEP生效以来，越南成为首个成员国中对华出口增长最快的国家。")).toEqual(
      [],
    );
    expect(relationsBy([memberNoun], "会议讨论了RCEP实施进展，中国成为新成员的重要推动者。")).toEqual([]);
    expect(relationsBy([memberNoun], "签署RCEP后，日本成为缔约方的最大投资国。")).toEqual([]);
    expect(relationsBy([memberNoun], "RCEP全面生效，韩国成为成员国中受益最大的国家。")).toEqual([]);
  });

  it("quotes the agreement in the evidence of a later clause's membership", () => {
    const text = "CPTPP生效已有多年，秘鲁成为第13个成员国。";
    const g = extractDocument("member-noun.txt", text);
    const edge = g.edges.find((e) => e.id === `ALIGNS_WITH:Country:秘鲁->${CPTPP}`);
    expect(edge?.evidence.map((x) => x.quote)).toContain(text.slice(0, -1));
  });

  it("reads X作为…成员国之一 and a core or main member (release 22)", () => {
    expect(relationsBy([memberNoun], "越南作为CPTPP成员国之一，积极推动扩容。")).toEqual([
      "ALIGNS_WITH:Country:越南->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
    expect(relationsBy([memberNoun], "新加坡作为DEPA创始成员国，牵头制定规则。")).toEqual([
      "ALIGNS_WITH:Country:新加坡->Agreement:数字经济伙伴关系协定",
    ]);
    expect(relationsBy([memberNoun], "日本是CPTPP核心成员之一。")).toEqual([
      "ALIGNS_WITH:Country:日本->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
    // (not an object taken as a market, nor an observer)
    expect(relationsBy([memberNoun], "企业将越南作为RCEP成员国中的首选市场。")).toEqual([]);
    expect(relationsBy([memberNoun], "我们把新西兰作为RCEP成员国市场的重点。")).toEqual([]);
    expect(relationsBy([memberNoun], "印度作为RCEP观察员出席会议。")).toEqual([]);
  });
});
