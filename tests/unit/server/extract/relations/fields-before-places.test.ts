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

  it("gives the sectors of a topic (在…产业方面，) to the zone or area opening the next clause, and only to it", () => {
    const text = "在新能源汽车和生物医药产业方面，南京片区新建两个公共服务平台。";
    const g = extractDocument("topic.txt", text, {});
    for (const i of ["新能源汽车", "生物医药"])
      expect(has(g, `FOCUSES_ON:Area:南京片区->Industry:${i}`), i).toBe(true);
    quotesOk(g, text);
    // (the carried subject of a heading does not take them)
    const h = extractDocument("topic.txt", `江苏自贸试验区建设提速\n\n${text}`, {});
    expect(has(h, "FOCUSES_ON:FreeTradeZone:中国（江苏）自由贸易试验区->Industry:生物医药")).toBe(false);
    // (a topic that is no list of sectors, or a clause opened by anything else, gives nothing)
    expect(
      extractDocument("topic.txt", "在提升跨境电商服务能级方面，南京片区新建平台。", {}).edges.filter(
        (e) => e.type === "FOCUSES_ON",
      ),
    ).toEqual([]);
    expect(
      extractDocument("topic.txt", "在生物医药产业方面，记者了解到南京片区新建平台。", {}).edges.filter(
        (e) => e.type === "FOCUSES_ON",
      ),
    ).toEqual([]);
  });
});
