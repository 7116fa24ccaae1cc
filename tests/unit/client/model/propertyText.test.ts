import { describe, expect, it } from "vitest";
import { propertyName, propertyValue } from "../../../../client/src/model/propertyText";

describe("propertyName", () => {
  it("names every property the corpus entities carry in Chinese, and keeps an unknown one", () => {
    for (const k of ["established", "establishedFrom", "establishedTo", "establishedPrecision"])
      expect(propertyName(k, "zh")).toMatch(/^设立时间/);
    expect(
      ["phase", "focus", "category", "kind", "count", "stage"].map((k) => propertyName(k, "zh")),
    ).toEqual(["批次", "战略定位", "类别", "种类", "数量", "阶段"]);
    expect(propertyName("category", "en")).toBe("Category");
    expect(propertyName("sourceUrl", "zh")).toBe("sourceUrl");
  });
});

describe("propertyValue", () => {
  it("translates coded values in Chinese and leaves free text and dates as stored", () => {
    expect(propertyValue("category", "border", "zh")).toBe("沿边");
    expect(propertyValue("kind", "autonomous region", "zh")).toBe("自治区");
    expect(propertyValue("establishedPrecision", "month", "zh")).toBe("月");
    expect(propertyValue("phase", 5, "zh")).toBe("第 5 批");
    expect(propertyValue("phase", 5, "en")).toBe("batch 5");
    expect(propertyValue("stage", "in_force", "zh")).toBe("已生效");
    expect(propertyValue("established", "2019-08", "zh")).toBe("2019-08");
    expect(propertyValue("focus", "先进经济中心", "en")).toBe("先进经济中心");
    expect(propertyValue("kind", ["country", "bloc"], "zh")).toBe("国家、国家集团");
    expect(propertyValue("kind", "autonomous region", "en")).toBe("autonomous region");
  });
});
