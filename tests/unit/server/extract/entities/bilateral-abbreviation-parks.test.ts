import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { bilateralAbbreviationParks } from "../../../../../server/extract/entities/bilateral-abbreviation-parks";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bilateral-abbreviation-parks", () => {
  it("reads a park named by partner abbreviations, with its host place in brackets, as written", () => {
    expect(mentionsBy([bilateralAbbreviationParks], "中德(沈阳)产业园和中俄蒙边境合作区加快建设。")).toEqual([
      "DevZone:中德(沈阳)产业园@中德(沈阳)产业园",
      "DevZone:中俄蒙边境合作区@中俄蒙边境合作区",
    ]);
  });

  it("reads the facility heads of the park lexicon: 示范园, 科技园, 合作基地", () => {
    expect(
      mentionsBy([bilateralAbbreviationParks], "中俄农业科技示范园与中哈(霍尔果斯)物流合作基地同日开园。"),
    ).toEqual([
      "DevZone:中俄农业科技示范园@中俄农业科技示范园",
      "DevZone:中哈(霍尔果斯)物流合作基地@中哈(霍尔果斯)物流合作基地",
    ]);
  });

  it("reads a park after a rejected match that started at an earlier 中", () => {
    expect(mentionsBy([bilateralAbbreviationParks], "位于中国浙江省的中俄物流合作基地")).toContain(
      "DevZone:中俄物流合作基地@中俄物流合作基地",
    );
  });

  it("keeps a leading place in the name and gives partners and places as parts", () => {
    const rec = new Recognizer(loadCatalog());
    const norm = normalize("推进大连中日韩循环经济示范区建设。");
    const park = rec.recognize(norm).find((m) => m.id.startsWith("DevZone:"));
    expect(park?.id).toBe("DevZone:大连中日韩循环经济示范区");
    expect(park?.parts.map((p) => p.id)).toEqual(["City:大连", "Country:日本", "Country:韩国"]);
  });

  it("reads nothing when a character is no country abbreviation or the field holds a clause", () => {
    expect(mentionsBy([bilateralAbbreviationParks], "中部地区示范区和中德的合作区。", false)).toEqual([]);
    // a base or park word with no partner abbreviation after 中 names no bilateral park
    expect(
      mentionsBy([bilateralAbbreviationParks], "中心城市的物流合作基地和中等规模的示范园。", false),
    ).toEqual([]);
  });

  it("reads no park across the future marker of a clause (中俄将建立…合作区)", () => {
    const ids = idsBy([bilateralAbbreviationParks], "两国商定,中俄将建立跨境经济合作区。");
    expect(ids.filter((id) => id.startsWith("DevZone:") && id.includes("将"))).toEqual([]);
  });

  it("reads a park abroad named partner first (某中某某工业园), after a boundary, with no generic locality", () => {
    expect(mentionsBy([bilateralAbbreviationParks], "该公司已入驻泰中罗勇工业园。", false)).toEqual([
      "DevZone:泰中罗勇工业园@泰中罗勇工业园",
    ]);
    expect(mentionsBy([bilateralAbbreviationParks], "老中铁路沿线产业园建设加快。", false)).toEqual([]);
    // a partner right after another Han character opens no name (印尼中苏拉威西省的产业园)
    expect(mentionsBy([bilateralAbbreviationParks], "印尼中苏拉威西的产业园吸引投资。", false)).toEqual([]);
  });

  it("reads a partner of the lexicon (中新, 中尼) where a name may start or before a place, with no part", () => {
    expect(mentionsBy([bilateralAbbreviationParks], "中尼友好工业园前期工作启动。", false)).toEqual([
      "DevZone:中尼友好工业园@中尼友好工业园",
    ]);
    expect(mentionsBy([bilateralAbbreviationParks], "继中新苏州工业园之后又一合作项目落地。", false)).toEqual(
      ["DevZone:中新苏州工业园@中新苏州工业园"],
    );
    expect(mentionsBy([bilateralAbbreviationParks], "新建的中新生态城二期开工。", false)).toEqual([
      "DevZone:中新生态城@中新生态城",
    ]);
    expect(mentionsBy([bilateralAbbreviationParks], "当地集中新建一批示范园。", false)).toEqual([]);
  });

  it("reads no lexicon partner from a 中 that ends a word (从中, 其中)", () => {
    expect(mentionsBy([bilateralAbbreviationParks], "各地从中新增特色产业园三个。", false)).toEqual([]);
    expect(mentionsBy([bilateralAbbreviationParks], "其中新建示范园的审批流程简化。", false)).toEqual([]);
  });

  it("reads a lexicon partner after 中 only as a word of its own or one word with 中 (中新能源… is no 中新)", () => {
    for (const t of [
      "推进中新能源汽车产业园建设。",
      "支持中新材料产业园发展。",
      "依托中西部产业园区承接产业转移。",
      "推动中西部地区合作示范区建设。",
    ])
      expect(mentionsBy([bilateralAbbreviationParks], t, false)).toEqual([]);
    expect(mentionsBy([bilateralAbbreviationParks], "推动中希产业园高质量发展。", false)).toEqual([
      "DevZone:中希产业园@中希产业园",
    ]);
    expect(mentionsBy([bilateralAbbreviationParks], "继中新苏州工业园之后又一合作项目落地。", false)).toEqual(
      ["DevZone:中新苏州工业园@中新苏州工业园"],
    );
  });

  it("reads no park partner first where a known word starts at 中, after a preposition, or over 关系", () => {
    for (const t of ["位于新中关村科技园区的企业。", "以中小企业产业园为载体。", "和丹中关系合作示范园。"])
      expect(mentionsBy([bilateralAbbreviationParks], t, false)).toEqual([]);
    expect(mentionsBy([bilateralAbbreviationParks], "会上,由泰中某勇工业园介绍经验。", false)).toEqual([
      "DevZone:泰中某勇工业园@泰中某勇工业园",
    ]);
  });
  it("reads no park where 中 opens a common word, for any partner (中老年, 中东部, 中老铁路 沿线)", () => {
    for (const t of [
      "中老年人健康产业园开园。",
      "中老年活动中心合作示范区建设。",
      "中东部产业园区承接转移。",
      "中老铁路沿线产业园区发展迅速。",
      "中俄公路沿线物流园开工。",
    ])
      expect(mentionsBy([bilateralAbbreviationParks], t, false)).toEqual([]);
    expect(mentionsBy([bilateralAbbreviationParks], "中老磨憨产业园建设加快。", false)).toEqual([
      "DevZone:中老磨憨产业园@中老磨憨产业园",
    ]);
  });

  it("reads a partner written with two characters after 中 (中印尼), with the country as a part", () => {
    expect(mentionsBy([bilateralAbbreviationParks], "中印尼经贸合作区建设提速。", false)).toEqual([
      "DevZone:中印尼经贸合作区@中印尼经贸合作区",
    ]);
    const rec = new Recognizer(loadCatalog());
    const park = rec
      .recognize(normalize("中印尼综合产业园区开工。"))
      .find((m) => m.id.startsWith("DevZone:"));
    expect(park?.parts?.map((p) => p.id)).toEqual(["Country:印度尼西亚"]);
  });
});
