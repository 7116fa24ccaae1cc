import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";

const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("subject choice of the relation rules (relations/context.ts)", () => {
  it("keeps the subject that opens serial clauses, not an object of an earlier clause", () => {
    const text =
      "目前江西已出台专项措施，设计“南昌+赣州+九江”片区布局，推动RCEP国际合作产业园等平台建设，力图将航空装备、电子信息等产业纳入国际产业链。";
    const g = extractDocument("serial.txt", text);
    expect(has(g, "FOCUSES_ON:Province:江西省->Industry:电子信息")).toBe(true);
    expect(has(g, "FOCUSES_ON:City:九江->Industry:电子信息")).toBe(false);
    expect(node(g, "DevZone:RCEP国际合作产业园")).toBe(true);
    expect(has(g, "HAS_PLATFORM:Province:江西省->DevZone:RCEP国际合作产业园")).toBe(true);
    expect(has(g, "ALIGNS_WITH:Province:江西省->Agreement:区域全面经济伙伴关系协定")).toBe(true);
    quotesOk(g, text);
  });

  it("takes the speaker of reported speech (X表示，…) as its subject, for every rule", () => {
    const said =
      "湖南自贸试验区挂牌五年，开放水平不断提升。某物流企业总经理表示，重点发展冷链物流和跨境电商。";
    const g = extractDocument("speech.txt", said);
    expect(has(g, "FOCUSES_ON:FreeTradeZone:中国（湖南）自由贸易试验区->Industry:冷链物流")).toBe(false);
    // a subject named after the speech verb, inside what is said, still counts
    const named = "湖南自贸试验区挂牌五年。某物流企业总经理表示，湖南自贸试验区将重点发展冷链物流。";
    const h = extractDocument("speech-named.txt", named);
    expect(has(h, "FOCUSES_ON:FreeTradeZone:中国（湖南）自由贸易试验区->Industry:冷链物流")).toBe(true);
    quotesOk(h, named);
  });
});
