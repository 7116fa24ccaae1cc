import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";

// Name parts: the place a name starts with, the countries of a 中X corridor.
describe("places and countries inside names (entities/name-parts.ts)", () => {
  const rec = new Recognizer(loadCatalog());
  const parts = (text: string, id: string) =>
    rec
      .recognize(normalize(text))
      .find((m) => m.id === id)
      ?.parts.map((p) => p.id);

  it("gives a port the place its name starts with", () => {
    expect(parts("货物经满洲里铁路口岸出境。", "Port:满洲里铁路口岸")).toEqual(["City:满洲里"]);
  });

  it("gives a 中X corridor its countries", () => {
    expect(parts("中蒙俄经济走廊建设提速。", "Corridor:中蒙俄经济走廊")).toEqual([
      "Country:蒙古国",
      "Country:俄罗斯",
    ]);
  });
});
