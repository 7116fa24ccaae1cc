import { describe, expect, it } from "vitest";
import { borderWith } from "../../../../../server/extract/relations/border-with";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule border-with", () => {
  it("reads every country between 与 and 接壤", () => {
    expect(relationsBy([borderWith], "云南省与缅甸、老挝和越南接壤。")).toEqual([
      "BORDERS:Province:云南省->Country:缅甸",
      "BORDERS:Province:云南省->Country:老挝",
      "BORDERS:Province:云南省->Country:越南",
    ]);
  });

  it("takes the subject of the clause when no province stands right before 与", () => {
    expect(relationsBy([borderWith], "新疆地处向西开放前沿，与哈萨克斯坦、蒙古国接壤。")).toEqual([
      "BORDERS:Province:新疆维吾尔自治区->Country:哈萨克斯坦",
      "BORDERS:Province:新疆维吾尔自治区->Country:蒙古国",
    ]);
    expect(relationsBy([borderWith], "红河州南部与越南接壤。")).toEqual(["BORDERS:City:红河->Country:越南"]);
    expect(relationsBy([borderWith], "中国与俄罗斯接壤。")).toEqual([]);
  });
});
