import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { Recognizer } from "../../../../../server/extract/recognize";
import { findRelations } from "../../../../../server/extract/relations";
import { passageZoneAreas } from "../../../../../server/extract/relations/passage-zone-areas";
import { normalize } from "../../../../../server/extract/text";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule passage-zone-areas", () => {
  it("puts areas enumerated after a zone in it", () => {
    expect(relationsBy([passageZoneAreas], "江西自贸试验区设南昌、赣州、九江三个片区。")).toEqual([
      "PART_OF:Area:南昌片区->FreeTradeZone:中国（江西）自由贸易试验区",
      "PART_OF:Area:赣州片区->FreeTradeZone:中国（江西）自由贸易试验区",
      "PART_OF:Area:九江片区->FreeTradeZone:中国（江西）自由贸易试验区",
    ]);
  });

  it("reads X自贸区的Y片区 and Y片区是X自贸区的… when the sentence names several zones", () => {
    expect(relationsBy([passageZoneAreas], "江西自贸试验区的龙湖片区将与湖南自贸试验区开展合作。")).toEqual([
      "PART_OF:Area:龙湖片区->FreeTradeZone:中国（江西）自由贸易试验区",
    ]);
    expect(
      relationsBy([passageZoneAreas], "龙湖片区是江西自贸试验区的组成部分，与湖南自贸试验区合作密切。"),
    ).toEqual(["PART_OF:Area:龙湖片区->FreeTradeZone:中国（江西）自由贸易试验区"]);
  });

  it("carries a zone through a list of its areas (the first one is adjacent-names' reading)", () => {
    expect(
      relationsBy([passageZoneAreas], "江西自贸试验区龙湖片区、青山片区与湖南自贸试验区岳麓片区签约。"),
    ).toEqual(["PART_OF:Area:青山片区->FreeTradeZone:中国（江西）自由贸易试验区"]);
  });

  it("puts the areas of a passage that names one zone in it", () => {
    expect(relationsBy([passageZoneAreas], "两年来，江西自贸试验区在龙湖片区、青山片区同步发力。")).toEqual([
      "PART_OF:Area:龙湖片区->FreeTradeZone:中国（江西）自由贸易试验区",
      "PART_OF:Area:青山片区->FreeTradeZone:中国（江西）自由贸易试验区",
    ]);
  });

  it("never puts an area the catalog resolves to another zone in the passage's zone", () => {
    expect(relationsBy([passageZoneAreas], "广东自贸试验区与临港新片区开展合作。")).toEqual([]);
  });

  it("gives nothing for an area and several zones without a stated link", () => {
    expect(relationsBy([passageZoneAreas], "江西自贸试验区和湖南自贸试验区都关注龙湖片区的经验。")).toEqual(
      [],
    );
  });

  it("takes the zone a carried anaphor stands for as named in the passage", () => {
    const text = "自贸试验区涵盖三个片区：龙湖片区60平方公里，青山片区30平方公里。";
    const norm = normalize(text);
    const rec = new Recognizer(loadCatalog());
    const ms = rec.recognize(norm);
    const ctx = { id: "FreeTradeZone:中国（江西）自由贸易试验区", anaphors: [{ cs: 0, ce: 5 }] };
    const found = findRelations(norm, ms, rec.cat, { ctx, rules: [passageZoneAreas] });
    expect(found.map((r) => `${r.source}->${r.target}:${r.viaContext === true}`)).toEqual([
      "Area:龙湖片区->FreeTradeZone:中国（江西）自由贸易试验区:true",
      "Area:青山片区->FreeTradeZone:中国（江西）自由贸易试验区:true",
    ]);
    // with no anaphor, the passage names no zone
    expect(findRelations(norm, ms, rec.cat, { rules: [passageZoneAreas] })).toEqual([]);
  });
});
