import { describe, expect, it } from "vitest";
import { bracketedServices } from "../../../../../server/extract/entities/bracketed-services";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bracketed-services", () => {
  it("reads a service with its operator in brackets", () => {
    expect(mentionsBy([bracketedServices], "中欧班列（赣州）开行百列，中欧班列（长安号）稳定运行。")).toEqual(
      ["Corridor:中欧班列（赣州）@中欧班列（赣州）", "Corridor:中欧班列（长安号）@中欧班列（长安号）"],
    );
  });
});
