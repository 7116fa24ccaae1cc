import { describe, expect, it } from "vitest";
import { jointWith } from "../../../../../server/extract/relations/joint-with";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("pair lists (pair-lists.ts)", () => {
  it("keeps joint-with from reading the later pairs as partners of the first side", () => {
    const text = "会上，江苏省南京市与德国汉堡市、浙江省宁波市与法国马赛市等签署建立友好城市关系协议书。";
    expect(relationsBy([jointWith], text)).toEqual([]);
  });

  it("reads a pair list whose foreign side names a first-level division after its country (蒙古国北方省)", () => {
    const text =
      "会上，四川省成都市与法国罗讷大区里昂市、湖北省武汉市与蒙古国北方省、河南省郑州市与老挝沙湾省凯山县等签署友好城市协议。";
    const rels = relationsBy([jointWith], text);
    expect(rels).not.toContain("COOPERATES_WITH:City:成都->City:武汉");
    expect(rels).not.toContain("COOPERATES_WITH:City:成都->Country:蒙古国");
  });
});
