import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const has = hasEdge;
const quotesOk = expectQuotesAtOffsets;

describe("relation rule fields-before-places", () => {
  it("gives fields named before the places to every place supported", () => {
    const text =
      "在集成电路、工业软件等新一代信息技术领域，重点支持南京、无锡等；在生物医药领域，重点支持苏州。";
    const g = extractDocument("fields.txt", text);
    for (const c of ["南京", "无锡"])
      for (const i of ["集成电路", "工业软件"])
        expect(has(g, `FOCUSES_ON:City:${c}->Industry:${i}`), c + i).toBe(true);
    expect(has(g, "FOCUSES_ON:City:苏州->Industry:生物医药")).toBe(true);
    expect(has(g, "FOCUSES_ON:City:苏州->Industry:集成电路")).toBe(false);
    quotesOk(g, text);
  });
});
