import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";

// Invented sentences; relations as "TYPE:source->target".
describe("relation rule sectors-before-zone", () => {
  it("gives the sectors of projects settling in an area to the area", () => {
    const text = "包括集成电路、融资租赁等20多个外资项目昨日签约落户临港新片区，总投资超过30亿元。";
    const g = extractDocument("settle.txt", text);
    for (const i of ["集成电路", "融资租赁"])
      expect(hasEdge(g, `FOCUSES_ON:Area:临港新片区->Industry:${i}`), i).toBe(true);
    expectQuotesAtOffsets(g, text);
  });

  it("gives a sector that becomes an area's role (成为…的重要支撑) to the area", () => {
    const g = extractDocument("role.txt", "生物医药产业正在成为南沙片区发展的重要支撑。");
    expect(hasEdge(g, "FOCUSES_ON:Area:广州南沙新区片区->Industry:生物医药")).toBe(true);
  });

  it("gives nothing when another place comes between, or when no role follows 成为", () => {
    const g1 = extractDocument("between.txt", "苏州企业生产的生物医药项目落户临港新片区。");
    expect(hasEdge(g1, "FOCUSES_ON:Area:临港新片区->Industry:生物医药")).toBe(false);
    const g2 = extractDocument("norole.txt", "跨境电商交易额增长，南沙片区成为试点。");
    expect(hasEdge(g2, "FOCUSES_ON:Area:广州南沙新区片区->Industry:跨境电商")).toBe(false);
  });
});
