import { describe, expect, it } from "vitest";
import { tradeToward } from "../../../../../server/extract/relations/trade-toward";
import { relationsBy } from "../../../../support/rules";

// Invented sentences: one side's trade with another, X对Y(的)+trade word.
describe("relation rule trade-toward", () => {
  it("makes the home side before 对 cooperate with each country listed after it", () => {
    expect(relationsBy([tradeToward], "前三季度，云南对老挝的外贸进出口值增长两成。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:老挝",
    ]);
    expect(relationsBy([tradeToward], "据海关统计，今年前5个月我国对越南、泰国进出口保持增长。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:越南",
      "COOPERATES_WITH:Country:中国->Country:泰国",
    ]);
    // traditional characters, and 出口 as the trade word
    expect(relationsBy([tradeToward], "廈門對菲律賓出口大幅增長。")).toEqual([
      "COOPERATES_WITH:City:厦门->Country:菲律宾",
    ]);
  });

  it("gives nothing without a trade word, a home side right before 对, or a country right after it", () => {
    // (investment and opening are not trade)
    expect(relationsBy([tradeToward], "广西对越南的投资持续扩大，对东盟开放水平不断提高。")).toEqual([]);
    // (a company, not a place, trades: 企业对越南出口)
    expect(relationsBy([tradeToward], "今年以来，湖南企业对越南出口订单增加。")).toEqual([]);
    // (对 + something else, then a country later)
    expect(relationsBy([tradeToward], "上海对外贸易额增长，其中对日本的增幅最大。")).toEqual([]);
  });
  it("reads 其中对… as a part of the trade figure of the clauses before, whose subject is the home side", () => {
    expect(
      relationsBy([tradeToward], "前三季度，云南进出口总值达1800亿元，其中对越南、老挝进出口600亿元。"),
    ).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:越南",
      "COOPERATES_WITH:Province:云南省->Country:老挝",
    ]);
    // (no trade figure before 其中: no whole to be part of)
    expect(relationsBy([tradeToward], "云南新设口岸3个，其中对越南出口的口岸2个。")).toEqual([]);
  });
});
