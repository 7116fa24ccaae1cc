import { describe, expect, it } from "vitest";
import { agreementTitles } from "../../../../../server/extract/entities/agreement-titles";
import { extractDocument } from "../../../../../server/extract/index";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule agreement-titles", () => {
  it("reads agreement titles in 《》, catalogued or not", () => {
    expect(
      mentionsBy([agreementTitles], "企业用好《中国—东盟全面经济合作框架协议》和《某国投资保护协定》。"),
    ).toEqual([
      "Agreement:中国-东盟全面经济合作框架协议@中国—东盟全面经济合作框架协议",
      "Agreement:某国投资保护协定@某国投资保护协定",
    ]);
  });

  it("gives a formal title its two parties, so both align with it whatever verb states its stage", () => {
    const aligned = (text: string) =>
      extractDocument("t.txt", text)
        .edges.filter((e) => e.type === "ALIGNS_WITH")
        .map((e) => `${e.source}>${e.target}`);
    expect(aligned("《中华人民共和国政府和秘鲁共和国政府自由贸易协定》将自明年1月1日起正式实施。")).toEqual(
      expect.arrayContaining([
        "Country:中国>Agreement:中国-秘鲁自由贸易协定",
        "Country:秘鲁>Agreement:中国-秘鲁自由贸易协定",
      ]),
    );
    expect(aligned("《挪威王国政府和中华人民共和国政府自由贸易协定》明年正式实施。")).toEqual(
      expect.arrayContaining([
        "Country:中国>Agreement:中国-挪威自由贸易协定",
        "Country:挪威>Agreement:中国-挪威自由贸易协定",
      ]),
    );
  });

  it("names a bilateral free trade agreement's formal title 中国-X自由贸易协定, with the title as an alias", () => {
    expect(
      mentionsBy([agreementTitles], "双方代表草签《中华人民共和国政府和秘鲁共和国政府自由贸易协定》。"),
    ).toEqual(["Agreement:中国-秘鲁自由贸易协定@中华人民共和国政府和秘鲁共和国政府自由贸易协定"]);
    expect(mentionsBy([agreementTitles], "国会批准《冰岛中国自由贸易协定》。")).toEqual([
      "Agreement:中国-冰岛自由贸易协定@冰岛中国自由贸易协定",
    ]);
  });

  it("leaves a cooperation agreement of Chinese places (a local government's document)", () => {
    const agreements = (text: string) =>
      mentionsBy([agreementTitles], text).filter((m) => m.startsWith("Agreement:"));
    expect(agreements("两市签署了《宁波市与洛阳市产业合作发展协议》。")).toEqual([]);
    expect(agreements("两省签署《四川贵州通道建设合作框架协议》。")).toEqual([]);
    // (an agreement of a country, or one that opens with no place, stays)
    expect(mentionsBy([agreementTitles], "双方签署《中国与某国经贸合作协议》。")).toEqual([
      "Agreement:中国与某国经贸合作协议@中国与某国经贸合作协议",
    ]);
  });

  it("leaves a bare 《协定》 (a short reference to a title named before)", () => {
    expect(mentionsBy([agreementTitles], "以下简称《协定》。")).toEqual([]);
  });

  it("leaves a title of kind words alone the catalog lacks (release 22)", () => {
    const ids = (text: string) => mentionsBy([agreementTitles], text).map((m) => m.split("@")[0]);
    expect(ids("两国同意尽快商签《自由贸易协定》。")).toEqual([]);
    expect(ids("双方签署了《投资保护协定》。")).toEqual([]);
    expect(ids("两国签署《双边投资协定》。")).toEqual([]);
    // (kind words joined by 和/与/及: review22k)
    expect(ids("双方签署了《经济合作与投资保护协定》。")).toEqual([]);
    // (a party in the title, or the catalog's name, stays)
    expect(ids("双方签署了《中国和新加坡投资保护协定》。")).toEqual(["Agreement:中国和新加坡投资保护协定"]);
    expect(ids("各国签署了《区域全面经济伙伴关系协定》。")).toEqual(["Agreement:区域全面经济伙伴关系协定"]);
  });

  it("leaves a cooperation document between bodies, companies or places, and the names written only in it", () => {
    const all = (text: string) => mentionsBy([agreementTitles], text);
    expect(all("两家公司签署《某电器公司与某港务集团物流合作协议》。")).toEqual([]);
    expect(all("三方签署了《甲乙丙文化旅游合作协议》。")).toEqual([]);
    expect(all("双方签订《共同开发某种药材战略合作协议》。")).toEqual([]);
    expect(mentionsBy([], "两港签署《天津港集团与某自治港建立友好港口正式协议》。")).toEqual([]);
    // (a country or bloc, or the two sides of the strait, opening the title: a trade agreement stays)
    expect(all("双方签署《智利与秘鲁经济合作协议》。")).toEqual([
      "Agreement:智利与秘鲁经济合作协议@智利与秘鲁经济合作协议",
    ]);
    expect(all("两会签署《海峡两岸经济合作框架协议》。")).toEqual([
      "Agreement:海峡两岸经济合作框架协议@海峡两岸经济合作框架协议",
    ]);
  });

  it("keeps a cooperation title between countries or blocs: a 中X compound, a country anywhere, a bloc opening it", () => {
    const ids = (text: string) => extractDocument("t.txt", text).nodes.map((x) => x.id);
    expect(ids("两国签署《中越电力合作协议》。")).toContain("Agreement:中越电力合作协议");
    expect(ids("双方签署《福建与马来西亚渔业合作协议》。")).toEqual(
      expect.arrayContaining(["Province:福建省", "Country:马来西亚"]),
    );
    expect(ids("各国签署《上海合作组织成员国农业合作协议》。")).toContain("Organization:上海合作组织");
  });

  it("reads a name in quotation marks that the catalog has or that opens with its two parties", () => {
    expect(mentionsBy([agreementTitles], "兩國代表完成簽署「智利與新西蘭經濟夥伴協定」。")).toEqual([
      "Agreement:智利与新西兰经济伙伴协定@智利與新西蘭經濟夥伴協定",
    ]);
    expect(mentionsBy([agreementTitles], "該國已申請加入「區域全面經濟夥伴協定」。")).toEqual([
      "Agreement:区域全面经济伙伴关系协定@區域全面經濟夥伴協定",
    ]);
    const aligned = extractDocument("q.txt", "兩國代表完成簽署「智利與新西蘭經濟夥伴協定」。")
      .edges.filter((e) => e.type === "ALIGNS_WITH")
      .map((e) => `${e.source}:${e.properties.stage}`);
    expect(aligned.sort()).toEqual(["Country:新西兰:signed", "Country:智利:signed"]);
  });

  it("reads no other quoted words: a bare kind, a company's or two provinces' document, a pair with a bare 协议", () => {
    const agreements = (text: string) =>
      mentionsBy([agreementTitles], text).filter((m) => m.startsWith("Agreement:"));
    expect(agreements("這是雙方簽訂的「自貿協定」。")).toEqual([]);
    expect(agreements("兩家公司簽署「物流合作協議」。")).toEqual([]);
    expect(agreements("兩省簽署「四川與重慶合作協議」。")).toEqual([]);
    expect(agreements("記者問起「智利與秘魯協議」的傳聞。")).toEqual([]);
    // (a mainland city or province is no party of an agreement with a country: a cooperation document)
    expect(agreements("市政府與丹麥簽署「天津與丹麥全面合作協議」。")).toEqual([]);
    // (the words after the pair are kind words of an agreement alone, generic-morphemes.json agreementKinds)
    expect(agreements("兩軍簽署「秘魯與智利停火協議」。")).toEqual([]);
    expect(agreements("外界關注「伊朗與伊拉克停戰協定」。")).toEqual([]);
  });
});
