import { describe, expect, it } from "vitest";
import { bilateralFtas } from "../../../../../server/extract/entities/bilateral-ftas";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule bilateral-ftas", () => {
  it("reads 中+partner items before 等自由贸易协定", () => {
    expect(mentionsBy([bilateralFtas], "中韩、中瑞士等自由贸易协定已经生效。")).toEqual([
      "Agreement:中韩自由贸易协定@中韩",
      "Agreement:中国-瑞士自由贸易协定@中瑞士",
    ]);
  });
});
