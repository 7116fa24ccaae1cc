import { describe, expect, it } from "vitest";
import { englishFor, hasHan, renderEnglish } from "../../../client/src/model/english";

describe("generated English names", () => {
  it("spells out place abbreviations and translates the type suffix", () => {
    expect(renderEnglish("黔粤班列")).toBe("Qian–Yue (Guizhou–Guangdong) Rail Service");
    expect(renderEnglish("中老跨境公路班车")).toBe("Zhong–Lao (China–Laos) Cross-border Road Bus Service");
    expect(renderEnglish("中吉乌国际多式联运班列")).toBe(
      "Zhong–Ji–Wu (China–Kyrgyzstan–Uzbekistan) International Multimodal Rail Service",
    );
  });

  it("names the corpus corridors that have no catalog English name without splitting their stems", () => {
    expect(renderEnglish("中吉乌国际多式联运通道")).toBe(
      "Zhong–Ji–Wu (China–Kyrgyzstan–Uzbekistan) International Multimodal Corridor",
    );
    expect(renderEnglish("粤湘区域经济走廊")).toBe("Yue–Xiang (Guangdong–Hunan) Regional Economic Corridor");
    expect(renderEnglish("长江经济带")).toBe("Changjiang Economic Belt");
  });

  it("writes stems in pinyin words and chains several suffixes", () => {
    expect(renderEnglish("钦州港片区")).toBe("Qinzhou Port Area");
    expect(renderEnglish("甘肃省")).toBe("Gansu Province");
    expect(renderEnglish("中国（广西）自由贸易试验区")).toBe("China (Guangxi) Pilot Free Trade Zone");
    expect(renderEnglish("广西")).toBe("Guangxi");
  });

  it("never leaves a Chinese character, and leaves non-Chinese names alone", () => {
    for (const name of ["西部陆海新通道", "棕榈油", "RCEP协定", "内蒙古自治区"])
      expect(hasHan(renderEnglish(name))).toBe(false);
    expect(englishFor("RCEP")).toBe("RCEP");
  });
});
