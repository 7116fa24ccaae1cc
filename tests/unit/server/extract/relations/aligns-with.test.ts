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

// Release 22, mend of review22k: invented variants of the review's probes.
describe("aligns-with after review22k (release 22)", () => {
  const RCEP = "Agreement:区域全面经济伙伴关系协定";
  const CPTPP = "Agreement:全面与进步跨太平洋伙伴关系协定";
  const DEPA = "Agreement:数字经济伙伴关系协定";

  it("reads each agreement's own step when a sentence names two (签署A并申请加入B)", () => {
    const g = (text: string) =>
      extractDocument("two.txt", text)
        .edges.filter((e) => e.type === "ALIGNS_WITH")
        .map((e) => `${e.source}->${e.target}:${e.properties.stage}`)
        .sort();
    expect(g("泰国已批准RCEP并正式申请加入DEPA。")).toEqual([
      `Country:泰国->${RCEP}:ratified`,
      `Country:泰国->${DEPA}:applied`,
    ]);
    expect(g("智利签署了DEPA，随后申请加入RCEP。")).toContain(`Country:智利->${RCEP}:applied`);
    // (two agreements sharing one act keep it)
    expect(g("新加坡批准了RCEP和DEPA。")).toEqual([
      `Country:新加坡->${RCEP}:ratified`,
      `Country:新加坡->${DEPA}:ratified`,
    ]);
  });

  it("aligns no country that only attends a meeting or committee named after the agreement", () => {
    expect(relationsBy([alignsWith], "秘鲁参加RCEP部长会议。")).toEqual([]);
    expect(relationsBy([alignsWith], "加拿大参加CPTPP联合委员会。")).toEqual([]);
    expect(relationsBy([alignsWith], "智利参与DEPA工作会议。")).toEqual([]);
  });

  it("gives the stage of the act when talks only qualify what they produced (谈判达成的文本, 谈判成果)", () => {
    const stage = (text: string, id: string) =>
      extractDocument("product.txt", text).edges.find((e) => e.id === id)?.properties.stage;
    expect(stage("老挝国会批准了RCEP谈判达成的法律文本。", `ALIGNS_WITH:Country:老挝->${RCEP}`)).toBe(
      "ratified",
    );
    expect(stage("智利签署了DEPA协商一致的文本。", `ALIGNS_WITH:Country:智利->${DEPA}`)).toBe("signed");
  });

  it("keeps a zone that a benefit helps to align (对接, 对标) and silences a country helped to an act", () => {
    expect(relationsBy([alignsWith], "有助于福建自贸试验区对接RCEP规则。")).toEqual([
      `ALIGNS_WITH:FreeTradeZone:中国（福建）自由贸易试验区->${RCEP}`,
    ]);
    expect(relationsBy([alignsWith], "这为浙江自贸试验区对标CPTPP规则创造了条件。")).toEqual([
      `ALIGNS_WITH:FreeTradeZone:中国（浙江）自由贸易试验区->${CPTPP}`,
    ]);
    expect(relationsBy([alignsWith], "有助于推动泰国加入CPTPP。")).toEqual([]);
    expect(relationsBy([alignsWith], "新规则有助于推动尽早泰国加入CPTPP。")).toEqual([]);
    expect(relationsBy([alignsWith], "有利于四川自贸试验区参与RCEP区域合作。")).toEqual([
      `ALIGNS_WITH:FreeTradeZone:中国（四川）自由贸易试验区->${RCEP}`,
    ]);
  });

  it("aligns no party whose act is denied with an adverb or modal between (没有正式加入, 未能加入, 不会加入)", () => {
    expect(relationsBy([alignsWith], "印度没有正式加入RCEP。")).toEqual([]);
    expect(relationsBy([alignsWith], "巴西未能加入DEPA。")).toEqual([]);
    expect(relationsBy([alignsWith], "美国不会加入CPTPP。")).toEqual([]);
  });
});

// Release 22, mend of review22n: invented variants of the review's probes.
describe("aligns-with after review22n (release 22)", () => {
  it("aligns no country that only attends an event named after the agreement (宣讲会, 会谈, 对话, 讲座)", () => {
    expect(relationsBy([alignsWith], "智利参加DEPA宣讲会。")).toEqual([]);
    expect(relationsBy([alignsWith], "印尼参加RCEP经贸洽谈会。")).toEqual([]);
    expect(relationsBy([alignsWith], "新加坡参加CPTPP部长级会谈。")).toEqual([]);
    expect(relationsBy([alignsWith], "越南参加了RCEP高级别对话。")).toEqual([]);
    expect(relationsBy([alignsWith], "泰国参加RCEP专题讲座。")).toEqual([]);
    expect(relationsBy([alignsWith], "英国参加了CPTPP。")).toEqual([
      "ALIGNS_WITH:Country:英国->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
  });

  it("aligns the subject, not a party backing it (在X支持下; mend22u)", () => {
    expect(relationsBy([alignsWith], "秘鲁在东盟支持下申请加入RCEP。")).toEqual([
      "ALIGNS_WITH:Country:秘鲁->Agreement:区域全面经济伙伴关系协定",
    ]);
    expect(relationsBy([alignsWith], "智利在新西兰的帮助下加入DEPA。")).toEqual([
      "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
    ]);
  });

  it("aligns no country another only supports toward an act (支持X加入)", () => {
    expect(relationsBy([alignsWith], "日本支持英国加入CPTPP。")).toEqual([]);
    expect(relationsBy([alignsWith], "中国支持海南自由贸易港对接CPTPP规则。")).toEqual([
      "ALIGNS_WITH:FreeTradeZone:海南自由贸易港->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
  });

  it("gives nothing for a party that an aim pushes to take part (推动X参与…建设), as for one a benefit helps", () => {
    expect(relationsBy([alignsWith], "为扩大开放，推动广西参与区域全面经济伙伴关系协定建设。")).toEqual([]);
    expect(relationsBy([alignsWith], "广西积极参与区域全面经济伙伴关系协定建设。")).toEqual([
      "ALIGNS_WITH:Province:广西壮族自治区->Agreement:区域全面经济伙伴关系协定",
    ]);
  });
});
