import { describe, expect, it } from "vitest";
import { partyNamedAgreements } from "../../../../../server/extract/entities/party-named-agreements";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved, agreements only.
const agreements = (text: string) =>
  mentionsBy([worldCountries, partyNamedAgreements], text).filter((m) => m.startsWith("Agreement:"));

describe("entity rule party-named-agreements", () => {
  it("names an agreement of two parties other than China as written, a dash as -", () => {
    expect(agreements("智利—秘魯FTA簽署後，兩國水果貿易大增。")).toEqual([
      "Agreement:智利-秘鲁FTA@智利—秘魯FTA",
    ]);
    expect(agreements("新西兰与新加坡自由贸易及投资协定今年修订。")).toEqual([
      "Agreement:新西兰与新加坡自由贸易及投资协定@新西兰与新加坡自由贸易及投资协定",
    ]);
  });

  it("takes the catalog's agreement of a China pair, also from an FTA or FTA-zone head", () => {
    expect(agreements("學者比較了中國-東協FTA的原產地規則。")).toEqual([
      "Agreement:中国-东盟自由贸易协定@中國-東協FTA",
    ]);
    expect(agreements("两省共同参与中国—东盟自由贸易区建设。")).toEqual([
      "Agreement:中国-东盟自由贸易协定@中国—东盟自由贸易区",
    ]);
    expect(agreements("研究报告提到中国-秘鲁FTA的早期收获。")).toEqual([
      "Agreement:中国-秘鲁FTA@中国-秘鲁FTA",
    ]);
  });

  it("names nothing for a zone the catalog lacks, a party not right before the head, or a longer title", () => {
    expect(agreements("有人提议建立日本与韩国自由贸易区。")).toEqual([]);
    expect(agreements("智利与秘鲁签署自由贸易协定。")).toEqual([]);
    expect(agreements("两国签署《中国—东盟自由贸易区升级议定书》。")).toEqual([]);
    expect(agreements("会议讨论了智利-秘鲁FTA谈判备忘录。")).toEqual(["Agreement:智利-秘鲁FTA@智利-秘鲁FTA"]);
  });

  it("names nothing for one side's partners in a list, two regions of one country, or a body the name qualifies", () => {
    expect(agreements("厦门港商家用足与智利和新西兰自由贸易协定的优惠税率。")).toEqual([]);
    expect(agreements("我省同东盟、冰岛和瑞士自由贸易协定伙伴的贸易额上升。")).toEqual([]);
    expect(agreements("有人误称存在湖南与湖北自由贸易协定。")).toEqual([]);
    expect(agreements("智利—秘鲁FTA研究中心发布年度报告。")).toEqual([]);
    expect(agreements("中国—东盟自由贸易区论坛每年举办一次。")).toEqual([]);
  });

  it("takes a region of China as a party only when it is a customs territory of its own (香港, 澳门, 台湾)", () => {
    expect(agreements("甘肃与蒙古自由贸易协定的传言由来已久。")).toEqual([]);
    expect(agreements("贵州与柬埔寨于2016年签署《自由贸易协定》。")).toEqual([]);
    expect(agreements("澳门与秘鲁自由贸易协定进入谈判。")).toEqual([
      "Agreement:澳门与秘鲁自由贸易协定@澳门与秘鲁自由贸易协定",
    ]);
    expect(agreements("台湾与巴拿马自由贸易协定已生效。")).toEqual([
      "Agreement:台湾与巴拿马自由贸易协定@台湾与巴拿马自由贸易协定",
    ]);
  });

  it("names a pair's FTA whose title holds only the kind, right after the pair or past a date and a signing verb", () => {
    expect(agreements("部长们回顾了智利与秘鲁《自由贸易协定》的执行情况。")).toEqual([
      "Agreement:智利-秘鲁自由贸易协定@智利与秘鲁《自由贸易协定》",
    ]);
    expect(agreements("自新西兰與新加坡於2001年簽訂「自貿協定」以來，貿易穩步增長。")).toEqual([
      "Agreement:新西兰-新加坡自由贸易协定@新西兰與新加坡於2001年簽訂「自貿協定」",
    ]);
    // (a China pair takes the catalog's pattern, as bilateral-ftas.ts)
    expect(agreements("中国与秘鲁《自由贸易协定》升级议定书生效。")).toEqual([
      "Agreement:中国-秘鲁自由贸易协定@中国与秘鲁《自由贸易协定》",
    ]);
  });

  it("reads the pair past a date with or without 于, adverbs, 两国/双方 and 签订的 before the marked kind", () => {
    expect(agreements("韩国与哥伦比亚2013年签订《自由贸易协定》后，双边贸易增长。")).toEqual([
      "Agreement:韩国-哥伦比亚自由贸易协定@韩国与哥伦比亚2013年签订《自由贸易协定》",
    ]);
    expect(agreements("加拿大与以色列已经正式签署《自贸协定》。")).toEqual([
      "Agreement:加拿大-以色列自由贸易协定@加拿大与以色列已经正式签署《自贸协定》",
    ]);
    expect(agreements("挪威与冰岛两国签订的《自由贸易协定》今年生效。")).toEqual([
      "Agreement:挪威-冰岛自由贸易协定@挪威与冰岛两国签订的《自由贸易协定》",
    ]);
    // (a future time or a plan is no signing: 明年, 计划)
    expect(agreements("智利与秘鲁明年签署《自贸协定》。")).toEqual([]);
    expect(agreements("智利与秘鲁计划签署《自贸协定》。")).toEqual([]);
  });

  it("names nothing for a marked kind with no pair before it, a longer title, or another verb between", () => {
    expect(agreements("两国于2019年签订《自由贸易协定》。")).toEqual([]);
    expect(agreements("智利与秘鲁《自由贸易协定补充议定书》生效。")).toEqual([]);
    expect(agreements("智利与秘鲁讨论《自由贸易协定》的修订。")).toEqual([]);
    expect(agreements("湖南与湖北签订《自贸协定》纯属误传。")).toEqual([]);
    // (hearsay or a mere possibility after the closing mark: no agreement is said to exist)
    expect(agreements("智利与阿根廷签订《自贸协定》纯属误传。")).toEqual([]);
    expect(agreements("秘鲁与厄瓜多尔签署《自由贸易协定》的可能性不大。")).toEqual([]);
    expect(agreements("有关挪威与冰岛《自贸协定》的传闻不断。")).toEqual([]);
  });
});
