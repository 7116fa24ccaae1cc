import { describe, expect, it } from "vitest";
import { towardPartner } from "../../../../../server/extract/relations/toward-partner";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule toward-partner", () => {
  it("makes the clause's subject deal with the partner named by one character after 对", () => {
    expect(relationsBy([towardPartner], "珲春市将扩大对俄贸易规模。")).toEqual([
      "COOPERATES_WITH:City:珲春->Country:俄罗斯",
    ]);
    expect(relationsBy([towardPartner], "平潭片区在对台投资方面先行先试。")).toEqual([
      "COOPERATES_WITH:Area:平潭片区->Province:台湾省",
    ]);
    expect(relationsBy([towardPartner], "大连市积极推进对日韩经贸交流。")).toEqual([
      "COOPERATES_WITH:City:大连->Country:日本",
      "COOPERATES_WITH:City:大连->Country:韩国",
    ]);
  });

  it("gives nothing for 针对/面对/应对, without a word of dealings, or after a country (我国对缅贸易)", () => {
    expect(relationsBy([towardPartner], "珲春市针对俄贸易企业出台措施。")).toEqual([]);
    expect(relationsBy([towardPartner], "珲春市对俄罗斯的了解加深。")).toEqual([]);
    expect(relationsBy([towardPartner], "瑞丽口岸是我国对缅贸易规模最大的陆路口岸。")).toEqual([]);
  });

  it("gives the dealings of A与B… to the side written first", () => {
    expect(relationsBy([towardPartner], "今后南宁片区与钦州港片区将共同扩大对越贸易。")).toEqual([
      "COOPERATES_WITH:Area:南宁片区->Country:越南",
    ]);
  });
  it("gives the dealings to a country joined to the subject right before it too (中国和某省对俄开放)", () => {
    expect(relationsBy([towardPartner], "未来，中国和云南省对缅开放的步伐将加快。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:缅甸",
      "COOPERATES_WITH:Country:中国->Country:缅甸",
    ]);
  });

  it("gives no foreign country joined to the subject dealings of its own (findings 2 and 12 of review18c)", () => {
    expect(relationsBy([towardPartner], "据测算，法国和江苏省对越出口都在增长。")).toEqual([
      "COOPERATES_WITH:Province:江苏省->Country:越南",
    ]);
    expect(relationsBy([towardPartner], "受汇率影响，欧盟和吉林省对俄贸易均有下降。")).toEqual([
      "COOPERATES_WITH:Province:吉林省->Country:俄罗斯",
    ]);
  });

  it("gives no joined country dealings with China itself or when no dealing follows", () => {
    expect(relationsBy([towardPartner], "近年来，日本和江苏省对华投资持续增长。")).toEqual([]);
    expect(relationsBy([towardPartner], "美国和福建省对台湾的看法不同。")).toEqual([]);
  });

  it("reads a list of 对 phrases that share the dealings after the last (对俄、对蒙贸易)", () => {
    expect(relationsBy([towardPartner], "黑河市今年积极扩大对俄、对蒙贸易。")).toEqual([
      "COOPERATES_WITH:City:黑河->Country:俄罗斯",
      "COOPERATES_WITH:City:黑河->Country:蒙古国",
    ]);
  });

  it("gives nothing for a list of 对 phrases with no dealings: matches, tariffs, results compared", () => {
    expect(relationsBy([towardPartner], "国家队在本届比赛中对日、对韩两场均告负。")).toEqual([]);
    expect(relationsBy([towardPartner], "绥化市对美、对欧加征的关税作出回应。")).toEqual([]);
    expect(relationsBy([towardPartner], "与去年相比，牡丹江市对日、对韩比赛成绩提高。")).toEqual([]);
  });

  it("gives nothing for dealings negated after the dealing noun (管制, 限制, 关闭, 暂停), listed or single", () => {
    expect(relationsBy([towardPartner], "广东省对美、对欧出口管制日趋严格。")).toEqual([]);
    expect(relationsBy([towardPartner], "宁波市对美、对欧投资限制有所收紧。")).toEqual([]);
    expect(relationsBy([towardPartner], "云南省对缅、对老口岸暂时关闭。")).toEqual([]);
    expect(relationsBy([towardPartner], "珲春市对俄航线暂停运营。")).toEqual([]);
  });

  it("keeps dealings whose negator is reversed or lessened in the clause (放宽, 较少, 不受, 重新, 恢复)", () => {
    expect(relationsBy([towardPartner], "黑龙江省对俄贸易限制逐步放宽，合作规模扩大。")).toEqual([
      "COOPERATES_WITH:Province:黑龙江省->Country:俄罗斯",
    ]);
    expect(relationsBy([towardPartner], "绥芬河市对俄贸易摩擦较少。")).toEqual([
      "COOPERATES_WITH:City:绥芬河->Country:俄罗斯",
    ]);
    expect(relationsBy([towardPartner], "珲春市对俄口岸关闭两年后重新开放。")).toEqual([
      "COOPERATES_WITH:City:珲春->Country:俄罗斯",
    ]);
    expect(relationsBy([towardPartner], "辽宁省对朝贸易限制解除后逐步恢复。")).toHaveLength(1);
    expect(relationsBy([towardPartner], "珲春市对俄航线暂停运营，恢复时间未定。")).toEqual([]);
  });

  it("reads 澳 after 港 as Macau and drops the ambiguous 乌", () => {
    expect(relationsBy([towardPartner], "厦门市深化对台、对港澳交流。")).toEqual([
      "COOPERATES_WITH:City:厦门->Province:台湾省",
      "COOPERATES_WITH:City:厦门->Province:香港特别行政区",
      "COOPERATES_WITH:City:厦门->Province:澳门特别行政区",
    ]);
    expect(relationsBy([towardPartner], "喀什市扩大对乌贸易。")).toEqual([]);
    // (review21i #9: 澳 alone may be Macau or Australia)
    expect(relationsBy([towardPartner], "中山市对澳合作不断深化。")).toEqual([]);
    // (review21i #10: the ambiguous item is skipped, the partner before it kept)
    expect(relationsBy([towardPartner], "伊宁市对哈、对乌贸易快速增长。")).toEqual([
      "COOPERATES_WITH:City:伊宁->Country:哈萨克斯坦",
    ]);
    expect(relationsBy([towardPartner], "伊宁市对乌、对哈贸易快速增长。")).toEqual([
      "COOPERATES_WITH:City:伊宁->Country:哈萨克斯坦",
    ]);
  });

  it("gives nothing for a province and a country written together after 对: the pair names both sides", () => {
    expect(relationsBy([towardPartner], "昆明市新建口岸，对滇缅合作意义深远。")).toEqual([]);
    expect(relationsBy([towardPartner], "南宁市新开航线，对桂越经贸往来很有帮助。")).toEqual([]);
    // (two countries, or a list of 对 phrases, are still partners of the subject)
    expect(relationsBy([towardPartner], "烟台市深化对日韩经贸交流。")).toEqual([
      "COOPERATES_WITH:City:烟台->Country:日本",
      "COOPERATES_WITH:City:烟台->Country:韩国",
    ]);
  });

  it("reads a province-country pair from the subject's side (review22g 4)", () => {
    // (the subject is the province itself: it deals with the country)
    expect(relationsBy([towardPartner], "湖南省加强对湘非经贸合作。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Country:非洲",
    ]);
    expect(relationsBy([towardPartner], "云南省扩大对滇缅贸易。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:缅甸",
    ]);
    // (a subject outside that province reads the partners as before)
    expect(relationsBy([towardPartner], "厦门市扩大对新马出口。")).toContain(
      "COOPERATES_WITH:City:厦门->Country:马来西亚",
    );
  });
});
