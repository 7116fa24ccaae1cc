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
});
