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

  it("reads a route in brackets with its places, and a brand in quotes", () => {
    expect(mentionsBy([bracketedServices], "中欧班列（西安-布达佩斯）和中欧班列“齐鲁号”同日开行。")).toEqual([
      "Corridor:中欧班列（西安-布达佩斯）@中欧班列（西安-布达佩斯）",
      "Corridor:中欧班列齐鲁号@中欧班列“齐鲁号”",
    ]);
  });
});
