import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { ecommercePilotZones } from "../../../../../server/extract/entities/ecommerce-pilot-zones";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved; every zone of any id form but the
// category itself (the catalog's surfaces read it wherever it is written).
const CATEGORY = "DevZone:跨境电子商务综合试验区@";
const isZone = (m: string) => m.startsWith("DevZone:") && !m.startsWith(CATEGORY);
const zones = (text: string) => mentionsBy([ecommercePilotZones], text).filter(isZone);

// Through every rule, a fresh catalog and document per text (no name registered by another assertion): a district
// earlier rules register as an unseen City must not become a zone.
const allZones = (text: string) => {
  const norm = normalize(text);
  const rec = new Recognizer(loadCatalog());
  rec.startDocument(text);
  return rec
    .recognize(norm, text)
    .map((m) => `${m.id}@${text.slice(m.cs, m.ce)}`)
    .filter(isZone);
};

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

  it("names a municipality's zone without its 市, bare or bracketed", () => {
    expect(zones("天津跨境电商综试区的进口额涨了两成。")).toEqual([
      "DevZone:中国（天津）跨境电子商务综合试验区@天津跨境电商综试区",
    ]);
    expect(zones("中国（北京）跨境电商综试区新开一家仓库。")).toEqual([
      "DevZone:中国（北京）跨境电子商务综合试验区@中国（北京）跨境电商综试区",
    ]);
    expect(allZones("重庆跨境电子商务综合试验区上周挂牌新仓。")).toEqual([
      "DevZone:中国（重庆）跨境电子商务综合试验区@重庆跨境电子商务综合试验区",
    ]);
  });

  it("makes up no zone for a district or county, whatever rule read it as a place", () => {
    expect(allZones("广州市南沙区跨境电商综试区企业增多。")).toEqual([]);
    expect(allZones("萧山区跨境电商综试区里开了新店。")).toEqual([]);
    expect(allZones("北京市朝阳区跨境电商综试区企业搬迁。")).toEqual([]);
  });

  it("reads no city inside a common word before the category", () => {
    expect(zones("打造西部出海口跨境电商综试区。")).toEqual([]);
    expect(zones("推进世界大同跨境电商综试区建设。")).toEqual([]);
  });

  it("gives no zone to only the last of listed cities", () => {
    expect(zones("湛江和茂名跨境电商综试区联合招商。")).toEqual([]);
    expect(zones("湛江、茂名跨境电商综试区。")).toEqual([]);
    expect(zones("中国（杭州）、中国（宁波）跨境电子商务综合试验区成效显著。")).toEqual([]);
  });

  it("leaves the category alone, after a province, a verb or a count", () => {
    expect(zones("广西跨境电商综试区的数量去年翻了一番。")).toEqual([]);
    expect(zones("学校组织学生参观洛阳跨境电商综试区展厅。")).toEqual([
      "DevZone:中国（洛阳）跨境电子商务综合试验区@洛阳跨境电商综试区",
    ]);
    expect(zones("全国眼下有上百座跨境电子商务综合试验区呢。")).toEqual([]);
    expect(zones("名称统一为中国（城市名）跨境电子商务综合试验区格式。")).toEqual([]);
  });

  it("reads no zone inside a document's title or a body's name, but a word that only starts like a head", () => {
    expect(zones("小区物业转发了《中国（湛江）跨境电子商务综合试验区工作要点》。")).toEqual([]);
    expect(zones("湛江跨境电商综试区建设领导小组召开会议。")).toEqual([]);
    expect(zones("洛阳跨境电商综试区办公室发布招聘启事。")).toEqual([]);
    expect(zones("洛阳跨境电商综试区卖家联盟办了沙龙。")).toEqual([
      "DevZone:中国（洛阳）跨境电子商务综合试验区@洛阳跨境电商综试区",
    ]);
    expect(zones("湛江跨境电商综试区服务中心城区三百家小店。")).toEqual([
      "DevZone:中国（湛江）跨境电子商务综合试验区@湛江跨境电商综试区",
    ]);
  });

  it("reads an unseen city written with 市 and a prefecture-level city wherever it is written", () => {
    expect(allZones("伊春市跨境电商综试区建设。")).toEqual([
      "DevZone:中国（伊春）跨境电子商务综合试验区@伊春市跨境电商综试区",
    ]);
    expect(allZones("去年南通跨境电商综试区获批。")).toEqual([
      "DevZone:中国（南通）跨境电子商务综合试验区@南通跨境电商综试区",
    ]);
    expect(allZones("今年南通跨境电商综试区、连云港跨境电商综试区相继获批。")).toEqual([
      "DevZone:中国（南通）跨境电子商务综合试验区@南通跨境电商综试区",
      "DevZone:中国（连云港）跨境电子商务综合试验区@连云港跨境电商综试区",
    ]);
    // not a city's name read inside another word's run (平安 + 阳, 新兴 + 城市)
    expect(allZones("辽宁兴城市人口不多。新兴城市跨境电商综试区越来越多。")).toEqual([]);
    expect(allZones("推动平安阳跨境电商综试区发展。")).toEqual([]);
    expect(allZones("江苏南通跨境电商综试区获批。")).toEqual([
      "DevZone:中国（南通）跨境电子商务综合试验区@南通跨境电商综试区",
    ]);
  });

  it("reads a common-word city only with 市 or bracketed, and none after a municipality or another province", () => {
    expect(allZones("辽宁朝阳市是新兴城市。北京朝阳跨境电商综试区企业增多。")).toEqual([]);
    expect(allZones("朝阳跨境电商综试区企业增多。")).toEqual([]);
    expect(allZones("朝阳市跨境电商综试区企业增多。")).toEqual([
      "DevZone:中国（朝阳）跨境电子商务综合试验区@朝阳市跨境电商综试区",
    ]);
    expect(allZones("中国（中山）跨境电子商务综合试验区开会。")).toEqual([
      "DevZone:中国（中山）跨境电子商务综合试验区@中国（中山）跨境电子商务综合试验区",
    ]);
    expect(allZones("浙江南通跨境电商综试区获批。")).toEqual([]);
  });

  it("reads no zone opening a body's name after several building words or a headquarters", () => {
    expect(zones("合肥跨境电商综试区建设工作领导小组办公室印发通知。")).toEqual([]);
    expect(zones("宁波跨境电商综试区建设指挥部成立。")).toEqual([]);
  });
});
