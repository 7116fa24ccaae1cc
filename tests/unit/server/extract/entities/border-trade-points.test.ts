import { describe, expect, it } from "vitest";
import { borderTradePoints } from "../../../../../server/extract/entities/border-trade-points";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule border-trade-points", () => {
  it("reads a named border trade point, not the generic one", () => {
    const found = mentionsBy([borderTradePoints], "东兴的浦寨互市点交易活跃，该互市点增加。");
    expect(found).toContain("DevZone:浦寨互市点@浦寨互市点");
    expect(found).not.toContain("DevZone:该互市点@该互市点");
  });
});
