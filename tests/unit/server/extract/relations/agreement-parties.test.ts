import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { agreementParties } from "../../../../../server/extract/relations/agreement-parties";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("relation rule agreement-parties", () => {
  it("aligns both parties of a signed bilateral agreement", () => {
    expect(
      relationsBy([agreementParties], "《中国-新西兰自由贸易协定》签署以来，双边贸易快速增长。"),
    ).toEqual([
      "ALIGNS_WITH:Country:中国->Agreement:中国-新西兰自由贸易协定",
      "ALIGNS_WITH:Country:新西兰->Agreement:中国-新西兰自由贸易协定",
    ]);
  });

  it("gives ALIGNS_WITH to the parties of a signed agreement, also those named by abbreviations", () => {
    const text =
      "加拿大通过签署《美墨加协定》巩固北美市场，而智利则通过参与《DEPA》探索数字规则。德国对欧盟规则的讨论不算加入协定。";
    const g = extractDocument("parties.txt", text);
    for (const c of ["美国", "墨西哥", "加拿大"])
      expect(has(g, `ALIGNS_WITH:Country:${c}->Agreement:美墨加协定`), c).toBe(true);
    expect(has(g, "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定")).toBe(true);
    expect(node(g, "Country:墨西哥")).toBe(true);
    quotesOk(g, text);
  });
});
