import { describe, expect, it } from "vitest";
import { publicBodies } from "../../../../../server/extract/entities/public-bodies";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule public-bodies", () => {
  it("reads place-led public bodies", () => {
    expect(mentionsBy([publicBodies], "江西省人民政府与南昌大学签署合作协议。")).toEqual([
      "Organization:江西省人民政府@江西省人民政府",
      "Organization:南昌大学@南昌大学",
    ]);
  });
});
