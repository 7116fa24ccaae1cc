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
    // 省商务厅 alone is elliptical (release 28): not the province's body
    expect(node(g, "Organization:甘肃省商务厅")).toBe(false);
    expect(node(g, "DevZone:杰贝·阿里自由贸易区")).toBe(true);
    expect(node(g, "Organization:黄河中游自由贸易试验区联盟")).toBe(true);
    // only proposed: not asserted as an existing body
    expect(node(g, "Organization:西北自由贸易试验区联盟")).toBe(false);
    for (const p of ["山西省", "陕西省", "河南省"]) expect(node(g, `Province:${p}`), p).toBe(true);
    quotesOk(g, text);
  });
});

describe("party and government bodies of a region named without it", () => {
  it("gives 自治区党委、政府 to the region named before, also through its zone, but not a bare 省委 or 省政府", () => {
    const text =
      "中国（宁夏）自由贸易试验区稳步推进。这项工作由自治区党委、政府部署给银川。" +
      "江西省加快开放。省委主要负责同志出席，项目获省政府批复。";
    const g = extractDocument("bodies2.txt", text);
    expect(node(g, "Organization:宁夏回族自治区党委")).toBe(true);
    expect(node(g, "Organization:宁夏回族自治区人民政府")).toBe(true);
    expect(node(g, "Organization:江西省委")).toBe(false);
    expect(node(g, "Organization:江西省人民政府")).toBe(false);
    quotesOk(g, text);
  });

  it("reads a province's body written without it only where the passage writes its full name (release 28)", () => {
    const full = "湖北省发展改革委发布规划，省发展改革委将牵头推进。";
    const g = extractDocument("bodies5.txt", full);
    expect(node(g, "Organization:湖北省发展改革委")).toBe(true);
    quotesOk(g, full);
    for (const text of [
      "湖北省推进物流枢纽建设。省发展改革委有关负责人介绍了情况。",
      "四川省召开会议，省委书记出席，省商务厅通报数据。",
      "浙江省港口发展迅速。省政府口岸办负责协调。",
    ]) {
      const h = extractDocument("bodies6.txt", text);
      expect(
        h.nodes.filter((n) => n.id.startsWith("Organization:")).map((n) => n.id),
        text,
      ).toEqual([]);
    }
  });

  it("leaves a bare 市委/市政府 alone (it is usually the city's own)", () => {
    const g = extractDocument("bodies3.txt", "上海市推进改革。市政府召开会议。");
    expect(node(g, "Organization:上海市人民政府")).toBe(false);
  });

  it("reads a bare region body after 按照 (按照自治区党委部署)", () => {
    const text = "中国（宁夏）自由贸易试验区今天揭牌。各部门按照自治区党委部署推进工作。";
    const g = extractDocument("bodies4.txt", text);
    expect(node(g, "Organization:宁夏回族自治区党委")).toBe(true);
    quotesOk(g, text);
  });
});
