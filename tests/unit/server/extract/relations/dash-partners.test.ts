import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { extractDocument } from "../../../../../server/extract/index";
import { Recognizer } from "../../../../../server/extract/recognize";
import { findRelations } from "../../../../../server/extract/relations";
import { dashPartners } from "../../../../../server/extract/relations/dash-partners";
import { normalize } from "../../../../../server/extract/text";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences: two sides written as a dash pair before a word of cooperation.
describe("relation rule dash-partners", () => {
  it("makes the side written first cooperate with the other", () => {
    expect(relationsBy([dashPartners], "双方签署了中国—老挝“两国双园”合作协议。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
    expect(relationsBy([dashPartners], "广西—越南北部经贸合作会议在南宁召开。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:越南",
    ]);
    expect(relationsBy([dashPartners], "中国-中东欧国家务实合作不断深化。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:中东欧",
    ]);
  });

  it("gives nothing for a chain of stops, a pair without a word of cooperation, or a pair inside a name", () => {
    expect(relationsBy([dashPartners], "上海—重庆—成都合作航线开通。")).toEqual([]);
    expect(relationsBy([dashPartners], "中国—老挝铁路运量持续增长。")).toEqual([]);
    expect(relationsBy([dashPartners], "中国—东盟博览会在南宁开幕。")).toEqual([]);
  });

  it("reads a space between the pair and the word of cooperation (finding 16)", () => {
    expect(relationsBy([dashPartners], "推动中国—老挝 经贸合作。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
  });

  it("gives nothing for a pair inside a longer recognised name that a word of cooperation follows (finding 17)", () => {
    const text = "中国—老挝合作中心成立。";
    const norm = normalize(text);
    const rec = new Recognizer(loadCatalog());
    const ms = rec.recognize(norm, text);
    const run = (extra: typeof ms) =>
      findRelations(norm, [...ms, ...extra], rec.cat, { rules: [dashPartners] }).map(
        (r) => `${r.type}:${r.source}->${r.target}`,
      );
    expect(run([])).toEqual(["COOPERATES_WITH:Country:中国->Country:老挝"]);
    // (the same text with its name recognised as one organisation)
    const name = {
      id: "Organization:中国—老挝合作中心",
      cs: 0,
      ce: 8,
      method: "pattern" as const,
      parts: [],
    };
    expect(run([name])).toEqual([]);
  });

  it("quotes the pair with the word of cooperation", () => {
    const text = "中国—老挝经贸合作持续推进。";
    const g = extractDocument("dash.txt", text);
    const e = g.edges.find((x) => x.id === "COOPERATES_WITH:Country:中国->Country:老挝");
    expect(e?.evidence[0]?.quote).toBe("中国—老挝经贸合作");
    expectQuotesAtOffsets(g, text);
  });
  it("reads a thing the pair shares after it: a community, joint innovation, a transport channel", () => {
    expect(relationsBy([dashPartners], "两国将携手共建中国—老挝命运共同体。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
    expect(relationsBy([dashPartners], "该线路已成为中国—越南的又一条重要陆路运输通道。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:越南",
    ]);
    for (const field of ["海洋", "区域"])
      expect(relationsBy([dashPartners], `某大学设立中国—东盟${field}协同创新平台。`)).toEqual([
        "COOPERATES_WITH:Country:中国->Country:东盟",
      ]);
    expect(relationsBy([dashPartners], "这条公路是印度—尼泊尔之间仅有的一条物流通道。")).toEqual([
      "COOPERATES_WITH:Country:印度->Country:尼泊尔",
    ]);
  });

  it("gives nothing for a way between two domestic places, a border's way, or a denied community (mend24m)", () => {
    expect(relationsBy([dashPartners], "西安—兰州物流通道货运量下滑。")).toEqual([]);
    expect(relationsBy([dashPartners], "杭州—宁波运输通道车流增加。")).toEqual([]);
    expect(relationsBy([dashPartners], "智利—秘鲁边界的运输通道被暴雨冲毁。")).toEqual([]);
    expect(relationsBy([dashPartners], "学者指出，日本—韩国命运共同体并未建立。")).toEqual([]);
    expect(relationsBy([dashPartners], "两国不断推进埃及—苏丹命运共同体建设。")).toEqual([
      "COOPERATES_WITH:Country:埃及->Country:苏丹",
    ]);
  });

  it("gives nothing for a shared head after a chain or with other words between", () => {
    expect(relationsBy([dashPartners], "上海—武汉—重庆运输通道建设加快。")).toEqual([]);
    expect(relationsBy([dashPartners], "中国—老挝边境线附近的运输通道很繁忙。")).toEqual([]);
  });

  it("gives the shared head to every pair of a list of pairs before it (甲—乙、甲—丙物流通道)", () => {
    expect(relationsBy([dashPartners], "两省合力推进中国—老挝、中国—越南国际物流通道建设。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
      "COOPERATES_WITH:Country:中国->Country:越南",
    ]);
    expect(relationsBy([dashPartners], "会议回顾了中国—新加坡和中国—泰国经贸合作的成果。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:新加坡",
      "COOPERATES_WITH:Country:中国->Country:泰国",
    ]);
    // (a pair listed before a chain or a lone name shares nothing)
    expect(relationsBy([dashPartners], "线路连通中国—老挝、重庆—万象—曼谷物流通道。")).toEqual([]);
  });
});
