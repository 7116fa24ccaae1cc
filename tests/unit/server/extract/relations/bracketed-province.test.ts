import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { bracketedProvince } from "../../../../../server/extract/relations/bracketed-province";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const has = hasEdge;
const quotesOk = expectQuotesAtOffsets;

describe("relation rule bracketed-province", () => {
  it("locates every city of a list in the bracketed province after it", () => {
    expect(relationsBy([bracketedProvince], "深圳、珠海（广东省）和厦门（福建省）设立经济特区。")).toEqual([
      "LOCATED_IN:City:珠海->Province:广东省",
      "LOCATED_IN:City:深圳->Province:广东省",
      "LOCATED_IN:City:厦门->Province:福建省",
    ]);
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
