import { describe, expect, it } from "vitest";
import { industries } from "../../../../../server/extract/entities/industries";
import { idsBy } from "../../../../support/rules";

// Runs after the sector check, on the sectors found in a passage.
describe("coordinated sectors sharing one head (entities/shared-heads.ts)", () => {
  it("reads the first item with the shared head when that makes a known sector", () => {
    const ids = idsBy([industries], "全市正在壮大新能源和智能网联汽车产业集群。");
    expect(ids).toEqual(expect.arrayContaining(["Industry:新能源汽车", "Industry:智能网联汽车"]));
    expect(ids).not.toContain("Industry:新能源");
  });

  it("keeps the first item when the head added to it makes no known sector", () => {
    expect(idsBy([industries], "该区重点发展生物医药和高端医疗器械等产业。")).toContain("Industry:生物医药");
  });
});
