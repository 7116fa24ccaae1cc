import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { hasEdge } from "../../../../support/extracted";

// Invented paragraphs: 相关措施 refers to the agreement of the previous sentence of the paragraph.
describe("relation rule related-measures (discourse)", () => {
  const zone = "FreeTradeZone:中国（江西）自由贸易试验区";
  const rcep = "Agreement:区域全面经济伙伴关系协定";

  it("aligns the zones that pilot the measures with the previous sentence's agreement, quoting both", () => {
    const text = "RCEP生效后区域贸易增长。江西自贸试验区率先实施相关措施。";
    const g = extractDocument("measures.txt", text);
    const e = g.edges.find((x) => x.id === `ALIGNS_WITH:${zone}->${rcep}`);
    expect(e?.evidence.length).toBe(2);
    expect(e?.evidence.map((x) => x.quote)).toContain("RCEP");
  });

  it("does not reach into another paragraph", () => {
    const g = extractDocument(
      "measures2.txt",
      "RCEP生效后区域贸易增长。\n\n江西自贸试验区率先实施相关措施。",
    );
    expect(hasEdge(g, `ALIGNS_WITH:${zone}->${rcep}`)).toBe(false);
  });
});
