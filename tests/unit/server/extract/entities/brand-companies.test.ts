import { describe, expect, it } from "vitest";
import { brandCompanies } from "../../../../../server/extract/entities/brand-companies";
import { idsBy } from "../../../../support/rules";

// Invented sentences; ids of the mentions the rule keeps (brands from data/lexicon/brands.json).
const firms = (t: string) => idsBy([brandCompanies], t, false).filter((id) => id.startsWith("Organization:"));

describe("entity rule brand-companies", () => {
  it("reads a known brand with no company head, in a list or before a verb or preposition", () => {
    expect(firms("西门子、博世等德资企业参加了洽谈会。")).toEqual([
      "Organization:西门子",
      "Organization:博世",
    ]);
    expect(firms("据悉，比亚迪将在当地建设工厂。")).toEqual(["Organization:比亚迪"]);
    expect(firms("这批货物由顺丰承运。")).toEqual(["Organization:顺丰"]);
  });

  it("keeps a business line written right after the brand as part of its name", () => {
    expect(firms("三菱重工获得了新订单。")).toEqual(["Organization:三菱重工"]);
    expect(firms("圆通速递开通了新航线。")).toEqual(["Organization:圆通速递"]);
  });

  it("leaves a brand opening a longer name with a head to the company rules", () => {
    expect(firms("西门子公司发布了年度财报。")).toEqual([]);
    expect(firms("巴斯夫集团在当地设立研发中心。")).toEqual([]);
  });

  it("reads no brand inside a common word, before a landform or after a word of goods", () => {
    expect(firms("加强生态保护是今年的重点。")).toEqual([]);
    expect(firms("亚马逊河流域降雨偏多。")).toEqual([]);
    expect(firms("市民试驾了一辆国产特斯拉。")).toEqual([]);
  });

  it("reads no brand that qualifies a plant, a project or goods after it", () => {
    expect(firms("丰田汽车零部件出口增长。")).toEqual([]);
    expect(firms("首钢京唐钢铁厂建成投产。")).toEqual([]);
    expect(firms("航线首班“宝钢远航”轮从港口出发。")).toEqual([]);
  });
});
