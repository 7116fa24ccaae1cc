import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasNode } from "../../../../support/extracted";

const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("public bodies named without their region, alliances and foreign free zones", () => {
  it("finds foreign free zones, existing alliances and a region's bodies named without it", () => {
    const text =
      "甘肃省积极对接国际规则。2025年3月省商务厅印发方案，借鉴迪拜的杰贝·阿里自由贸易区经验。" +
      "2021 年晋陕豫共同成立黄河中游自由贸易试验区联盟；下一步可组建西北自由贸易试验区联盟。";
    const g = extractDocument("bodies.txt", text);
    expect(node(g, "Organization:甘肃省商务厅")).toBe(true);
    expect(node(g, "DevZone:杰贝·阿里自由贸易区")).toBe(true);
    expect(node(g, "Organization:黄河中游自由贸易试验区联盟")).toBe(true);
    // only proposed: not asserted as an existing body
    expect(node(g, "Organization:西北自由贸易试验区联盟")).toBe(false);
    for (const p of ["山西省", "陕西省", "河南省"]) expect(node(g, `Province:${p}`), p).toBe(true);
    quotesOk(g, text);
  });
});
