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
});

describe("quoted services that describe a train (quoted-services.ts: describedService)", () => {
  const corridors = (t: string) => idsBy([quotedServices], t).filter((id) => id.startsWith("Corridor:"));

  it("reads no service from a quality or a common word the train is praised as", () => {
    expect(corridors("班列正在成为沿线企业的“开放班列”和百姓的“幸福班列”。")).toEqual([]);
    expect(corridors("果农把这趟慢车叫作“苹果专列”。")).toEqual([]);
    expect(corridors("这趟“共享”班列让小企业也能拼箱出口。")).toEqual([]);
  });

  it("keeps a quoted name made of places or their abbreviations", () => {
    expect(corridors("“蓉欧快铁”今年开行三百列。")).toEqual(["Corridor:蓉欧快铁"]);
    expect(corridors("“甲欧班列”在冬季加开两列。")).toEqual(["Corridor:甲欧班列"]);
    expect(corridors("“湘粤非”铁海联运班列首发。")).toEqual(["Corridor:湘粤非铁海联运班列"]);
  });

  it("keeps a quoted service named by a region's or a route's epithet (天府, 丝路) the segmenter tags as a noun", () => {
    expect(corridors("“天府”专列载着游客出发。")).toEqual(["Corridor:天府专列"]);
    expect(corridors("“丝路”班列满载货物驶出站台。")).toEqual(["Corridor:丝路班列"]);
  });
});

describe("quoted 号 brands before train words (quoted-services.ts: brandBeforeTrain)", () => {
  const corridors = (t: string) => idsBy([quotedServices], t).filter((id) => id.startsWith("Corridor:"));

  it("reads the quoted brand alone before region, kind and freight words and the train noun", () => {
    expect(corridors("首趟“北山号”中亚班列从货运站发出。")).toEqual(["Corridor:北山号"]);
    expect(corridors("省内首趟“河湾号”铁海联运国际班列顺利开行。")).toEqual(["Corridor:河湾号"]);
    expect(corridors("“云岭号”海公铁国际多式联运班列首发。")).toEqual(["Corridor:云岭号"]);
  });

  it("leaves a brand before 中欧 train words, or with no train words, and kinds of transport in quotes", () => {
    expect(corridors("首列“北山号”中欧班列发车。")).not.toContain("Corridor:北山号");
    expect(corridors("“北山号”本月开行十列。")).toEqual([]);
    expect(corridors("首趟“铁海联运”班列和“公铁联运”国际货运班列开行。")).toEqual([]);
  });
});

describe("quoted 号 brands before train words: passenger trains and regions (quoted-services.ts: brandBeforeTrain)", () => {
  const corridors = (t: string) => idsBy([quotedServices], t).filter((id) => id.startsWith("Corridor:"));

  it("reads no service from a brand before a bare 列车, a passenger train's noun, but one after a kind word", () => {
    expect(corridors("“飞燕号”列车从东站开往西站。")).toEqual([]);
    expect(corridors("他说“飞燕号”列车很准点。")).toEqual([]);
    expect(corridors("“飞燕号”货运列车从东站开出。")).toEqual(["Corridor:飞燕号"]);
  });

  it("reads no brand alone in a clause about a passenger or relief train", () => {
    expect(corridors("“白鹭号”专列载着三百名游客从江边出发。")).not.toContain("Corridor:白鹭号");
    expect(corridors("“白鹭号”国际班列运送援助物资。")).not.toContain("Corridor:白鹭号");
  });

  it("reads the brand before any region word a train runs to, and a region in quotes as a service", () => {
    expect(corridors("“北山号”东盟班列从货运站发出。")).toEqual(["Corridor:北山号"]);
    expect(corridors("“北山号”冷链班列从货运站发出。")).toEqual(["Corridor:北山号"]);
    expect(corridors("“中亚”班列从北站开出。")).toEqual(["Corridor:中亚班列"]);
  });
});
