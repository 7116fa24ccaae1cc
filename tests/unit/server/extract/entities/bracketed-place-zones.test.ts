import { describe, expect, it } from "vitest";
import { bracketedPlaceZones } from "../../../../../server/extract/entities/bracketed-place-zones";
import { devZones } from "../../../../../server/extract/entities/dev-zones";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { nameInternal } from "../../../../../server/extract/relations/name-internal";
import { mentionsBy, relationsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const zones = (text: string) =>
  mentionsBy([devZones, bracketedPlaceZones], text).filter((m) => m.startsWith("DevZone:"));

describe("entity rule bracketed-place-zones", () => {
  it("reads a zone whose name holds a bracketed place after its leading place", () => {
    expect(zones("会议通报河口(蚂蟥堡)重点开发开放试验区获批。")).toEqual([
      "DevZone:河口(蚂蟥堡)重点开发开放试验区@河口(蚂蟥堡)重点开发开放试验区",
    ]);
    expect(zones("推进泸州(长江)经济开发区和宜宾(临港)经济开发区建设。")).toEqual([
      "DevZone:泸州(长江)经济开发区@泸州(长江)经济开发区",
      "DevZone:宜宾(临港)经济开发区@宜宾(临港)经济开发区",
    ]);
  });

  it("opens the name at a bilateral pair or at 中国 when the bracket names the place", () => {
    expect(zones("班列从中蒙(二连浩特)物流基地出发。")).toEqual([
      "DevZone:中蒙(二连浩特)物流基地@中蒙(二连浩特)物流基地",
    ]);
    expect(zones("国务院同意设立中国黄河流域(兰州)国际合作示范区。")).toEqual([
      "DevZone:中国黄河流域(兰州)国际合作示范区@中国黄河流域(兰州)国际合作示范区",
    ]);
  });

  it("joins a declared short name of nine characters or more to the zone", () => {
    const text =
      "国务院同意设立中国黄河流域(兰州)国际合作示范区(以下简称兰州国际合作示范区),兰州国际合作示范区面积约50平方公里。";
    expect(mentionsBy([...ENTITY_RULES], text).filter((m) => m.startsWith("DevZone:"))).toEqual([
      "DevZone:中国黄河流域(兰州)国际合作示范区@中国黄河流域(兰州)国际合作示范区",
      "DevZone:中国黄河流域(兰州)国际合作示范区@兰州国际合作示范区",
      "DevZone:中国黄河流域(兰州)国际合作示范区@兰州国际合作示范区",
    ]);
  });

  it("gives the zone the place it lies in as a part", () => {
    expect(relationsBy([nameInternal], "班列从中蒙(二连浩特)物流基地出发。")).toContain(
      "LOCATED_IN:DevZone:中蒙(二连浩特)物流基地->City:二连浩特",
    );
    expect(relationsBy([nameInternal], "推进泸州(长江)经济开发区建设。")).toContain(
      "LOCATED_IN:DevZone:泸州(长江)经济开发区->City:泸州",
    );
  });

  it("leaves a zone named before the pair, a pilot free trade zone and bracketed places of other names", () => {
    expect(zones("入驻威海高新区中韩(威海)产业园的企业。")).not.toContain(
      "DevZone:威海高新区中韩(威海)产业园@威海高新区中韩(威海)产业园",
    );
    for (const text of [
      "中国（江西）自由贸易试验区南昌片区挂牌。",
      "江苏省(南京市)将建设高新区。",
      "湖南(岳阳)推进综合保税区建设。",
    ])
      expect(mentionsBy([bracketedPlaceZones], text).filter((m) => /^DevZone:.*[(（]/.test(m))).toEqual([]);
  });

  it("reads no name through a one-character verb, preposition or adverb, before or after the bracket", () => {
    for (const text of [
      "福建(泉州)商会在经济开发区举办年会。",
      "一批企业赴越南(海防)工业园区洽谈。",
      "河北(邢台)不设高新区。",
      "安徽(芜湖)将建综合保税区。",
      "湖北(襄阳)到广州物流基地的货运专线开通。",
      "吉林省(暂行)经济开发区管理条例发布。",
    ])
      expect(mentionsBy([bracketedPlaceZones], text).filter((m) => /^DevZone:.*[(（]/.test(m))).toEqual([]);
  });

  it("reads no name where a class lead or a level follows the bracket, nor a company's name", () => {
    for (const text of [
      "河南(郑州)全市经济开发区考核结果公布。",
      "湖南省(株洲市)省级高新区名单公布。",
      "中越(凭祥)物流基地有限公司揭牌。",
    ])
      expect(mentionsBy([bracketedPlaceZones], text).filter((m) => /^DevZone:.*[(（]/.test(m))).toEqual([]);
  });

  it("reads no name whose lead holds a word that is neither a place nor a region noun", () => {
    expect(zones("福州金鹭(南昌)物流基地开工。")).toEqual([]);
    const text = "国务院同意设立中国珠江流域(肇庆)国际合作示范区。";
    expect(mentionsBy([...ENTITY_RULES], text).filter((m) => m.startsWith("DevZone:"))).toEqual([
      "DevZone:中国珠江流域(肇庆)国际合作示范区@中国珠江流域(肇庆)国际合作示范区",
    ]);
  });

  it("gives a zone whose lead opens at 中国 the bracketed place as its part", () => {
    expect(relationsBy([nameInternal], "国务院同意设立中国黄河流域(兰州)国际合作示范区。")).toContain(
      "LOCATED_IN:DevZone:中国黄河流域(兰州)国际合作示范区->City:兰州",
    );
  });
});
