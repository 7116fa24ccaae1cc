import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";

const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("sector lists and X产业 names", () => {
  it("finds industries of a field list and gives them to the named subject", () => {
    const text =
      "重庆自贸试验区聚焦工业软件、低空经济和智能家居等重点领域，在教育、科技等领域深化与东盟的文化交流。";
    const g = extractDocument("ind.txt", text);
    const zone = "FreeTradeZone:中国（重庆）自由贸易试验区";
    for (const i of ["工业软件", "低空经济", "智能家居"]) {
      expect(node(g, `Industry:${i}`), i).toBe(true);
      expect(has(g, `FOCUSES_ON:${zone}->Industry:${i}`), i).toBe(true);
    }
    // fields of cultural cooperation are not sectors
    expect(node(g, "Industry:教育")).toBe(false);
    quotesOk(g, text);
  });

  it("keeps facilities of a field list (a base, a headquarters) out of the sectors", () => {
    const text = "天津自贸试验区聚焦海洋装备、水产育种基地、船企区域总部和邮轮旅游等重点领域。";
    const g = extractDocument("ind2.txt", text);
    expect(node(g, "Industry:海洋装备")).toBe(true);
    expect(node(g, "Industry:邮轮旅游")).toBe(true);
    expect(node(g, "Industry:水产育种基地")).toBe(false);
    expect(node(g, "Industry:船企区域总部")).toBe(false);
    quotesOk(g, text);
  });
});
