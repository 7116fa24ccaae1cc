import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { railwayLines } from "../../../../../server/extract/entities/railway-lines";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule railway-lines", () => {
  it("reads a line named by its two ends, dropping a province or country before an end", () => {
    expect(mentionsBy([railwayLines], "加快昆明至磨憨铁路和云南石屏至老挝琅南塔铁路建设。")).toEqual([
      "Corridor:昆明至磨憨铁路@昆明至磨憨铁路",
      "Province:云南省@云南",
      "Corridor:石屏至琅南塔铁路@石屏至老挝琅南塔铁路",
    ]);
    expect(mentionsBy([railwayLines], "绥芬河-俄罗斯乌苏里斯克电气化铁路通车。")).toEqual([
      "Corridor:绥芬河-乌苏里斯克电气化铁路@绥芬河-俄罗斯乌苏里斯克电气化铁路",
    ]);
  });

  it("keeps an em dash between the ends as written, and its ends as mentions", () => {
    expect(mentionsBy([railwayLines], "柳州—湛江铁路年内建成。", false)).toEqual([
      "Corridor:柳州—湛江铁路@柳州—湛江铁路",
    ]);
    const text = "南宁—凭祥铁路加快建设。";
    const rec = new Recognizer(loadCatalog());
    const norm = normalize(text);
    const ends = rec.abbreviations(norm, rec.recognize(norm, text)).map((m) => m.id);
    expect(ends).toEqual(expect.arrayContaining(["City:南宁", "City:凭祥"]));
  });

  it("gives the two ends as mentions of their own", () => {
    const norm = normalize("贵州榕江至广西柳州铁路开工。");
    const rec = new Recognizer(loadCatalog());
    const ends = rec.abbreviations(norm, rec.recognize(norm)).map((m) => m.id);
    expect(ends).toEqual(expect.arrayContaining(["City:榕江", "City:柳州"]));
  });

  it("needs two places or anchored names (北至进港铁路 is no line)", () => {
    expect(mentionsBy([railwayLines], "西至物流园区，北至进港铁路，2026年至2028年铁路投资上升。")).toEqual(
      [],
    );
  });

  it("reads roads named by their ends, an end may be a gazetteer city", () => {
    expect(mentionsBy([railwayLines], "越南将建设老街至首都河内高速公路，昆明至河内公路已贯通。")).toEqual([
      "Country:越南@越南",
      "Corridor:老街至河内高速公路@老街至首都河内高速公路",
      "Corridor:昆明至河内公路@昆明至河内公路",
    ]);
  });
});
