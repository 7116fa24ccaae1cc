import { describe, expect, it } from "vitest";
import { departments } from "../../../../../server/extract/entities/departments";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasNode } from "../../../../support/extracted";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("entity rule departments", () => {
  it("reads departments of a catalogued body", () => {
    expect(mentionsBy([departments], "国务院办公厅印发通知，商务部外资司负责解读。")).toEqual([
      "Organization:国务院办公厅@国务院办公厅",
      "Organization:商务部外资司@商务部外资司",
    ]);
  });

  it("finds departments of a catalogued body and newspapers", () => {
    const text =
      "据商务部对外投资和经济合作司统计，《国务院办公厅关于促进外贸的意见》提出…。英国《经济学人周刊》与 Wired杂志均有报道。";
    const g = extractDocument("bodies2.txt", text);
    for (const o of ["商务部对外投资和经济合作司", "商务部", "国务院办公厅", "经济学人周刊", "Wired杂志"])
      expect(node(g, `Organization:${o}`), o).toBe(true);
    quotesOk(g, text);
  });
});
