import { describe, expect, it } from "vitest";
import { corridorPlaces } from "../../../../../server/extract/entities/corridor-places";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule corridor-places", () => {
  it("reads X经济走廊 made of place names", () => {
    expect(mentionsBy([corridorPlaces], "推动南宁新加坡经济走廊建设。")).toEqual([
      "Corridor:南宁新加坡经济走廊@南宁新加坡经济走廊",
    ]);
  });
});
