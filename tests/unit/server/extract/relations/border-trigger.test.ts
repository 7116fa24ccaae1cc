import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { borderTrigger } from "../../../../../server/extract/relations/border-trigger";
import { expectQuotesAtOffsets, hasEdge } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const has = hasEdge;
const quotesOk = expectQuotesAtOffsets;

describe("relation rule border-trigger", () => {
  it("reads a border after 外接", () => {
    expect(relationsBy([borderTrigger], "广西外接越南，区位独特。")).toEqual([
      "BORDERS:Province:广西壮族自治区->Country:越南",
    ]);
  });

  it("reads borders from a quoted description before its subject, a service from a locative frame", () => {
    const text =
      "依托“北连俄蒙、外接俄蒙通欧亚”的区位优势，内蒙古正加快开放。在二连浩特铁路口岸，集装箱有序换装，中欧班列鸣笛启程。";
    const g = extractDocument("frame.txt", text);
    for (const c of ["俄罗斯", "蒙古国"])
      expect(has(g, `BORDERS:Province:内蒙古自治区->Country:${c}`), c).toBe(true);
    expect(has(g, "ON_CORRIDOR:Port:二连浩特铁路口岸->Corridor:中欧班列")).toBe(true);
    quotesOk(g, text);
  });

  it("gives no border to a country across the sea (毗邻日韩): only China's land neighbours", () => {
    expect(relationsBy([borderTrigger], "山东毗邻日韩，开放优势明显。")).toEqual([]);
    expect(relationsBy([borderTrigger], "辽宁毗邻朝鲜和日本，区位独特。")).toEqual([
      "BORDERS:Province:辽宁省->Country:朝鲜",
    ]);
    expect(relationsBy([borderTrigger], "黑龙江省毗邻俄罗斯，区位独特。")).toEqual([
      "BORDERS:Province:黑龙江省->Country:俄罗斯",
    ]);
  });
});
