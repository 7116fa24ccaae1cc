import { describe, expect, it } from "vitest";
import { centralBodies } from "../../../../../server/extract/entities/central-bodies";
import { instituteUnits } from "../../../../../server/extract/entities/institute-units";
import { publicBodies } from "../../../../../server/extract/entities/public-bodies";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule institute-units", () => {
  it("reads an institute of an academy found by an earlier rule, its field may hold 与", () => {
    expect(
      mentionsBy([publicBodies, instituteUnits], "中国社会科学院人口与劳动经济研究所发布报告。"),
    ).toContain("Organization:中国社会科学院人口与劳动经济研究所@中国社会科学院人口与劳动经济研究所");
  });

  it("reads no unit whose field holds a function word", () => {
    expect(
      mentionsBy([publicBodies, instituteUnits], "中国社会科学院的专家在研究所座谈。").join(),
    ).not.toContain("研究所");
  });
});

describe("institutes of an academy written by its short form 社科院", () => {
  it("reads the institute after 中国社科院 as one body", () => {
    const found = mentionsBy(
      [centralBodies, instituteUnits],
      "中国社科院亚太研究所的学者指出,协定将提升贸易。",
    );
    expect(found).toContain("Organization:中国社科院亚太研究所@中国社科院亚太研究所");
  });
});
