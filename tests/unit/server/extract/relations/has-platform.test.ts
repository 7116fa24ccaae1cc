import { describe, expect, it } from "vitest";
import { hasPlatform } from "../../../../../server/extract/relations/has-platform";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule has-platform", () => {
  it("gives a platform to the subject that has it", () => {
    expect(relationsBy([hasPlatform], "江西省拥有南昌综合保税区。")).toEqual([
      "HAS_PLATFORM:Province:江西省->DevZone:南昌综合保税区",
    ]);
  });
});
