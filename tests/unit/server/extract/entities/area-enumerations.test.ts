import { describe, expect, it } from "vitest";
import { areaEnumerations } from "../../../../../server/extract/entities/area-enumerations";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule area-enumerations", () => {
  it("reads the places listed before 三个片区, without the verb", () => {
    expect(mentionsBy([areaEnumerations], "自贸试验区涵盖南昌、赣州、九江三个片区。")).toEqual([
      "Area:南昌片区@南昌",
      "Area:赣州片区@赣州",
      "Area:九江片区@九江",
    ]);
  });

  it("reads items written in full", () => {
    expect(mentionsBy([areaEnumerations], "厦门片区、福州片区、平潭片区三个片区各有侧重。")).toEqual([
      "Area:厦门片区@厦门片区",
      "Area:福州片区@福州片区",
      "Area:平潭片区@平潭片区",
    ]);
  });
});
