import { describe, expect, it } from "vitest";
import { fitText } from "../../../../client/src/model/fitText";

// A CJK character is drawn twice as wide as a Latin one.
const measure = (s: string) => [...s].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);

describe("fitText", () => {
  it("keeps a line that fits", () => {
    expect(fitText("来源 · 2026", 20, measure)).toBe("来源 · 2026");
  });
  it("cuts a long line to the width, ellipsis included, whole characters only", () => {
    const line = "来源：zonegraph · 文献: 中国自由贸易试验区在促进制度创新中的作用";
    const cut = fitText(line, 30, measure);
    expect(cut.endsWith("…")).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(30);
    expect(measure(fitText(line, 31, measure))).toBeGreaterThanOrEqual(measure(cut));
    expect(line.startsWith(cut.slice(0, -1))).toBe(true);
  });
  it("gives the ellipsis alone when nothing else fits", () => {
    expect(fitText("中国自由贸易试验区", 1, measure)).toBe("…");
  });
});
