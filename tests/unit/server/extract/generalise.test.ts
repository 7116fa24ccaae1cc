import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../support/extracted";

// Invented sentences (not taken from the corpus) for the rules of the generalisation round.
const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("generalisation rules on unseen sentences", () => {
  it("gives APPLIES_FOR only when the trigger governs the zone", () => {
    const text =
      "商务部的清单包括创建跨境结算新机制（陕西自贸试验区）、创建人才服务中心（河南自贸试验区）等。" +
      "吉林省提出积极申建中国（吉林）自由贸易试验区。";
    const g = extractDocument("apply.txt", text);
    expect(has(g, "APPLIES_FOR:Province:陕西省->FreeTradeZone:中国（陕西）自由贸易试验区")).toBe(false);
    expect(has(g, "APPLIES_FOR:Province:河南省->FreeTradeZone:中国（河南）自由贸易试验区")).toBe(false);
    expect(has(g, "APPLIES_FOR:Province:吉林省->FreeTradeZone:中国（吉林）自由贸易试验区")).toBe(true);
    quotesOk(g, text);
  });

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

  it("names the zones of an establishment list and locates them", () => {
    const text = "2019年，国务院批准在江苏、河北和云南设立自贸试验区。";
    const g = extractDocument("batch.txt", text);
    for (const [p, prov] of [
      ["江苏", "江苏省"],
      ["河北", "河北省"],
      ["云南", "云南省"],
    ]) {
      const z = `FreeTradeZone:中国（${p}）自由贸易试验区`;
      expect(node(g, z), p).toBe(true);
      expect(has(g, `LOCATED_IN:${z}->Province:${prov}`), p).toBe(true);
    }
    quotesOk(g, text);
  });

  it("locates cities before a bracketed province and links coordinated zones to a partner", () => {
    const text =
      "开放始于在厦门、泉州（福建省）设立的试点。云南和广西自贸试验区积极推动与老挝和越南开展跨境产业合作。";
    const g = extractDocument("loc.txt", text);
    expect(has(g, "LOCATED_IN:City:厦门->Province:福建省")).toBe(true);
    expect(has(g, "LOCATED_IN:City:泉州->Province:福建省")).toBe(true);
    for (const z of ["云南", "广西"])
      for (const c of ["老挝", "越南"])
        expect(
          has(g, `COOPERATES_WITH:FreeTradeZone:中国（${z}）自由贸易试验区->Country:${c}`),
          `${z} ${c}`,
        ).toBe(true);
    quotesOk(g, text);
  });
});
