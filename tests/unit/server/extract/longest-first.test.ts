import { describe, expect, it } from "vitest";
import { longestFirst } from "../../../../server/extract/longest-first";

describe("longestFirst", () => {
  it("orders words longest first, ties in code-unit order", () => {
    expect(["乙", "甲乙丙", "乙丙", "甲乙"].sort(longestFirst)).toEqual(["甲乙丙", "乙丙", "甲乙", "乙"]);
    expect(longestFirst("甲", "甲")).toBe(0);
  });
});
