import { describe, expect, it } from "vitest";
import {
  dropInstitutionPlaces,
  opensInstitution,
} from "../../../../../server/extract/entities/institution-places";
import type { Mention } from "../../../../../server/extract/entities/types";
import { extractDocument } from "../../../../../server/extract/index";

/** The place ids a whole document's mentions name (catalog and abbreviation mentions included). */
function places(text: string): string[] {
  return extractDocument("institutions.txt", text)
    .mentions.map((m) => m.node)
    .filter((id) => /^(City|Province|Country):/.test(id));
}

// A place that opens the name of a chamber, council, institute, academy or university is inside that name.
describe("places opening an institution's name (entities/institution-places.ts)", () => {
  it("drops the country of a chamber, an institute, an academy or a university", () => {
    expect(places("论坛由越南工商会与外事办公室联合举办。")).not.toContain("Country:越南");
    expect(places("三位教授来自蒙古国国立大学，出席了研讨会。")).not.toContain("Country:蒙古国");
    expect(places("秘鲁总统战略研究所的代表发表了讲话。")).not.toContain("Country:秘鲁");
    expect(places("德国商会华北分会组织会员参观了工厂。")).not.toContain("Country:德国");
  });

  it("keeps the place when a verb or a conjunction ends the name before the head", () => {
    expect(places("这家机构计划在越南设立研究中心。")).toContain("Country:越南");
    expect(places("专家们介绍了缅甸的研究中心。")).toContain("Country:缅甸");
    expect(places("代表团访问缅甸，并会见了当地商会负责人。")).toContain("Country:缅甸");
  });

  it("keeps the place before a company, a plain noun or a longer word holding the head", () => {
    expect(places("越南企业代表参加了座谈。")).toContain("Country:越南");
    expect(places("运动员将赴泰国大学生运动会参赛。")).toContain("Country:泰国");
    expect(places("老挝吉利发展集团有限公司承建了这座仓库。")).toContain("Country:老挝");
  });

  it("reads 大学 right after the place as a kind, not a name (the guard alone)", () => {
    const at = (id: string, cs: number, ce: number): Mention[] => [
      { id, cs, ce, method: "catalog", parts: [] },
    ];
    const kind = at("Country:英国", 0, 2);
    dropInstitutionPlaces("英国大学的学费上涨。", kind);
    expect(kind).toHaveLength(1);
    const named = at("Country:英国", 0, 2);
    dropInstitutionPlaces("英国皇家大学的学费上涨。", named);
    expect(named).toHaveLength(0);
  });

  it("tests the country itself, not the end of an organisation's name (abbreviations.ts)", () => {
    expect(opensInstitution("柬埔寨总商会", { ce: 3 })).toBe(true);
    expect(opensInstitution("老挝吉利发展集团有限公司", { ce: 2 })).toBe(false);
    // the country opens the sentence; an over-long organisation span must not take it
    expect(places("老挝政府支持商会发展。")).toContain("Country:老挝");
    expect(places("越南今年新建大学三所。")).toContain("Country:越南");
    expect(places("印尼总统出席商会年会并发表演讲。")).toContain("Country:印度尼西亚");
    expect(places("越南与泰国商会代表进行了会谈。")).toContain("Country:越南");
    expect(places("缅甸投资委员会与中国商会签约。")).toContain("Country:缅甸");
    expect(places("蒙古国首次召开理事会会议。")).toContain("Country:蒙古国");
  });

  it("reads 大学 right after a country that opens the sentence as a kind (full pipeline)", () => {
    expect(places("泰国大学生运动会开幕。")).toContain("Country:泰国");
    expect(places("英国大学的学费上涨。")).toContain("Country:英国");
    expect(places("中国和哈萨克斯坦大学生交流活动举行。")).toContain("Country:哈萨克斯坦");
    expect(places("乌兹别克斯坦首都塔什干大学城开工。")).toContain("Country:乌兹别克斯坦");
  });

  it("takes only whole name words between the place and the head, and no head inside a longer word", () => {
    expect(places("柬埔寨企业希望商会提供帮助。")).toContain("Country:柬埔寨");
    expect(places("俄罗斯各地商会纷纷组团参展。")).toContain("Country:俄罗斯");
    expect(places("他毕业于英国名牌大学，回国创业。")).toContain("Country:英国");
    expect(places("老挝一些大学开设了中文专业。")).toContain("Country:老挝");
    expect(places("泰国研究所得出结论。")).toContain("Country:泰国");
    expect(places("泰国运营商会同中国企业开展合作。")).toContain("Country:泰国");
    expect(places("越南供应商会议在胡志明市召开。")).toContain("Country:越南");
    expect(places("马来西亚华人公会代表出席了活动。")).not.toContain("Country:马来西亚");
  });

  it("keeps the members of a place list before the head", () => {
    expect(places("俄罗斯、白俄罗斯商会代表出席。")).toContain("Country:白俄罗斯");
    expect(places("由越南、柬埔寨两国商会共同主办。")).toContain("Country:柬埔寨");
  });

  it("reads a bare 与 between two places as a preposition, not a list (review21j)", () => {
    const ids = extractDocument("institutions.txt", "中国与老挝国立大学签署了茶叶合作协议。");
    expect(ids.mentions.map((m) => m.node)).not.toContain("Country:老挝");
  });

  it("reads no verb as a name word and no head going on into a longer word (review21j)", () => {
    for (const [text, id] of [
      ["两国帮助柬埔寨发展大学教育。", "Country:柬埔寨"],
      ["这家企业在泰国投资研究中心和车间。", "Country:泰国"],
      ["在泰国发展研究所需的果农不足。", "Country:泰国"],
      ["省里支持巴基斯坦发展研究院校建设。", "Country:巴基斯坦"],
      ["老挝国家研究院所数量不多。", "Country:老挝"],
    ] as const)
      expect(places(text)).toContain(id);
    expect(places("新加坡国立大学校长来访。")).not.toContain("Country:新加坡");
    expect(places("越南国家大学教授出席了茶会。")).not.toContain("Country:越南");
  });
});
