import { describe, expect, it } from "vitest";
import { locativeFrame } from "../../../../../server/extract/relations/locative-frame";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule locative-frame", () => {
  it("puts the place a service starts from on it", () => {
    expect(relationsBy([locativeFrame], "在霍尔果斯口岸，一列中欧班列鸣笛启程。")).toEqual([
      "ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列",
    ]);
  });
});
