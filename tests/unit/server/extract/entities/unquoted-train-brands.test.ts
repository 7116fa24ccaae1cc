import { describe, expect, it } from "vitest";
import { unquotedTrainBrands } from "../../../../../server/extract/entities/unquoted-train-brands";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule unquoted-train-brands", () => {
  it("reads a 号 brand or an express name written right after 中欧班列 without quotes", () => {
    expect(mentionsBy([unquotedTrainBrands], "满载家电的中欧班列齐鲁号今晨驶出。", false)).toEqual([
      "Corridor:中欧班列齐鲁号@中欧班列齐鲁号",
    ]);
    expect(mentionsBy([unquotedTrainBrands], "中欧班列渝新欧快线再添新线路。", false)).toEqual([
      "Corridor:中欧班列渝新欧快线@中欧班列渝新欧快线",
    ]);
  });

  it("keeps the brand and not the route in brackets after it", () => {
    expect(mentionsBy([unquotedTrainBrands], "这趟中欧班列长安号(西安—华沙)班列当天开出。", false)).toEqual([
      "Corridor:中欧班列长安号@中欧班列长安号",
    ]);
  });

  it("reads no brand from a clause after 中欧班列 (开行, 的, 等) or from a bare 中欧班列", () => {
    const corridors = (t: string) =>
      mentionsBy([unquotedTrainBrands], t).filter(
        (m) => m.startsWith("Corridor:") && m !== "Corridor:中欧班列@中欧班列",
      );
    expect(corridors("中欧班列开行号称全国第一。")).toEqual([]);
    expect(corridors("中欧班列的快线服务更稳定，中欧班列等快铁运输方式。")).toEqual([]);
    expect(corridors("中欧班列已拥有三条通道。")).toEqual([]);
  });
});
