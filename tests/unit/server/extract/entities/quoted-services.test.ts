import { describe, expect, it } from "vitest";
import { quotedServices } from "../../../../../server/extract/entities/quoted-services";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences: rail services named in quotes.
describe("entity rule quoted-services", () => {
  it("reads a quoted service name and a quoted name before a service word", () => {
    expect(mentionsBy([quotedServices], "“蓉欧快铁”和“湘粤非”铁海联运班列开行。", false)).toEqual([
      "Corridor:蓉欧快铁@“蓉欧快铁”",
      "Corridor:湘粤非铁海联运班列@“湘粤非”铁海联运班列",
    ]);
  });

  it("reads no service from other quoted words", () => {
    expect(mentionsBy([quotedServices], "推进“一带一路”和“放管服”改革。", false)).toEqual([]);
  });

  it("reads 国际货运班列 after a quoted name, but not a count in quotes", () => {
    expect(
      mentionsBy([quotedServices], "首列“赣深欧”国际货运班列开行，“四向多条”国际货运班列稳定运行。"),
    ).toEqual(["Corridor:赣深欧国际货运班列@“赣深欧”国际货运班列"]);
  });

  it("reads a quoted line as the service's own name when a train word follows in its clause", () => {
    expect(mentionsBy([quotedServices], "首趟“赣闽·海西线”南昌至厦门国际货运班列发车。", false)).toEqual([
      "Corridor:赣闽·海西线@“赣闽·海西线”",
    ]);
    expect(mentionsBy([quotedServices], "守住“底线”，打通“黄金线”，班列开行。", false)).toEqual([]);
  });
});

describe("quoted brands after a train word and quoted lines before 列车", () => {
  it("reads a quoted 号 brand right after a plain train word as the service", () => {
    expect(idsBy([quotedServices], "首列宽轨班列“北疆号”从边境站驶出。")).toContain("Corridor:北疆号");
  });

  it("leaves a 号 brand after a service named by its regions to that service (欧亚班列“东岳号”)", () => {
    expect(idsBy([quotedServices], "欧亚班列“东岳号”昨日首发。")).not.toContain("Corridor:东岳号");
  });

  it("reads the brand when the regions' name stands in an earlier clause (finding 9)", () => {
    expect(idsBy([quotedServices], "列车自中亚返程，专列“东岳号”昨日抵达。")).toContain("Corridor:东岳号");
  });

  it("reads a quoted line with 列车 after it in its clause", () => {
    expect(idsBy([quotedServices], "上月,“渝黔干线”跨境集装箱列车累计发运超过80列。")).toContain(
      "Corridor:渝黔干线",
    );
  });

  it("reads a quoted chain of places and ports before a train word as the route's own name", () => {
    const text = "货物搭乘“洛阳—青岛港”铁海联运班列出口，“郑州—中亚”集装箱国际班列也已开行。";
    const found = idsBy([quotedServices], text).filter((id) => id.startsWith("Corridor:"));
    expect(found).toEqual(["Corridor:洛阳—青岛港", "Corridor:郑州—中亚"]);
  });

  it("reads no quoted chain without a train word, with a link that is no place, or with 班列 right after it", () => {
    const corridors = (text: string) =>
      idsBy([quotedServices], text).filter((id) => id.startsWith("Corridor:"));
    expect(corridors("两地实现“洛阳—青岛”双向对开。")).toEqual([]);
    expect(corridors("“洛阳—远方”集装箱班列开行。")).toEqual([]);
    expect(corridors("“洛阳—青岛”班列开行。")).toEqual([]);
  });

  it("reads a quoted chain before a freight train word only, not before a passenger train or coach", () => {
    const corridors = (text: string) =>
      idsBy([quotedServices], text).filter((id) => id.startsWith("Corridor:"));
    expect(corridors("春运期间，“北京—上海”高铁列车加开至每天百余趟。")).toEqual([]);
    expect(corridors("“广州—深圳”城际列车票价下调。")).toEqual([]);
    expect(corridors("“成都—重庆”两地往来的旅游专列本周恢复。")).toEqual([]);
    expect(corridors("“深圳—香港”跨境直通巴士班车暂停运营。")).toEqual([]);
    expect(corridors("“洛阳—青岛港”货运专列昨日开行。")).toEqual(["Corridor:洛阳—青岛港"]);
  });

  it("takes a city of the foreign gazetteer as a stop, as route-chains.ts does", () => {
    const corridors = (text: string) =>
      idsBy([quotedServices], text).filter((id) => id.startsWith("Corridor:"));
    expect(corridors("首趟“西安—布拉格”集装箱班列抵达。")).toEqual(["Corridor:西安—布拉格"]);
  });
});
