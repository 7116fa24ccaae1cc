import { describe, expect, it } from "vitest";
import { nationalAgencies } from "../../../../../server/extract/entities/national-agencies";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule national-agencies", () => {
  it("reads 国家…管理局/总局/委员会, resolving catalogued agencies", () => {
    expect(mentionsBy([nationalAgencies], "国家药品监督管理局和国家税务总局联合发文。", false)).toEqual([
      "Organization:国家药品监督管理局@国家药品监督管理局",
      "Organization:国家税务总局@国家税务总局",
    ]);
    expect(idsBy([nationalAgencies], "国家发展和改革委员会印发方案。", false)).toEqual([
      "Organization:国家发展改革委",
    ]);
  });

  it("reads no phrase with a stop word, and no deployment or layout", () => {
    expect(idsBy([nationalAgencies], "落实国家战略部署，优化国家在各地的管理局布局。", false)).toEqual([]);
  });
});
