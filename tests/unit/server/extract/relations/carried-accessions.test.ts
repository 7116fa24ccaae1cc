import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";

// Invented paragraphs: a sentence with no agreement of its own whose parties join by an act with no
// object joins the agreement of the previous sentence of the paragraph.
describe("relation rule carried-accessions (discourse)", () => {
  const cptpp = "Agreement:全面与进步跨太平洋伙伴关系协定";

  it("aligns the parties of the act with the previous sentence's agreement, with the act's stage", () => {
    const text = "CPTPP目前有12个成员。秘鲁以外，厄瓜多尔、台湾和乌拉圭也都已申请加入。";
    const g = extractDocument("carried.txt", text);
    for (const p of ["Country:厄瓜多尔", "Province:台湾省", "Country:乌拉圭"]) {
      const e = g.edges.find((x) => x.id === `ALIGNS_WITH:${p}->${cptpp}`);
      expect(e?.properties.stage).toBe("applied");
      expect(e?.evidence.map((x) => x.quote)).toContain("CPTPP");
    }
    expectQuotesAtOffsets(g, text);
    // a pending request is an application too
    const g2 = extractDocument("pending.txt", "CPTPP目前有12个成员。哥斯达黎加和乌克兰有待加入的请求。");
    expect(g2.edges.find((x) => x.id === `ALIGNS_WITH:Country:乌克兰->${cptpp}`)?.properties.stage).toBe(
      "applied",
    );
  });

  it("gives nothing in another paragraph, in a sentence that names its own agreement, or without the act", () => {
    const ok = (text: string) =>
      hasEdge(extractDocument("none.txt", text), `ALIGNS_WITH:Country:乌拉圭->${cptpp}`);
    expect(ok("CPTPP目前有12个成员。\n\n乌拉圭也已申请加入。")).toBe(false);
    expect(ok("CPTPP目前有12个成员。乌拉圭对此表示欢迎。")).toBe(false);
    expect(ok("CPTPP目前有12个成员。乌拉圭也已申请加入DEPA。")).toBe(false);
  });
});
