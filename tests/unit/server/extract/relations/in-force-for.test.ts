import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { inForceFor } from "../../../../../server/extract/relations/in-force-for";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

const RCEP = "Agreement:区域全面经济伙伴关系协定";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule in-force-for", () => {
  it("makes each country an agreement enters into force for a member, stage in_force", () => {
    expect(relationsBy([inForceFor], "RCEP于今年3月对缅甸正式生效。")).toEqual([
      `ALIGNS_WITH:Country:缅甸->${RCEP}`,
    ]);
    expect(relationsBy([inForceFor], "RCEP已对老挝、柬埔寨和泰国等6国全面实施。")).toEqual([
      `ALIGNS_WITH:Country:老挝->${RCEP}`,
      `ALIGNS_WITH:Country:柬埔寨->${RCEP}`,
      `ALIGNS_WITH:Country:泰国->${RCEP}`,
    ]);
    const text = "RCEP于今年3月对缅甸正式生效。";
    const g = extractDocument("in-force.txt", text);
    const e = g.edges.find((x) => x.type === "ALIGNS_WITH" && x.source === "Country:缅甸");
    expect(e?.properties.stage).toBe("in_force");
    expect(e?.evidence[0]?.quote).toBe("RCEP于今年3月对缅甸正式生效");
    expectQuotesAtOffsets(g, text);
  });

  it("gives nothing when it has not entered into force, or for what it does to a country", () => {
    expect(relationsBy([inForceFor], "RCEP对缅甸尚未生效。")).toEqual([]);
    expect(relationsBy([inForceFor], "RCEP对缅甸的出口影响很大，已于去年生效。")).toEqual([]);
    expect(relationsBy([inForceFor], "RCEP在日本引起广泛讨论。")).toEqual([]);
  });

  it("reads a list closed by N国 without 等, and later clauses that go on with the same agreement", () => {
    expect(
      relationsBy(
        [inForceFor],
        "RCEP自今年起对泰国、越南和日本3国生效，6月1日起对韩国生效，随后对缅甸生效。",
      ),
    ).toEqual([
      `ALIGNS_WITH:Country:泰国->${RCEP}`,
      `ALIGNS_WITH:Country:越南->${RCEP}`,
      `ALIGNS_WITH:Country:日本->${RCEP}`,
      `ALIGNS_WITH:Country:韩国->${RCEP}`,
      `ALIGNS_WITH:Country:缅甸->${RCEP}`,
    ]);
    // a later clause about something else, or about another agreement, adds nothing
    expect(relationsBy([inForceFor], "RCEP已对泰国生效，对韩国的出口增长很快。")).toEqual([
      `ALIGNS_WITH:Country:泰国->${RCEP}`,
    ]);
    expect(relationsBy([inForceFor], "RCEP已对泰国生效，CPTPP对韩国尚未生效。")).toEqual([
      `ALIGNS_WITH:Country:泰国->${RCEP}`,
    ]);
  });
});
