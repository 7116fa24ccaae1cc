import { describe, expect, it } from "vitest";
import { passageZoneAreas } from "../../../../../server/extract/relations/passage-zone-areas";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule passage-zone-areas", () => {
  it("puts the areas of a passage in its only zone", () => {
    expect(relationsBy([passageZoneAreas], "江西自贸试验区设南昌、赣州、九江三个片区。")).toEqual([
      "PART_OF:Area:南昌片区->FreeTradeZone:中国（江西）自由贸易试验区",
      "PART_OF:Area:赣州片区->FreeTradeZone:中国（江西）自由贸易试验区",
      "PART_OF:Area:九江片区->FreeTradeZone:中国（江西）自由贸易试验区",
    ]);
  });
});
