import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { reachCompound } from "../../../../../server/extract/relations/reach-compound";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule reach-compound", () => {
  it("makes the subject reach each member of a compound after 辐射/服务/面向", () => {
    expect(relationsBy([reachCompound], "重庆自贸试验区将打造辐射滇黔的物流门户。")).toEqual([
      "COOPERATES_WITH:FreeTradeZone:中国（重庆）自由贸易试验区->Province:云南省",
      "COOPERATES_WITH:FreeTradeZone:中国（重庆）自由贸易试验区->Province:贵州省",
    ]);
    expect(relationsBy([reachCompound], "湖南省将主动服务粤桂，扩大开放。")).toEqual([
      "COOPERATES_WITH:Province:湖南省->Province:广东省",
      "COOPERATES_WITH:Province:湖南省->Province:广西壮族自治区",
    ]);
    expect(relationsBy([reachCompound], "云南自贸试验区将服务中越跨境合作。")).toEqual([
      "COOPERATES_WITH:FreeTradeZone:中国（云南）自由贸易试验区->Country:越南",
    ]);
  });

  it("gives nothing for a region named by the compound, one holding the subject's province, or one character", () => {
    expect(relationsBy([reachCompound], "湖南省将服务粤港澳大湾区建设。")).toEqual([]);
    expect(relationsBy([reachCompound], "广东省积极对接粤港澳，形成合力。")).toEqual([]);
    expect(relationsBy([reachCompound], "四川省积极服务全川发展。")).toEqual([]);
    expect(relationsBy([reachCompound], "湖南省将服务湘湘两地。")).toEqual([]);
  });

  it("quotes the subject, the verb and the compound", () => {
    const text = "湖南省将主动服务粤桂，扩大开放。";
    const g = extractDocument("reach.txt", text);
    const e = g.edges.find((x) => x.type === "COOPERATES_WITH" && x.target === "Province:广东省");
    expect(e?.evidence[0]?.quote).toBe("湖南省将主动服务粤桂");
    expectQuotesAtOffsets(g, text);
  });
});
