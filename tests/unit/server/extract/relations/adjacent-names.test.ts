import { describe, expect, it } from "vitest";
import { adjacentNames } from "../../../../../server/extract/relations/adjacent-names";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule adjacent-names", () => {
  it("locates a city written after its province and puts an area written after its zone in it", () => {
    expect(relationsBy([adjacentNames], "江西省赣州市与中国（江西）自由贸易试验区赣州片区联动。")).toEqual([
      "LOCATED_IN:City:赣州->Province:江西省",
      "PART_OF:Area:赣州片区->FreeTradeZone:中国（江西）自由贸易试验区",
    ]);
  });

  it("locates a city written after its province with 的 or a space, unless the catalog puts it elsewhere", () => {
    expect(relationsBy([adjacentNames], "浙江的宁波港口繁忙。")).toEqual([
      "LOCATED_IN:City:宁波->Province:浙江省",
    ]);
    expect(relationsBy([adjacentNames], "地址：辽宁 大连 116025")).toEqual([
      "LOCATED_IN:City:大连->Province:辽宁省",
    ]);
    expect(relationsBy([adjacentNames], "广东的杭州专场推介会。")).toEqual([]);
  });

  it("locates a county or district written right after its city, not one listed beside it", () => {
    expect(relationsBy([adjacentNames], "新仓库建在保定涞水县。")).toEqual([
      "LOCATED_IN:City:涞水县->City:保定",
    ]);
    expect(relationsBy([adjacentNames], "新仓库建在保定、涞水县。")).toEqual([]);
  });

  it("locates a county-level city written with 市 right after its prefecture (A市B市, AB市)", () => {
    expect(relationsBy([adjacentNames], "口岸位于牡丹江市绥芬河市。")).toEqual([
      "LOCATED_IN:City:绥芬河->City:牡丹江",
    ]);
    expect(relationsBy([adjacentNames], "班列从临汾侯马市驶出。")).toEqual([
      "LOCATED_IN:City:侯马->City:临汾",
    ]);
    // without 市, or listed with a separator, two cities are no such pair
    expect(relationsBy([adjacentNames], "班列途经临汾侯马等地。")).toEqual([]);
    expect(relationsBy([adjacentNames], "口岸位于牡丹江市、绥芬河市。")).toEqual([]);
  });

  it("locates the cities listed after the first one a province is written before, up to one outside it", () => {
    expect(relationsBy([adjacentNames], "货物来自江苏南京、苏州和无锡等地。")).toEqual([
      "LOCATED_IN:City:南京->Province:江苏省",
      "LOCATED_IN:City:苏州->Province:江苏省",
      "LOCATED_IN:City:无锡->Province:江苏省",
    ]);
    // (a city the catalog puts in another province ends the list)
    expect(relationsBy([adjacentNames], "货物来自江苏南京、杭州和苏州等地。")).toEqual([
      "LOCATED_IN:City:南京->Province:江苏省",
    ]);
  });

  it("locates a city that opens a name right after its province, not a port's city", () => {
    expect(relationsBy([adjacentNames], "代表们在浙江省宁波市政协会议上发言。")).toEqual([
      "LOCATED_IN:City:宁波->Province:浙江省",
    ]);
    expect(relationsBy([adjacentNames], "货物运抵浙江宁波港。")).toEqual([]);
  });

  it("locates no bare city word that only opens a body's or zone's name (广东湛江海关, 陕西杨凌示范区)", () => {
    expect(relationsBy([adjacentNames], "记者从广东湛江海关获悉，通关量上升。")).toEqual([]);
    expect(relationsBy([adjacentNames], "江苏苏州海关公布了一季度数据。")).toEqual([]);
    expect(relationsBy([adjacentNames], "四川成都高新区举办了创业大赛。")).toEqual([]);
    expect(relationsBy([adjacentNames], "代表们在浙江省宁波市政协会议上发言。")).toEqual([
      "LOCATED_IN:City:宁波->Province:浙江省",
    ]);
  });

  it("locates a county after its city's suffix (市, 地区, 自治州), the chain link by link", () => {
    // (the county lies in its city, the city in the province: no county -> province)
    expect(relationsBy([adjacentNames], "货物发自西藏日喀则市仲巴县。")).toEqual([
      "LOCATED_IN:City:日喀则->Province:西藏自治区",
      "LOCATED_IN:City:仲巴县->City:日喀则",
    ]);
    expect(relationsBy([adjacentNames], "展会在湖南省岳阳市华容县举行。")).toEqual([
      "LOCATED_IN:City:岳阳->Province:湖南省",
      "LOCATED_IN:City:华容县->City:岳阳",
    ]);
    expect(relationsBy([adjacentNames], "货物发自喀什地区疏附县。")).toEqual([
      "LOCATED_IN:City:疏附县->City:喀什",
    ]);
    expect(relationsBy([adjacentNames], "货物发自红河哈尼族彝族自治州河口县。")).toEqual([
      "LOCATED_IN:City:河口县->City:红河",
    ]);
    // (a long autonomous county name counts as a county)
    expect(relationsBy([adjacentNames], "货物发自喀什地区塔什库尔干塔吉克自治县。")).toEqual([
      "LOCATED_IN:City:塔什库尔干塔吉克自治县->City:喀什",
    ]);
    // (a province not right before the city scopes nothing)
    expect(relationsBy([adjacentNames], "西藏的货物发自日喀则市仲巴县。")).toEqual([
      "LOCATED_IN:City:仲巴县->City:日喀则",
    ]);
  });
  it("places nothing in a foreign first-level region read as a city (省, 道, 郡, 大区 before a city or county)", () => {
    expect(relationsBy([adjacentNames], "该市与加拿大魁北克省蒙特利尔市结为友好城市。")).toEqual([]);
    expect(relationsBy([adjacentNames], "代表团访问了韩国忠清北道清州市。")).toEqual([]);
    expect(relationsBy([adjacentNames], "双方与智利纽夫莱大区康塞普西翁市签署协议。")).toEqual([]);
    expect(relationsBy([adjacentNames], "来宾来自老挝万象省万荣县。")).toEqual([]);
    // (a prefecture before its county-level city still places it)
    expect(relationsBy([adjacentNames], "苏州昆山市的企业参展。")).toEqual([
      "LOCATED_IN:City:昆山->City:苏州",
    ]);
  });

  it("places no foreign town in the foreign region written before it (韩国忠清北道忠州市)", () => {
    expect(relationsBy([adjacentNames], "会上，山东省威海市与韩国忠清北道忠州市签署友好城市协议。")).toEqual([
      "LOCATED_IN:City:威海->Province:山东省",
    ]);
    expect(
      relationsBy([adjacentNames], "论坛期间，福建省泉州市与智利阿劳卡尼亚大区特木科市交换了合作备忘录。"),
    ).toEqual(["LOCATED_IN:City:泉州->Province:福建省"]);
    // a Chinese county after its city keeps its place, with or without 中国 before it
    expect(relationsBy([adjacentNames], "货物从中国石家庄高邑县发出。")).toContain(
      "LOCATED_IN:City:高邑县->City:石家庄",
    );
  });
});
