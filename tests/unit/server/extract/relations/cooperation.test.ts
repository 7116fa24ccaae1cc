import { describe, expect, it } from "vitest";
import { cooperation } from "../../../../../server/extract/relations/cooperation";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule cooperation", () => {
  it("reads cooperation after 与…合作", () => {
    expect(relationsBy([cooperation], "广西自贸试验区深化与越南的经贸合作。")).toEqual([
      "COOPERATES_WITH:FreeTradeZone:中国（广西）自由贸易试验区->Country:越南",
    ]);
  });

  it("reads opening towards a list of countries", () => {
    expect(relationsBy([cooperation], "云南面向老挝和缅甸开放。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Country:老挝",
      "COOPERATES_WITH:Province:云南省->Country:缅甸",
    ]);
  });
});
