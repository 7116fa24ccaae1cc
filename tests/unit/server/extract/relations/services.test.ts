import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import type { Mention } from "../../../../../server/extract/entities/types";
import { extractDocument } from "../../../../../server/extract/index";
import { isService } from "../../../../../server/extract/relations/services";
import { hasEdge } from "../../../../support/extracted";

const mention = (id: string, parts: [string, number, number][] = []): Mention => ({
  id,
  cs: 0,
  ce: 5,
  method: "pattern",
  parts: parts.map(([pid, cs, ce]) => ({ id: pid, cs, ce })),
});

// Invented names and sentences.
describe("isService", () => {
  it("takes a corridor headed by a service word for a service, a broad corridor not", () => {
    const cat = loadCatalog();
    expect(isService("Corridor:甲乙国际货运班列", [], cat, "")).toBe(true);
    expect(isService("Corridor:中欧班列", [], cat, "")).toBe(true);
    expect(isService("Corridor:甲乙航线", [], cat, "")).toBe(true);
    expect(isService("Corridor:中蒙俄经济走廊", [], cat, "")).toBe(false);
    expect(isService("City:甲乙班列", [], cat, "")).toBe(false);
  });

  it("takes a brand named only by the places it joins, one character each, for a service", () => {
    const cat = loadCatalog();
    const brand = mention("Corridor:长满欧", [
      ["City:长春", 1, 2],
      ["City:满洲里", 2, 3],
      ["Country:欧洲", 3, 4],
    ]);
    expect(isService("Corridor:长满欧", [brand], cat, "")).toBe(true);
    // the same name without the mention's parts is not known to be a brand
    expect(isService("Corridor:长满欧", [mention("Corridor:长满欧")], cat, "")).toBe(false);
    // a compound with a head of its own is more than its parts (中蒙俄经济走廊)
    const broad = mention("Corridor:中蒙俄经济走廊", [
      ["Country:中国", 0, 1],
      ["Country:蒙古国", 1, 2],
      ["Country:俄罗斯", 2, 3],
    ]);
    expect(isService("Corridor:中蒙俄经济走廊", [broad], cat, "")).toBe(false);
  });

  it("takes the sub-kind a corridor entity carries", () => {
    const cat = loadCatalog();
    cat.add({
      type: "Corridor",
      name: "甲乙快运",
      nameEn: null,
      aliases: [],
      properties: { kind: "service" },
      inCatalog: false,
    });
    expect(isService("Corridor:甲乙快运", [], cat, "")).toBe(true);
  });

  it("reads the whole route of a brand written bare after it was written with train words", () => {
    const g = extractDocument(
      "bare-brand.txt",
      "“长满欧”班列已开行百列。今年，“长满欧”自长春始发，经满洲里出境，抵达德国汉堡。",
    );
    expect(hasEdge(g, "CONNECTS:Corridor:长满欧->Country:德国")).toBe(true);
    expect(hasEdge(g, "CONNECTS:Corridor:长满欧->City:汉堡")).toBe(true);
  });

  it("takes a corridor whose name ends in a train brand's 号 for a service after a freight train's words", () => {
    const cat = loadCatalog();
    const at = (text: string, id: string): Mention => {
      const cs = text.indexOf("“");
      return { id, cs, ce: text.indexOf("”") + 1, method: "pattern", parts: [] };
    };
    for (const text of ["宽轨班列“兴安号”驶出国门。", "集装箱专列“兴安号”驶出国门。"])
      expect(isService("Corridor:兴安号", [at(text, "Corridor:兴安号")], cat, text)).toBe(true);
    // (a 专列 of another kind is no freight service; 号 alone is no brand; only a corridor is a service)
    for (const text of ["旅游专列“兴安号”驶出国门。", "扶贫专列“兴安号”驶出国门。"])
      expect(isService("Corridor:兴安号", [at(text, "Corridor:兴安号")], cat, text)).toBe(false);
    const text = "宽轨班列“兴安号”驶出国门。";
    expect(isService("Corridor:号", [at(text, "Corridor:号")], cat, text)).toBe(false);
    expect(isService("Organization:兴安号", [at(text, "Organization:兴安号")], cat, text)).toBe(false);
  });

  it("reads the route of a bare quoted 号 brand after its train noun", () => {
    const g = extractDocument(
      "brand-end.txt",
      "今晨，一趟宽轨班列“兴安号”从边境站出境，前往蒙古国乌兰巴托。",
    );
    expect(hasEdge(g, "CONNECTS:Corridor:兴安号->City:乌兰巴托")).toBe(true);
    expect(hasEdge(g, "CONNECTS:Corridor:兴安号->Country:蒙古国")).toBe(true);
  });

  it("gives no route to ships, tourist trains or hospital ships named with 号", () => {
    for (const text of [
      // (a quoted 号 brand after 专列 of another kind than freight: 旅游专列, 扶贫专列)
      "旅游专列“山茶号”从昆明出发，开往大理和丽江。",
      "助农专列“暖心号”从杭州开往贵州黔东南。",
      "“远洋号”货轮满载集装箱从青岛港驶往新加坡。",
      "“和平号”医院船从舟山出发前往吉布提。",
      "“伏羲号”旅游列车载着游客从天水驶往敦煌。",
      // (班列 after the kind of a passenger or charity train: 旅游班列, 客运班列)
      "旅游班列“山茶号”从昆明开往大理。",
      "客运班列“山茶号”从昆明开往大理。",
    ]) {
      const g = extractDocument("brand-end-negative.txt", text);
      expect(g.edges.filter((e) => e.type === "CONNECTS" || e.type === "ON_CORRIDOR")).toEqual([]);
    }
  });

  it("remembers a brand written after freight words for the passages after it", () => {
    const g = extractDocument(
      "brand-memory.txt",
      "货运班列“黄河号”今天首发。\n“黄河号”从兰州出发，开往阿拉木图。",
    );
    expect(hasEdge(g, "CONNECTS:Corridor:黄河号->City:兰州")).toBe(true);
    expect(hasEdge(g, "CONNECTS:Corridor:黄河号->City:阿拉木图")).toBe(true);
    // (a brand written after a tourist train's words is remembered as none)
    const t = extractDocument(
      "brand-memory-negative.txt",
      "旅游班列“黄河号”今天首发。\n“黄河号”从兰州出发，开往敦煌。",
    );
    expect(t.edges.filter((e) => e.type === "CONNECTS")).toEqual([]);
  });
});
