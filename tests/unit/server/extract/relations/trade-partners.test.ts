import { describe, expect, it } from "vitest";
import { tradePartners } from "../../../../../server/extract/relations/trade-partners";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule trade-partners", () => {
  it("reads a trade partner of a named province", () => {
    expect(relationsBy([tradePartners], "东盟已成为广西最大的贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Country:东盟",
    ]);
  });

  it("resolves 该省 to the province named before, also inside a body's name", () => {
    expect(relationsBy([tradePartners], "安徽省商务厅表示，欧盟是该省第二大贸易伙伴。")).toEqual([
      "COOPERATES_WITH:Province:安徽省->Country:欧盟",
    ]);
  });

  it("reads nothing without a partner ranking", () => {
    expect(relationsBy([tradePartners], "欧盟是广西的重要市场。")).toEqual([]);
  });
});
