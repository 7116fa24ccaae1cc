import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { serviceCore, severalWays } from "../../../../../server/extract/entities/document-aliases";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";

// Invented documents, passage by passage; the Corridor/Organization mentions as "id@surface".
function read(passages: string[], types = /^(Corridor|Organization|DevZone):/): string[][] {
  const rec = new Recognizer(loadCatalog());
  rec.startDocument(passages.join("\n"));
  return passages.map((p) =>
    rec
      .recognize(normalize(p))
      .filter((m) => types.test(m.id))
      .map((m) => `${m.id}@${p.slice(m.cs, m.ce)}`),
  );
}

describe("entity rule document-aliases", () => {
  it("finds a service's own name once its kind words are dropped", () => {
    expect(serviceCore("郑欧国际铁路货运班列")).toBe("郑欧");
    expect(serviceCore("郑欧班列")).toBe("郑欧");
    expect(serviceCore("中欧班列蓉欧快铁")).toBeNull();
    expect(serviceCore("中巴经济走廊")).toBeNull();
  });

  it("reads a service written later with other kind words as the one named first", () => {
    expect(read(["首趟杭欧国际铁路货运班列今日发车。", "杭欧班列全程12天，杭欧国际班列每周两班。"])).toEqual([
      ["Corridor:杭欧国际铁路货运班列@杭欧国际铁路货运班列"],
      ["Corridor:杭欧国际铁路货运班列@杭欧班列", "Corridor:杭欧国际铁路货运班列@杭欧国际班列"],
    ]);
  });

  it("keeps services with other names apart", () => {
    const [, second] = read(["杭欧国际铁路货运班列今日发车。", "杭俄班列同日开行。"]);
    expect(second).toEqual(["Corridor:杭俄班列@杭俄班列"]);
  });

  it("reads a brand written after its network, later alone, as the branded service", () => {
    expect(read(["中欧班列筑欧快铁从贵阳出发。", "筑欧快铁首趟返程班列抵达。"])[1]).toEqual([
      "Corridor:中欧班列筑欧快铁@筑欧快铁",
    ]);
  });

  it("names a quoted brand written several ways in one document by the brand itself", () => {
    const text = [
      "“榕满欧”货运班列从福州出发。",
      "“榕满欧”班列全程15天。",
      "以福州为起点的“榕满欧”已开行百列。",
    ];
    expect(read(text)).toEqual([
      ["Corridor:榕满欧@“榕满欧”货运班列"],
      ["Corridor:榕满欧@“榕满欧”班列"],
      ["Corridor:榕满欧@“榕满欧”"],
    ]);
    expect(severalWays(normalize(text.join("")))).toEqual(new Set(["榕满欧"]));
  });

  it("leaves a quoted brand written one way, or tied to the China-Europe trains, to the brand rules", () => {
    expect(severalWays("首列“榕满欧”货运班列开行，“榕满欧”货运班列运行平稳。")).toEqual(new Set());
    expect(severalWays("中欧班列“海丝号”开行，“海丝号”国际班列运行平稳。")).toEqual(new Set());
    expect(read(["首列“榕满欧”货运班列开行。"])).toEqual([["Corridor:榕满欧货运班列@“榕满欧”货运班列"]]);
  });

  it("forgets the last document's names when a new document starts", () => {
    const rec = new Recognizer(loadCatalog());
    rec.startDocument("杭欧国际铁路货运班列今日发车。");
    rec.recognize(normalize("杭欧国际铁路货运班列今日发车。"));
    rec.startDocument("杭欧班列开行。");
    expect(rec.recognize(normalize("杭欧班列开行。")).map((m) => m.id)).toContain("Corridor:杭欧班列");
  });
});
