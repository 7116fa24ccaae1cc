import { describe, expect, it } from "vitest";
import { bilateralParks } from "../../../../../server/extract/entities/bilateral-parks";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bilateral-parks", () => {
  it("gives a shared suffix to every member of the list", () => {
    expect(mentionsBy([bilateralParks], "建设中国-印尼、中国-菲律宾经贸创新发展示范园区。")).toEqual([
      "DevZone:中国-印尼经贸创新发展示范园区@中国-印尼",
      "DevZone:中国-菲律宾经贸创新发展示范园区@中国-菲律宾经贸创新发展示范园区",
    ]);
  });
});
