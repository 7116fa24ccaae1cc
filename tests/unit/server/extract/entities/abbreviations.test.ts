import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";

const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("members named by one-character abbreviations", () => {
  it("province pairs, services with operators in brackets, bracketed places inside names", () => {
    const text =
      "川渝两地推动中欧班列（成渝）扩容。重庆自贸试验区依托中新（重庆）战略性互联互通示范项目，与新加坡深化金融合作。";
    const g = extractDocument("pairs.txt", text);
    expect(node(g, "Province:四川省")).toBe(true);
    expect(node(g, "Corridor:中欧班列（成渝）")).toBe(true);
    expect(has(g, "COOPERATES_WITH:FreeTradeZone:中国（重庆）自由贸易试验区->Country:新加坡")).toBe(true);
    expect(has(g, "COOPERATES_WITH:Province:重庆市->Country:新加坡")).toBe(false);
    quotesOk(g, text);
  });
});
