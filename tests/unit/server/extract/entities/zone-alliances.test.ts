import { describe, expect, it } from "vitest";
import { zoneAlliances } from "../../../../../server/extract/entities/zone-alliances";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule zone-alliances", () => {
  it("reads an existing alliance, not a proposed one", () => {
    expect(
      mentionsBy([zoneAlliances], "赣湘共同成立中部自由贸易试验区联盟；可组建东南自由贸易试验区联盟。"),
    ).toEqual(["Organization:中部自由贸易试验区联盟@中部自由贸易试验区联盟"]);
  });
});
