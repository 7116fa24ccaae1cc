import { describe, expect, it } from "vitest";
import { areaEnumerations } from "../../../../../server/extract/entities/area-enumerations";
import { idsBy, mentionsBy } from "../../../../support/rules";

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

  it("splits at a conjunction outside place names, and reads a list of places without a count", () => {
    expect(mentionsBy([areaEnumerations], "试验区涵盖南昌、赣州和九江三个片区。")).toEqual([
      "Area:南昌片区@南昌",
      "Area:赣州片区@赣州",
      "Area:九江片区@九江",
    ]);
    expect(mentionsBy([areaEnumerations], "涵盖呼和浩特、包头两个片区，会同南昌、赣州片区联动。")).toEqual([
      "Area:呼和浩特片区@呼和浩特",
      "Area:包头片区@包头",
      "Area:南昌片区@南昌",
      "Area:赣州片区@赣州",
    ]);
    expect(mentionsBy([areaEnumerations], "推进交通、物流片区建设。")).toEqual([]);
  });

  it("reads 以及 as one conjunction between the last two items", () => {
    expect(idsBy([areaEnumerations], "该自贸区涵盖甲城、乙港以及丙湖三个片区。")).toEqual([
      "Area:甲城片区",
      "Area:乙港片区",
      "Area:丙湖片区",
    ]);
  });

  it("reads the last item of a list closed by 等 without the 等 (赣州等三个片区)", () => {
    expect(idsBy([areaEnumerations], "江西自贸区包括南昌、九江和赣州等三个片区。")).toContain(
      "Area:赣州片区",
    );
    expect(idsBy([areaEnumerations], "江西自贸区包括南昌、九江和赣州等三个片区。")).not.toContain(
      "Area:赣州等片区",
    );
  });
});
