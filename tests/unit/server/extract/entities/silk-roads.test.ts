import { describe, expect, it } from "vitest";
import { silkRoads } from "../../../../../server/extract/entities/silk-roads";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule silk-roads", () => {
  it("reads a themed silk road as a corridor of its own, not the ancient road it holds", () => {
    expect(mentionsBy([silkRoads], "共建“空中丝绸之路”和“网上丝绸之路”。")).toEqual([
      "Corridor:空中丝绸之路@空中丝绸之路",
      "Corridor:网上丝绸之路@网上丝绸之路",
    ]);
  });

  it("keeps catalogued silk roads and the economic belt to their entries", () => {
    expect(mentionsBy([silkRoads], "推进海上丝绸之路与丝绸之路经济带建设。")).toEqual([
      "Corridor:21世纪海上丝绸之路@海上丝绸之路",
      "Corridor:丝绸之路经济带@丝绸之路经济带",
    ]);
  });
});
