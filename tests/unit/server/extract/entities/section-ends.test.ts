import { describe, expect, it } from "vitest";
import { railwayLines } from "../../../../../server/extract/entities/railway-lines";
import { sectionEnds } from "../../../../../server/extract/entities/section-ends";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule section-ends", () => {
  it("reads unseen ends of a named line's section as cities", () => {
    const ms = mentionsBy([railwayLines, sectionEnds], "南宁至凭祥铁路（甲村至乙镇段）开工。");
    expect(ms).toEqual(expect.arrayContaining(["City:甲村@甲村", "City:乙镇@乙镇"]));
  });

  it("needs a named line, and leaves stations and borders", () => {
    expect(mentionsBy([sectionEnds], "某某高速甲村至乙镇段扩容。", false)).toEqual([]);
    const ms = mentionsBy([railwayLines, sectionEnds], "南宁至凭祥铁路甲村站至湘桂界段开工。");
    expect(ms.filter((m) => m.includes("甲村") || m.includes("湘桂界"))).toEqual([]);
  });

  it("reads no verb or adverb as an end (finding 1)", () => {
    for (const text of ["南宁至凭祥铁路已延长到甲村段。", "南宁至凭祥铁路正在修建至乙镇段。"]) {
      const ms = mentionsBy([railwayLines, sectionEnds], text);
      expect(ms.filter((m) => /已|修建|正在/.test(m))).toEqual([]);
    }
  });
});
