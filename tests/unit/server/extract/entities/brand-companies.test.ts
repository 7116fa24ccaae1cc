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

  it("reads a brand before a word of ownership, and a household-appliance line (mend after review22t)", () => {
    expect(firms("腾讯旗下一家游戏公司在新加坡设立总部。")).toEqual(["Organization:腾讯"]);
    expect(firms("华为下属研究机构在芬兰设立实验室。")).toEqual(["Organization:华为"]);
    expect(firms("海尔家电在埃及投产。")).toEqual(["Organization:海尔家电"]);
  });

  it("reads no goods counted by a numeral and a classifier", () => {
    expect(firms("他在路边喝了一瓶可口可乐。")).toEqual([]);
    expect(firms("他昨天买了一部华为。")).toEqual([]);
    expect(firms("店里卖出三台海尔。")).toEqual([]);
    expect(firms("海尔在泰国的工业园投产。")).toEqual(["Organization:海尔"]);
  });

  it("lists no brand that is a place or China's name with a common word", () => {
    expect(firms("这些木材来自亚马逊。")).toEqual([]);
    expect(firms("中国石油和天然气对外依存度持续上升。")).toEqual([]);
    expect(firms("新航线使中国联通了东南亚主要港口。")).toEqual([]);
    expect(firms("雪佛龙与中石化签署液化天然气供应协议。")).toEqual([
      "Organization:雪佛龙",
      "Organization:中石化",
    ]);
  });

  it("reads container lines, drug makers and express firms of the added groups (round rel-fresh17)", () => {
    expect(firms("赫伯罗特、商船三井与川崎汽船组成新的联盟。")).toEqual([
      "Organization:赫伯罗特",
      "Organization:商船三井",
      "Organization:川崎汽船",
    ]);
    expect(firms("达飞轮船、东方海外等班轮公司加密了航线。")).toEqual([
      "Organization:达飞轮船",
      "Organization:东方海外",
    ]);
    expect(firms("辉瑞、诺华等外资药企参加了推介会。")).toEqual(["Organization:辉瑞", "Organization:诺华"]);
    expect(firms("某物流园已与京东物流签订合作协议。")).toEqual(["Organization:京东物流"]);
    expect(firms("这家企业的诺华丽转身值得关注。")).toEqual([]);
  });
});
