import { describe, expect, it } from "vitest";
import { ecommercePilotZones } from "../../../../../server/extract/entities/ecommerce-pilot-zones";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved; only this rule's zones.
const zones = (text: string) =>
  mentionsBy([ecommercePilotZones], text).filter((m) => m.startsWith("DevZone:中国（"));

describe("entity rule ecommerce-pilot-zones", () => {
  it("names a city's pilot zone by the official bracketed form", () => {
    expect(zones("去年湛江跨境电商综试区新增卖家三百家。")).toEqual([
      "DevZone:中国（湛江）跨境电子商务综合试验区@湛江跨境电商综试区",
    ]);
    expect(zones("中国(洛阳)跨境电子商务综合试验区举办培训。")).toEqual([
      "DevZone:中国（洛阳）跨境电子商务综合试验区@中国(洛阳)跨境电子商务综合试验区",
    ]);
  });

  it("reads the city ending right before the category, not a word before it", () => {
    expect(zones("全力建好柳州市跨境电商综合试验区，服务本地工厂。")).toEqual([
      "DevZone:中国（柳州）跨境电子商务综合试验区@柳州市跨境电商综合试验区",
    ]);
  });

  it("leaves the category alone, after a province, a verb or a count", () => {
    expect(zones("广西跨境电商综试区的数量去年翻了一番。")).toEqual([]);
    expect(zones("学校组织学生参观跨境电商综试区展厅。")).toEqual([]);
    expect(zones("全国已有一百多个跨境电子商务综合试验区。")).toEqual([]);
    expect(zones("名称统一为中国（城市名）跨境电子商务综合试验区。")).toEqual([]);
  });

  it("reads no zone inside a document's title or a body's name", () => {
    expect(zones("小区物业转发了《中国（湛江）跨境电子商务综合试验区工作要点》。")).toEqual([]);
    expect(zones("湛江跨境电商综试区建设领导小组召开会议。")).toEqual([]);
    expect(zones("洛阳跨境电商综试区办公室发布招聘启事。")).toEqual([]);
  });
});
