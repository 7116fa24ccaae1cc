import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { appliesFor } from "../../../../../server/extract/relations/applies-for";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const has = hasEdge;
const quotesOk = expectQuotesAtOffsets;

describe("relation rule applies-for", () => {
  it("gives APPLIES_FOR when the trigger governs the zone", () => {
    expect(relationsBy([appliesFor], "甘肃积极申建中国（甘肃）自由贸易试验区。")).toEqual([
      "APPLIES_FOR:Province:甘肃省->FreeTradeZone:中国（甘肃）自由贸易试验区",
    ]);
  });

  it("reads nothing when the trigger governs something else", () => {
    expect(relationsBy([appliesFor], "创建知识产权保护新机制（浙江自贸试验区）。")).toEqual([]);
  });

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

  it("quotes the trigger with the zone", () => {
    const text = "甘肃积极申建中国（甘肃）自由贸易试验区。";
    const g = extractDocument("apply-quote.txt", text);
    const e = g.edges.find(
      (x) => x.id === "APPLIES_FOR:Province:甘肃省->FreeTradeZone:中国（甘肃）自由贸易试验区",
    );
    expect(e?.evidence[0]?.quote).toBe("甘肃积极申建中国（甘肃）自由贸易试验区");
  });
});
