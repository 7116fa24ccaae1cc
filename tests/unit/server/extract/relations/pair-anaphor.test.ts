import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";

// Invented paragraphs: 两国/双方 opening a clause stands for the two countries of the previous sentence.
describe("relation rule pair-anaphor (discourse)", () => {
  const id = "COOPERATES_WITH:Country:中国->Country:智利";

  it("joins the two countries of the previous sentence when the clause states cooperation", () => {
    const text = "上月智利外长抵达北京，同中国外长举行会谈。两国将进一步扩大农产品贸易。";
    const g = extractDocument("pair.txt", text);
    const e = g.edges.find((x) => x.id === id);
    expect(e?.evidence.map((x) => x.quote)).toEqual(
      expect.arrayContaining(["两国将进一步扩大农产品贸易", "智利", "中国"]),
    );
    expectQuotesAtOffsets(g, text);
    const g2 = extractDocument("pair2.txt", "智利代表团访问了中国。目前，双方正在商谈共建物流园区。");
    expect(g2.edges.find((x) => x.id === id)?.evidence.map((x) => x.quote)).toContain(
      "双方正在商谈共建物流园区",
    );
  });

  it("gives nothing across paragraphs, with three countries, without a trigger, or after a named country", () => {
    const ok = (text: string) => hasEdge(extractDocument("none.txt", text), id);
    expect(ok("智利外长访问了中国。\n\n两国将扩大贸易。")).toBe(false);
    expect(ok("智利外长访问了中国和秘鲁。两国将扩大贸易。")).toBe(false);
    expect(ok("智利外长访问了中国。两国天气都很好。")).toBe(false);
    expect(ok("智利外长访问了中国。秘鲁与厄瓜多尔两国将扩大贸易。")).toBe(false);
  });
});
