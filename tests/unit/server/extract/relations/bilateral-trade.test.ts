import { describe, expect, it } from "vitest";
import { bilateralTrade } from "../../../../../server/extract/relations/bilateral-trade";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule bilateral-trade", () => {
  it("reads no trade that a future help frame only aims at (将有助于…), but trade that was widened", () => {
    expect(
      relationsBy([bilateralTrade], "两国海关互认协定的实施，将有助于扩大海南与泰国之间的农产品贸易。"),
    ).toEqual([]);
    expect(
      relationsBy([bilateralTrade], "两国海关互认协定的实施，扩大了海南与泰国之间的农产品贸易。"),
    ).toEqual(["COOPERATES_WITH:Province:海南省->Country:泰国"]);
  });

  it("reads trade of the home side with a list of partners", () => {
    expect(relationsBy([bilateralTrade], "广西同越南、泰国等东盟国家的双边贸易持续增长。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:越南",
      "COOPERATES_WITH:Province:广西壮族自治区->Country:泰国",
      "COOPERATES_WITH:Province:广西壮族自治区->Country:东盟",
    ]);
  });

  it("gives a later 与…的贸易 of the sentence to the side that opened it with 与", () => {
    const s = "去年，中国与非洲国家进出口额创新高，与中亚、拉美等新兴市场的贸易也快速增长。";
    expect(relationsBy([bilateralTrade], s)).toEqual([
      "COOPERATES_WITH:Country:中国->Country:非洲",
      "COOPERATES_WITH:Country:中国->Country:中亚",
      "COOPERATES_WITH:Country:中国->Country:拉美",
    ]);
  });

  it("reads two sides joined by 和 before the trade word", () => {
    expect(relationsBy([bilateralTrade], "新政策促进了东盟和中国农产品贸易。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:东盟",
    ]);
    // (对 + a partner between them and the trade word: the pair only shares the trade with that partner, review18f F6)
    expect(relationsBy([bilateralTrade], "受天气影响，东盟和吉林省对韩贸易均有回落。")).toEqual([]);
  });

  it("gives nothing for places listed as traders, or two foreign sides", () => {
    expect(relationsBy([bilateralTrade], "新加坡、中国香港等离岸贸易中心发展迅速。")).toEqual([]);
    expect(relationsBy([bilateralTrade], "日本与韩国的贸易摩擦加剧。")).toEqual([]);
    expect(relationsBy([bilateralTrade], "越南的贸易额增长。")).toEqual([]);
  });
});
