import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { corridorAbbreviations } from "../../../../../server/extract/entities/corridor-abbreviations";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule corridor-abbreviations", () => {
  it("reads 中+country and province-abbreviation compounds", () => {
    expect(mentionsBy([corridorAbbreviations], "中吉乌国际多式联运班列开行，赣粤班列同步发车。")).toEqual([
      "Corridor:中吉乌国际多式联运班列@中吉乌国际多式联运班列",
      "Corridor:赣粤班列@赣粤班列",
    ]);
  });

  it("reads a regional corridor of abbreviations", () => {
    expect(mentionsBy([corridorAbbreviations], "共建湘赣区域经济走廊。")).toEqual([
      "Corridor:湘赣区域经济走廊@湘赣区域经济走廊",
    ]);
  });

  it("reads highways and pipelines, and the earlier items of a list sharing the kind", () => {
    expect(mentionsBy([corridorAbbreviations], "中哈、中吉高速公路贯通，中俄油气管道投运。", false)).toEqual([
      "Corridor:中哈高速公路@中哈",
      "Corridor:中吉高速公路@中吉高速公路",
      "Corridor:中俄油气管道@中俄油气管道",
    ]);
  });

  it("reads city abbreviations where no province has the character, its members as mentions", () => {
    expect(mentionsBy([corridorAbbreviations], "穗邕班列和甬深班列首发。", false)).toEqual([
      "Corridor:穗邕班列@穗邕班列",
      "Corridor:甬深班列@甬深班列",
    ]);
    const norm = normalize("赣深班列首发。");
    const rec = new Recognizer(loadCatalog());
    const members = rec.abbreviations(norm, rec.recognize(norm)).map((m) => m.id);
    expect(members).toEqual(expect.arrayContaining(["Province:江西省", "City:深圳"]));
  });

  it("reads no compound holding a character that abbreviates nothing", () => {
    expect(mentionsBy([corridorAbbreviations], "打通深化通道，开行首趟班列。", false)).toEqual([]);
  });

  it("reads no member inside a word that is no abbreviation (同意中老铁路: review18f F4)", () => {
    expect(mentionsBy([corridorAbbreviations], "双方同意中越铁路尽快开工。")).toEqual([
      "Corridor:中越铁路@中越铁路",
    ]);
  });

  it("reads a route of Chinese places that ends abroad, and the joint-transport kinds", () => {
    expect(
      mentionsBy([corridorAbbreviations], "加快建设湘粤非铁海联运通道，开行长满欧班列。", false),
    ).toEqual(["Corridor:湘粤非铁海联运通道@湘粤非铁海联运通道", "Corridor:长满欧班列@长满欧班列"]);
    expect(mentionsBy([corridorAbbreviations], "鄂沪江海联运通道和蚌合城际班列开通。", false)).toEqual([
      "Corridor:鄂沪江海联运通道@鄂沪江海联运通道",
      "Corridor:蚌合城际班列@蚌合城际班列",
    ]);
  });

  it("reads no compound whose foreign member is not last, nor a word that only ends in one", () => {
    expect(mentionsBy([corridorAbbreviations], "结合欧洲需求开行班列，美日通道受阻。", false)).toEqual([]);
    expect(mentionsBy([corridorAbbreviations], "欧湘班列开行。", false)).toEqual([]);
  });
});

describe("services named by a compound and 国际铁路货运班列", () => {
  it("reads the whole name of a 铁路货运班列 (汉欧国际铁路货运班列), and a railway alone as before", () => {
    expect(
      mentionsBy([corridorAbbreviations], "汉欧国际铁路货运班列今日发车。").filter((m) =>
        m.startsWith("Corridor:"),
      ),
    ).toEqual(["Corridor:汉欧国际铁路货运班列@汉欧国际铁路货运班列"]);
    expect(
      mentionsBy([corridorAbbreviations], "中老铁路货运量增长。").filter((m) => m.startsWith("Corridor:")),
    ).toEqual(["Corridor:中老铁路@中老铁路"]);
  });

  it("reads no compound inside a place's name (德黑兰, 银川)", () => {
    const ids = idsBy([corridorAbbreviations], "西宁—德黑兰国际货运班列驶出银川铁路南站。");
    expect(ids.filter((id) => /^Corridor:(黑兰|银川)/.test(id))).toEqual([]);
    expect(idsBy([corridorAbbreviations], "湘粤班列今日开行。")).toContain("Corridor:湘粤班列");
  });

  it("reads the catalogued service when a word of its kind stands inside its name (中欧货运班列)", () => {
    expect(idsBy([corridorAbbreviations], "兰州开行中欧货运班列的条件日趋成熟。")).toContain(
      "Corridor:中欧班列",
    );
  });
});

describe("corridors named by a compound of countries with 中 inside", () => {
  it("reads a compound of country abbreviations that does not open with 中 (孟中印缅)", () => {
    const found = idsBy([corridorAbbreviations], "四国同意加快推进孟中印缅经济走廊。");
    expect(found).toContain("Corridor:孟中印缅经济走廊");
  });

  it("reads no compound after a preposition or 新 (以中欧班列为依托, 新中欧班列)", () => {
    const found = idsBy([corridorAbbreviations], "该市以中欧班列为依托,开通新中欧班列线路。");
    expect(found.filter((id) => /^Corridor:(以|新)/.test(id))).toEqual([]);
  });

  it("reads the 日 of a day as no 日本 (5日中老铁路, 近日中蒙俄经济走廊), but 日中欧班列 as a compound", () => {
    const dated = idsBy([corridorAbbreviations], "自8日中老铁路开行以来,近日中蒙俄经济走廊又有进展。");
    expect(dated.filter((id) => id.startsWith("Corridor:日"))).toEqual([]);
    expect(dated).toContain("Corridor:中蒙俄经济走廊");
    const joint = idsBy([corridorAbbreviations], "首趟日中欧班列从该港开出。");
    expect(joint).toContain("Corridor:日中欧班列");
  });
});
