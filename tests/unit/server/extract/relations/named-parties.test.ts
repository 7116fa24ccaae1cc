import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { namedParties } from "../../../../../server/extract/relations/named-parties";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule named-parties", () => {
  it("aligns each party written in full in an agreement's name, with no stage when none is stated", () => {
    expect(relationsBy([namedParties], "学者比较了智利-秘鲁FTA的原产地规则。")).toEqual([
      "ALIGNS_WITH:Country:智利->Agreement:智利-秘鲁FTA",
      "ALIGNS_WITH:Country:秘鲁->Agreement:智利-秘鲁FTA",
    ]);
  });

  it("gives the stage the agreement's clause states", () => {
    const g = extractDocument("p.txt", "新西兰与新加坡自由贸易及投资协定将于明年1月正式生效。");
    const edges = g.edges.filter((e) => e.type === "ALIGNS_WITH");
    expect(edges.map((e) => `${e.source}|${e.properties?.stage}`).sort()).toEqual([
      "Country:新加坡|in_force",
      "Country:新西兰|in_force",
    ]);
  });

  it("aligns both parties of a quoted pair title with China written in full (《中国—X…》, 《X—中国…》)", () => {
    expect(relationsBy([namedParties], "《中国—冰岛自由贸易协定》的文本已经公布。").sort()).toEqual([
      "ALIGNS_WITH:Country:中国->Agreement:中国-冰岛自由贸易协定",
      "ALIGNS_WITH:Country:冰岛->Agreement:中国-冰岛自由贸易协定",
    ]);
    expect(relationsBy([namedParties], "学者解读了《挪威—中国自由贸易协定》的原产地规则。").sort()).toEqual([
      "ALIGNS_WITH:Country:中国->Agreement:中国-挪威自由贸易协定",
      "ALIGNS_WITH:Country:挪威->Agreement:中国-挪威自由贸易协定",
    ]);
    expect(relationsBy([namedParties], "《中冰自由贸易协定》的文本已经公布。")).toEqual([]);
  });

  it("reads the stage of a later clause that names the agreement by anaphor, unless another agreement stands between", () => {
    const stages = (text: string) =>
      extractDocument("p.txt", text)
        .edges.filter((e) => e.type === "ALIGNS_WITH")
        .map((e) => `${e.source}->${e.target}|${e.properties?.stage ?? "-"}`)
        .sort();
    expect(stages("据新华社消息，该协定将于下月正式生效，《中国—冰岛自由贸易协定》…")).toEqual([
      "Country:中国->Agreement:中国-冰岛自由贸易协定|-",
      "Country:冰岛->Agreement:中国-冰岛自由贸易协定|-",
    ]);
    expect(
      stages("关于《中国—冰岛自由贸易协定》，两国外长昨天在雷克雅未克宣布，该协议将从十月起生效。"),
    ).toEqual([
      "Country:中国->Agreement:中国-冰岛自由贸易协定|in_force",
      "Country:冰岛->Agreement:中国-冰岛自由贸易协定|in_force",
    ]);
    expect(stages("两国完成了智利-秘鲁FTA的国内程序，并宣布《协定》将于明年元旦生效。")).toEqual([
      "Country:智利->Agreement:智利-秘鲁FTA|in_force",
      "Country:秘鲁->Agreement:智利-秘鲁FTA|in_force",
    ]);
    expect(stages("智利-秘鲁FTA的文本已经公布，哥伦比亚-秘鲁FTA将于下月生效，该协定意义重大。")).toContain(
      "Country:智利->Agreement:智利-秘鲁FTA|-",
    );
    // another agreement between, whose own clause states a stage, and the anaphor's clause one too
    expect(stages("说起智利-秘鲁FTA，RCEP已于去年生效，该协定则已于上月签署。")).toContain(
      "Country:智利->Agreement:智利-秘鲁FTA|-",
    );
    // an agreement written with no name stands between (两国的投资协议): the anaphor may name it
    expect(stages("智利-秘鲁FTA谈了多年，两国的投资协议也一样，该协定已于2015年签署。")).toContain(
      "Country:智利->Agreement:智利-秘鲁FTA|-",
    );
  });

  it("gives nothing when a later clause only wishes, sets a condition or doubts it (as a hedge before it)", () => {
    for (const text of [
      "说起墨西哥-秘鲁FTA，两国商界都盼望该协定尽快生效。",
      "墨西哥-秘鲁FTA已经谈完，不过该协定要生效仍需国会批准。",
      "墨西哥-秘鲁FTA已经谈完，分析人士说此协定今年难以生效。",
      "《中国—多米尼加自由贸易协定》的草案已经拟好，两国都期待该协定明年生效。",
      "《中国—厄瓜多尔自由贸易协定》文本已公布，该协定若要生效，还需对方国会表决。",
      "《中国—斐济自由贸易协定》已经谈完，该协定仍需两国议会批准后才能生效。",
    ])
      expect(relationsBy([namedParties], text), text).toEqual([]);
  });

  it("gives no stage 'pilots' to a party (piloting is for zones)", () => {
    const stages = extractDocument("p.txt", "墨西哥-秘鲁FTA的服务贸易条款将在某某自贸试验区先行先试。")
      .edges.filter((e) => e.type === "ALIGNS_WITH")
      .map((e) => e.properties?.stage ?? "-");
    expect(stages).toEqual(["-", "-"]);
  });

  it("gives nothing for an agreement only studied (可行性研究, 研究商签)", () => {
    expect(relationsBy([namedParties], "双方同意开展《中国—巴拿马自由贸易协定》联合可行性研究。")).toEqual(
      [],
    );
    expect(relationsBy([namedParties], "商会建议研究商签《中国—巴拿马自由贸易协定》的可能性。")).toEqual([]);
  });

  it("gives nothing for an agreement under talks or a one-character compound", () => {
    expect(relationsBy([namedParties], "两国宣布启动智利-秘鲁自由贸易协定谈判。")).toEqual([]);
    expect(relationsBy([namedParties], "中韩自由贸易协定已经生效。")).toEqual([]);
  });

  it("gives nothing when the party verb before the name is negated or talks follow it in its clause", () => {
    expect(relationsBy([namedParties], "两国迄今尚未签署智利-秘鲁FTA。")).toEqual([]);
    expect(relationsBy([namedParties], "秘鲁至今没有批准智利-秘鲁FTA附件。")).toEqual([]);
    expect(relationsBy([namedParties], "智利-秘鲁自由贸易协定有望明年开始谈判。")).toEqual([]);
  });
  it("gives nothing for an agreement hoped for, set as a condition or asked about", () => {
    expect(relationsBy([namedParties], "假如智利-秘鲁自由贸易协定明年实施，两国农民将受益。")).toEqual([]);
    expect(
      relationsBy(
        [namedParties],
        "两国领导人期待《中华人民共和国政府和秘鲁共和国政府自由贸易协定》尽快生效。",
      ),
    ).toEqual([]);
    expect(relationsBy([namedParties], "智利-秘鲁FTA是否会在年内生效还不清楚。")).toEqual([]);
    expect(relationsBy([namedParties], "智利-秘鲁自由贸易协定今年能生效吗？")).toEqual([]);
  });

  it("still aligns the parties when the hedge is no word before the name", () => {
    expect(relationsBy([namedParties], "智利-秘鲁自由贸易协定生效后，两国希望扩大贸易。")).toEqual([
      "ALIGNS_WITH:Country:智利->Agreement:智利-秘鲁自由贸易协定",
      "ALIGNS_WITH:Country:秘鲁->Agreement:智利-秘鲁自由贸易协定",
    ]);
  });
  it("reads a time word or a year between the condition and the agreement as still hedged (mend25k)", () => {
    expect(relationsBy([namedParties], "如果明年智利-秘鲁自由贸易协定全面实施，两国果农将受益。")).toEqual(
      [],
    );
    expect(relationsBy([namedParties], "假如2030年智利-秘鲁自由贸易协定实施，关税将下降。")).toEqual([]);
  });
});
