import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { bilateralAbbreviationParks } from "../../../../../server/extract/entities/bilateral-abbreviation-parks";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bilateral-abbreviation-parks", () => {
  it("reads a park named by partner abbreviations, with its host place in brackets, as written", () => {
    expect(mentionsBy([bilateralAbbreviationParks], "中德(沈阳)产业园和中俄蒙边境合作区加快建设。")).toEqual([
      "DevZone:中德(沈阳)产业园@中德(沈阳)产业园",
      "DevZone:中俄蒙边境合作区@中俄蒙边境合作区",
    ]);
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
  });
});
