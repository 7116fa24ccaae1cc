import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { regionCompoundParks } from "../../../../../server/extract/entities/region-compound-parks";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

// (the catalogued categories 产业园区, 工业园区 are found by the catalog surfaces, not by this rule)
const parks = (text: string) =>
  mentionsBy([regionCompoundParks], text).filter(
    (m) => m.startsWith("DevZone:") && !/^DevZone:(产业|工业)园区@/.test(m),
  );

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule region-compound-parks", () => {
  it("reads a zone named by a region compound after its host place, with a district between", () => {
    expect(parks("支持杭州萧山沪浙合作示范区和福州闽台现代农业合作区建设。")).toEqual([
      "DevZone:杭州萧山沪浙合作示范区@杭州萧山沪浙合作示范区",
      "DevZone:福州闽台现代农业合作区@福州闽台现代农业合作区",
    ]);
  });

  it("reads a park or base named by a region compound without a host place", () => {
    expect(parks("两地共建沪滇合作产业园，“川渝合作示范园”已入驻企业五十家。")).toEqual([
      "DevZone:沪滇合作产业园@沪滇合作产业园",
      "DevZone:川渝合作示范园@川渝合作示范园",
    ]);
  });

  it("reads the longest head of the lexicon (示范园区, not 示范园 and a stray 区)", () => {
    expect(parks("“沪苏合作示范园区”正式揭牌。")).toEqual(["DevZone:沪苏合作示范园区@沪苏合作示范园区"]);
  });

  it("gives the host place and the compound's regions as the name's parts", () => {
    const rec = new Recognizer(loadCatalog());
    const park = rec
      .recognize(normalize("推进广州粤港合作产业园建设。"))
      .find((m) => m.id.startsWith("DevZone:"));
    expect(park?.id).toBe("DevZone:广州粤港合作产业园");
    expect(park?.parts.map((p) => p.id)).toEqual(["City:广州", "Province:广东省", "Province:香港特别行政区"]);
  });

  it("reads no designation without a host place: an aim, a region or a list is no park", () => {
    expect(parks("推动粤港澳深度合作示范区建设，打造京津冀协同创新示范区。")).toEqual([]);
    expect(parks("粤港澳大湾区的产业园区数量不断增加。")).toEqual([]);
    expect(parks("川、渝两地合作示范园区正在规划。")).toEqual([]);
  });

  it("reads no compound inside a place name, after 中, after an unknown word or with a clause", () => {
    // 连云港 is a place, not 连 + 云; 中哈 is China and a partner
    expect(parks("位于江苏省的中哈连云港物流合作基地")).toEqual([]);
    // 某某粤澳… : the name's start is unsure
    expect(parks("琴岛粤澳合作中医药产业园开园。")).toEqual([]);
    expect(parks("深圳与香港的深港合作是以及其他园区。")).toEqual([]);
  });
});
