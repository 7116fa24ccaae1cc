import { describe, expect, it } from "vitest";
import { bracketedCompanies } from "../../../../../server/extract/entities/bracketed-companies";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bracketed-companies", () => {
  it("reads a company with a bracketed place", () => {
    expect(mentionsBy([bracketedCompanies], "智联物流科技（南昌）有限公司落户。")).toEqual([
      "Organization:智联物流科技（南昌）有限公司@智联物流科技（南昌）有限公司",
    ]);
  });
});
