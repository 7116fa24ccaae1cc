import { describe, expect, it } from "vitest";
import { cityCounties } from "../../../../../server/extract/entities/city-counties";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule city-counties", () => {
  it("reads a county named after its prefecture city as a City of its own", () => {
    expect(mentionsBy([cityCounties], "长沙县与岳阳签约。")).toEqual([
      "City:长沙县@长沙县",
      "City:岳阳@岳阳",
    ]);
  });

  it("keeps the city before 县域, 县城 or 县级", () => {
    expect(mentionsBy([cityCounties], "长沙县域经济和岳阳县级市场。")).toEqual([
      "City:长沙@长沙",
      "City:岳阳@岳阳",
    ]);
  });
});
