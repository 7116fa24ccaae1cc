import { describe, expect, it } from "vitest";
import { legislatures } from "../../../../../server/extract/entities/legislatures";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule legislatures", () => {
  it("reads a legislature right after its country", () => {
    expect(mentionsBy([legislatures], "秘鲁国会上周审议了这份协定。")).toContain(
      "Organization:秘鲁国会@秘鲁国会",
    );
    expect(idsBy([legislatures], "智利参议院与瑞典议会代表团会谈。")).toEqual(
      expect.arrayContaining(["Organization:智利参议院", "Organization:瑞典议会"]),
    );
  });

  it("leads the name by the country's catalog name when the text spells it otherwise", () => {
    expect(idsBy([legislatures], "紐西蘭國會昨天表決通過。")).toContain("Organization:新西兰国会");
  });

  it("reads no body in a building, a system, a hill or after a word that is no country", () => {
    const ids = idsBy(
      [legislatures],
      "游客参观德国国会大厦。英国议会制历史悠久。记者站在美国国会山前。许多大国会在年底公布预算。两国议会交流频繁。她住在意大利国会街附近。",
    );
    expect(ids.filter((id) => id.startsWith("Organization:"))).toEqual([]);
  });

  it("reads no body in a style, politics, a hall, an event, an election or a member", () => {
    const ids = idsBy(
      [legislatures],
      "两人用英国议会式辩论交锋。学者研究英国议会政治。游客走进日本国会议事堂。史书记载德国国会纵火案。印度议会选举落幕。她当选澳大利亚国会议员。",
    );
    expect(ids.filter((id) => id.startsWith("Organization:"))).toEqual([]);
  });

  it("keeps the body before a verb in 制 or 站 and before 民主党", () => {
    const text = "美国国会制定了新法。美国国会制裁某国企业。英国议会站出来反对。美国国会民主党领袖发言。";
    const found = mentionsBy([legislatures], text).filter((m) => m.startsWith("Organization:"));
    expect(found).toHaveLength(4);
  });

  it("leaves China's own legislature to the catalog", () => {
    expect(idsBy([legislatures], "中国国会一词并不准确。")).not.toContain("Organization:中国国会");
  });

  it("reads no body when 站前 or 站台 follows the head (a station's square or platform)", () => {
    expect(idsBy([legislatures], "日本国会站前广场人来人往。")).not.toContain("Organization:日本国会");
    expect(idsBy([legislatures], "乘客在日本国会站台候车。")).not.toContain("Organization:日本国会");
  });
});
