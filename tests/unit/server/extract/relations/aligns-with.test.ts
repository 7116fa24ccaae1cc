import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { alignsWith } from "../../../../../server/extract/relations/aligns-with";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule aligns-with", () => {
  it("aligns a zone with the agreement it adopts", () => {
    expect(relationsBy([alignsWith], "江西自贸试验区积极对接RCEP规则。")).toEqual([
      "ALIGNS_WITH:FreeTradeZone:中国（江西）自由贸易试验区->Agreement:区域全面经济伙伴关系协定",
    ]);
  });

  it("does not align a country that only comments", () => {
    expect(relationsBy([alignsWith], "美国对RCEP表示关注。")).toEqual([]);
  });

  it("does not align a country that left the agreement", () => {
    expect(relationsBy([alignsWith], "美国曾签署TPP，后宣布退出TPP。")).toEqual([]);
    expect(relationsBy([alignsWith], "美国退出TPP后，日本牵头签署了CPTPP。")).toEqual([
      "ALIGNS_WITH:Country:日本->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
  });

  it("does not align the place where an agreement was signed", () => {
    expect(relationsBy([alignsWith], "两国部长在上海签署了《中国-智利自由贸易协定》。")).toEqual([]);
    // (nor a country whose city follows it: 在越南首都河内签署)
    expect(relationsBy([alignsWith], "两国部长在越南首都河内签署了《中国-智利自由贸易协定》。")).toEqual([]);
    // (nor two venues of a signing by video, with a comma before the verb)
    expect(
      relationsBy(
        [alignsWith],
        "两国部长分别在上海和圣地亚哥代表两国政府，通过视频方式签署《中国-智利自由贸易协定》。",
      ),
    ).toEqual([]);
  });

  it("aligns who makes the request, not the depositary it is addressed to", () => {
    expect(
      relationsBy([alignsWith], "乌拉圭日前向新西兰递交加入《全面与进步跨太平洋伙伴关系协定》的请求。"),
    ).toEqual(["ALIGNS_WITH:Country:乌拉圭->Agreement:全面与进步跨太平洋伙伴关系协定"]);
    // (nothing when only the addressee is named)
    expect(relationsBy([alignsWith], "申请书已向新西兰提交加入CPTPP的请求。")).toEqual([]);
  });

  it("aligns every subject joined before the nearest one (A和B…加入X)", () => {
    expect(relationsBy([alignsWith], "秘鲁和智利已正式申请加入DEPA。").sort()).toEqual([
      "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:秘鲁->Agreement:数字经济伙伴关系协定",
    ]);
    // a country joined to a commenting one still only comments
    expect(relationsBy([alignsWith], "美国和加拿大对RCEP表示关注。")).toEqual([]);
  });

  it("gives nothing when the agreement only qualifies a group noun after it (培训团, 论坛, 工作组)", () => {
    expect(relationsBy([alignsWith], "由甲国、乙国和中国组成的RCEP原产地规则培训团抵达南宁。")).toEqual([]);
    expect(relationsBy([alignsWith], "福建省参与筹办的RCEP企业论坛在福州举行。")).toEqual([]);
    expect(relationsBy([alignsWith], "江苏省签署DEPA政策工作组合作备忘录。")).toEqual([]);
  });

  it("keeps the edge when a verb, 后 or a comma stands between the agreement and the group noun", () => {
    expect(relationsBy([alignsWith], "中国加入RCEP后成立专门工作组。")).toEqual([
      "ALIGNS_WITH:Country:中国->Agreement:区域全面经济伙伴关系协定",
    ]);
    expect(relationsBy([alignsWith], "浙江省签署DEPA成立工作组。")).toEqual([
      "ALIGNS_WITH:Province:浙江省->Agreement:数字经济伙伴关系协定",
    ]);
    expect(relationsBy([alignsWith], "中国于2021年加入RCEP，团结各方扩大开放。")).toEqual([
      "ALIGNS_WITH:Country:中国->Agreement:区域全面经济伙伴关系协定",
    ]);
    expect(relationsBy([alignsWith], "海南省积极对接RCEP规则和标准。")).toEqual([
      "ALIGNS_WITH:Province:海南省->Agreement:区域全面经济伙伴关系协定",
    ]);
  });

  it("gives talks about an agreement no stage and a numbered round of them no party (release 22)", () => {
    const g = (text: string) =>
      extractDocument("talks.txt", text).edges.filter((e) => e.type === "ALIGNS_WITH");
    expect(
      g("中国与冰岛签署关于启动中国-冰岛自由贸易协定升级谈判的谅解备忘录。").map((e) => e.properties.stage),
    ).toEqual([undefined, undefined]);
    expect(g("中国—格鲁吉亚自由贸易协定第三轮谈判在第比利斯举行。")).toEqual([]);
    expect(g("中国和巴拿马的自由贸易协定第二次磋商在北京举行。")).toEqual([]);
    // (a signing of the agreement itself keeps its stage)
    expect(g("中国与以色列签署自由贸易协定。").map((e) => e.properties.stage)).toEqual(["signed", "signed"]);
  });

  it("aligns every subject of a list after the nearest one and none whose act is negated (release 22)", () => {
    expect(relationsBy([alignsWith], "墨西哥、秘鲁和智利等拉美国家，先后加入CPTPP。")).toEqual([
      "ALIGNS_WITH:Country:墨西哥->Agreement:全面与进步跨太平洋伙伴关系协定",
      "ALIGNS_WITH:Country:秘鲁->Agreement:全面与进步跨太平洋伙伴关系协定",
      "ALIGNS_WITH:Country:智利->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
    // (a pair joined by 与 alone is no list)
    expect(relationsBy([alignsWith], "中国与新西兰就RCEP实施交换意见。")).not.toContain(
      "ALIGNS_WITH:Country:新西兰->Agreement:区域全面经济伙伴关系协定",
    );
    expect(relationsBy([alignsWith], "印度、巴西、南非等国尚未加入CPTPP。")).toEqual([]);
    expect(relationsBy([alignsWith], "美国未签署CPTPP。")).toEqual([]);
  });

  it("reads 参加 as taking part in the agreement, not in a forum named after it (release 22)", () => {
    expect(relationsBy([alignsWith], "韩国宣布参加DEPA。")).toEqual([
      "ALIGNS_WITH:Country:韩国->Agreement:数字经济伙伴关系协定",
    ]);
    expect(relationsBy([alignsWith], "泰国企业代表参加RCEP企业论坛。")).toEqual([]);
    expect(relationsBy([alignsWith], "马来西亚官员参加了CPTPP研讨会。")).toEqual([]);
  });

  it("aligns no party that a benefit only helps toward the act (有助于X加入, 为X加入…奠定基础; release 22)", () => {
    expect(relationsBy([alignsWith], "新协定有助于越南加入CPTPP。")).toEqual([]);
    expect(relationsBy([alignsWith], "此举将为菲律宾加入RCEP奠定基础。")).toEqual([]);
    expect(relationsBy([alignsWith], "日本政府表示，将帮助英国加入CPTPP。")).toEqual([]);
    expect(relationsBy([alignsWith], "越南已加入CPTPP。")).toEqual([
      "ALIGNS_WITH:Country:越南->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
  });
});
