import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../server/extract/index";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../support/extracted";

const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("table rows of PDF-extracted reports", () => {
  it("reads an area table whose header starts with 片区 (PDF rows broken over lines)", () => {
    // long lines without final punctuation make the text look PDF-extracted, as such tables are
    const text = [
      "表中列出了广西自贸试验区各片区的面积和主要产业，数据来自总体方案的附件材料，供读者比较参考",
      "片区  面积（km²）  主要产业",
      "南宁片区  46.8  现代金融、智慧物流、数字",
      "经济、文化传媒",
      "崇左片区  15.0  跨境电商、跨境物流、跨境",
      "金融、跨境旅游",
      "资料来源：根据总体方案整理。",
      "（二）开放通道",
      "南宁片区的建设正在加快推进，面向东盟的开放合作平台不断完善，各项改革试点稳步推进落实",
    ].join("\n");
    const g = extractDocument("areas.txt", text);
    for (const i of ["现代金融", "智慧物流", "数字经济", "文化传媒"])
      expect(has(g, `FOCUSES_ON:Area:南宁片区->Industry:${i}`), i).toBe(true);
    expect(has(g, "FOCUSES_ON:Area:崇左片区->Industry:跨境旅游")).toBe(true);
    expect(has(g, "FOCUSES_ON:Area:南宁片区->Industry:跨境旅游")).toBe(false);
    quotesOk(g, text);
  });

  it("reads every sector of a zone table's focus cell, dropping role heads", () => {
    // a PDF-extracted table row is rejoined into one passage; here the row is one line
    const text = [
      "表 1  自贸试验区汇总表",
      "中国（江西）自由贸易试验区 2026年4月1日 国际航运中心；生物医药、先进制造业；物流枢纽和金融中心：南昌片区；新材料和医疗器械基地：赣州片区；两个片区（南昌片区、赣州片区）。",
      "数据来源：作者整理",
    ].join("\n");
    const g = extractDocument("table.txt", text);
    expect(has(g, "FOCUSES_ON:Area:南昌片区->Industry:物流")).toBe(true);
    expect(has(g, "FOCUSES_ON:Area:南昌片区->Industry:金融")).toBe(true);
    expect(has(g, "FOCUSES_ON:Area:赣州片区->Industry:医疗器械")).toBe(true);
    expect(node(g, "Industry:物流枢纽")).toBe(false);
    // the cells before the first "focus：area" cell are the zone's own
    const zone = "FreeTradeZone:中国（江西）自由贸易试验区";
    for (const i of ["国际航运", "生物医药", "先进制造业"])
      expect(has(g, `FOCUSES_ON:${zone}->Industry:${i}`), i).toBe(true);
    expect(has(g, `FOCUSES_ON:${zone}->Industry:医疗器械`)).toBe(false);
    quotesOk(g, text);
  });
});
