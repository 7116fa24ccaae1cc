import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";

const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("zones named through their provinces in establishment lists", () => {
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
});
