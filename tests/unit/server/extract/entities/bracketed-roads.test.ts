import { describe, expect, it } from "vitest";
import { bracketedRoads } from "../../../../../server/extract/entities/bracketed-roads";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bracketed-roads", () => {
  it("names a road by the abbreviations before its brackets", () => {
    expect(mentionsBy([bracketedRoads], "今年通车的景(洪)勐(腊)高速全长百余公里。", false)).toEqual([
      "Corridor:景勐高速@景(洪)勐(腊)高速",
    ]);
    expect(
      mentionsBy([bracketedRoads], "连接东盟的新河(红河新街至河口连接越南老街国门)高速公路贯通。"),
    ).toContain("Corridor:新河高速公路@新河(红河新街至河口连接越南老街国门)高速公路");
  });

  it("gives the stops ending each segment of the brackets as parts, not a modifying place", async () => {
    const { loadCatalog } = await import("../../../../../server/extract/catalog");
    const { Recognizer } = await import("../../../../../server/extract/recognize");
    const { normalize } = await import("../../../../../server/extract/text");
    const rec = new Recognizer(loadCatalog(), [bracketedRoads]);
    const road = rec.recognize(normalize("南河(昆明至河口连接越南老街国门)高速公路贯通。"))[0];
    expect(road?.parts.map((p) => p.id)).toEqual(["City:昆明", "City:河口", "City:老街"]);
  });

  it("needs a bracket: two characters before 高速 are no name", () => {
    expect(mentionsBy([bracketedRoads], "推进城乡公路和高速公路建设。", false)).toEqual([]);
  });
});
