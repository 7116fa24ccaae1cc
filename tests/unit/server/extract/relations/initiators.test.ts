import { describe, expect, it } from "vitest";
import { initiators } from "../../../../../server/extract/relations/initiators";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule initiators", () => {
  it("aligns the country that proposed, launched or leads an agreement", () => {
    expect(relationsBy([initiators], "智利倡议发起《数字经济伙伴关系协定》，得到多方响应。")).toEqual([
      "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
    ]);
    expect(relationsBy([initiators], "新西兰2018年3月率先提出《数字经济伙伴关系协定》。")).toEqual([
      "ALIGNS_WITH:Country:新西兰->Agreement:数字经济伙伴关系协定",
    ]);
    expect(relationsBy([initiators], "分析人士认为，这一安排是东盟主导的RCEP的补充。")).toEqual([
      "ALIGNS_WITH:Country:东盟->Agreement:区域全面经济伙伴关系协定",
    ]);
  });

  it("reads co-initiators and the modifier shape before any predicate (mend23d)", () => {
    expect(relationsBy([initiators], "智利与新加坡共同发起《数字经济伙伴关系协定》，吸引多国关注。")).toEqual(
      [
        "ALIGNS_WITH:Country:新加坡->Agreement:数字经济伙伴关系协定",
        "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
      ],
    );
    expect(
      relationsBy([initiators], "东盟所倡议的《区域全面经济伙伴关系协定》为区域贸易奠定了基础。"),
    ).toEqual(["ALIGNS_WITH:Country:东盟->Agreement:区域全面经济伙伴关系协定"]);
    // (a count of the listed countries between the list and the verb, mend23i)
    expect(relationsBy([initiators], "智利和新加坡两国率先发起了DEPA。")).toEqual([
      "ALIGNS_WITH:Country:新加坡->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
    ]);
  });

  it("keeps out a leader that left, and another country's withdrawal", () => {
    expect(relationsBy([initiators], "美国主导的TPP在美国宣布退出后改名。")).toEqual([]);
    // (the withdrawal clause drops its subject: the initiator's own, mend23d)
    expect(relationsBy([initiators], "美国最早提出TPP，后来宣布退出。")).toEqual([]);
    expect(relationsBy([initiators], "日本主导的CPTPP，在美国退出后仍然生效。")).toEqual([
      "ALIGNS_WITH:Country:日本->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
    // (no comma: only the countries after the initiator count as the leaver, mend23i)
    expect(relationsBy([initiators], "新加坡主导的DEPA在智利退出后仍然生效。")).toEqual([
      "ALIGNS_WITH:Country:新加坡->Agreement:数字经济伙伴关系协定",
    ]);
    expect(relationsBy([initiators], "美国率先提出TPP后又宣布退出。")).toEqual([]);
  });

  it("does not read other objects or other subjects of the verb", () => {
    // (a proposal about the agreement, an application, a person or a body as the proposer)
    expect(relationsBy([initiators], "泰国提出了有关RCEP原产地规则的建议。")).toEqual([]);
    expect(relationsBy([initiators], "秘鲁提出加入《数字经济伙伴关系协定》的申请。")).toEqual([]);
    // (the agreement heads a complement clause or a noun phrase, mend23d)
    expect(relationsBy([initiators], "俄罗斯提出RCEP的原产地规则过于复杂。")).toEqual([]);
    expect(relationsBy([initiators], "巴西提出RCEP和CPTPP应当合并。")).toEqual([]);
    expect(relationsBy([initiators], "印度提出RCEP并不公平。")).toEqual([]);
    expect(relationsBy([initiators], "印度提出RCEP谈判中的多项关切。")).toEqual([]);
  });
});
