import { describe, expect, it } from "vitest";
import { chinaPair } from "../../../../../server/extract/relations/china-pair";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule china-pair", () => {
  it("makes China deal with the partners of a 中+abbreviation compound of trade (中老边贸, 中俄蒙贸易)", () => {
    expect(relationsBy([chinaPair], "新口岸开通后将带动中老边贸快速增长。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:老挝",
    ]);
    expect(relationsBy([chinaPair], "去年中俄蒙贸易持续增长。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:俄罗斯",
      "COOPERATES_WITH:Country:中国->Country:蒙古国",
    ]);
  });

  it("gives nothing inside a name or without a word of trade", () => {
    expect(relationsBy([chinaPair], "中欧班列贸易通道更加畅通。")).toEqual([]);
    expect(relationsBy([chinaPair], "中老两国山水相连。")).toEqual([]);
  });
});
