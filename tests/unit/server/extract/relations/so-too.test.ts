import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { hasEdge } from "../../../../support/extracted";

// Invented paragraphs: a 如此-sentence takes the industries of the previous sentence.
describe("relation rule so-too (discourse)", () => {
  it("gives the previous sentence's industries to the zones of a 如此-sentence", () => {
    const text = "多地重点发展生物医药产业。江西、湖南等地的自贸试验区尤其如此。";
    const g = extractDocument("so.txt", text);
    expect(hasEdge(g, "FOCUSES_ON:FreeTradeZone:中国（江西）自由贸易试验区->Industry:生物医药")).toBe(true);
    expect(hasEdge(g, "FOCUSES_ON:FreeTradeZone:中国（湖南）自由贸易试验区->Industry:生物医药")).toBe(true);
  });

  it("needs the same paragraph", () => {
    const g = extractDocument(
      "so2.txt",
      "多地重点发展生物医药产业。\n\n江西、湖南等地的自贸试验区尤其如此。",
    );
    expect(hasEdge(g, "FOCUSES_ON:FreeTradeZone:中国（江西）自由贸易试验区->Industry:生物医药")).toBe(false);
  });
});
