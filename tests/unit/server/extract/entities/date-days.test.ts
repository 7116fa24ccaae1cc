import { describe, expect, it } from "vitest";
import { closesDay } from "../../../../../server/extract/entities/date-days";
import { extractDocument } from "../../../../../server/extract/index";

// Invented sentences. The filter runs in recognize.ts before overlaps are resolved: a candidate that starts
// at the 日 closing a day number is dropped, so a shorter name after the date can still win.
const nodes = (text: string) => extractDocument("dates.txt", text).mentions.map((m) => m.node);

describe("the 日 of a date before a word (entities/date-days.ts)", () => {
  it("reads no country across a date and a deictic 本 word (8日本市, 十二月三日本省)", () => {
    expect(nodes("气象部门预计，5日至8日本市有一次降雨过程。")).not.toContain("Country:日本");
    expect(nodes("十二月三日本省将迎来寒潮，气温骤降。")).not.toContain("Country:日本");
    expect(nodes("主办方表示，17日本届赛事将正式开幕。")).not.toContain("Country:日本");
  });

  it("keeps 日本 after a year, a code or a word, and after a date's own 日", () => {
    expect(nodes("2025日本动漫展吸引了大批观众。")).toContain("Country:日本");
    expect(nodes("Q3日本市场销量明显回升。")).toContain("Country:日本");
    expect(nodes("去年来自日本的游客明显增多。")).toContain("Country:日本");
    expect(nodes("9月3日日本游客人数创下新高。")).toContain("Country:日本");
  });

  it("keeps 日本 after a score, a time, a rank or a count, which no day's lead opens (3:1, 2-1, 20:30, 前10)", () => {
    expect(nodes("中国女排3:1日本女排，晋级决赛。")).toContain("Country:日本");
    expect(nodes("中国队2-1日本队，取得开门红。")).toContain("Country:日本");
    expect(nodes("北京时间20:30日本队迎战澳大利亚队。")).toContain("Country:日本");
    expect(nodes("全球市值前10日本企业占了三席。")).toContain("Country:日本");
    expect(nodes("7-11日本公司宣布涨价。")).toContain("Country:日本");
    expect(nodes("展会上，十多日本企业带来了新品。")).toContain("Country:日本");
  });

  it("keeps 日本 after a lone 一 that no month or range word leads (review20k 3)", () => {
    expect(nodes("近日，一日本男子在上海被捕。")).toContain("Country:日本");
    expect(nodes("一日本游客在景区受伤。")).toContain("Country:日本");
    expect(nodes("展区分为中国馆和一日本馆。")).toContain("Country:日本");
    expect(nodes("气象台预计，五月一日本市有雷阵雨。")).not.toContain("Country:日本");
    expect(nodes("四月二十八日至一日本市举办灯会。")).not.toContain("Country:日本");
  });

  it("reads the day after a month, a range word, a time preposition or a clause's start", () => {
    expect(nodes("据悉，本月3日本市将启用新站。")).not.toContain("Country:日本");
    expect(nodes("记者6日本报获悉，新站即将启用。")).not.toContain("Country:日本");
    expect(nodes("活动于12日本周末举行。")).not.toContain("Country:日本");
    expect(nodes("3日、4日本市部分路段限行。")).not.toContain("Country:日本");
  });

  it("tells a day number from other numbers", () => {
    expect(closesDay("5日本市", 1)).toBe(true);
    expect(closesDay("31日向记者", 2)).toBe(true);
    expect(closesDay("45日本市", 2)).toBe(false);
    expect(closesDay("2025日本", 4)).toBe(false);
    expect(closesDay("月二十日本", 3)).toBe(true);
    expect(closesDay("日本", 0)).toBe(false);
    expect(closesDay("3:1日本", 3)).toBe(false);
    expect(closesDay("比三日本", 2)).toBe(false);
    expect(closesDay("第3日本", 2)).toBe(false);
    expect(closesDay("至8日本", 2)).toBe(true);
  });
});
