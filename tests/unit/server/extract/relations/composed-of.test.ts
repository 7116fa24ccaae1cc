import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { composedOf } from "../../../../../server/extract/relations/composed-of";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule composed-of", () => {
  it("aligns every party of an agreement made up of the countries listed after 由 (…组成)", () => {
    expect(
      relationsBy(
        [composedOf],
        "RCEP由东盟10国及中国、日本、韩国、澳洲、新西兰（即10+5）组成，旨在降低关税。",
      ),
    ).toEqual([
      "ALIGNS_WITH:Country:东盟->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:中国->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:日本->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:韩国->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:澳大利亚->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:新西兰->Agreement:区域全面经济伙伴关系协定",
    ]);
    expect(relationsBy([composedOf], "DEPA由新加坡、智利和新西兰共同发起。")).toEqual([
      "ALIGNS_WITH:Country:新加坡->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:新西兰->Agreement:数字经济伙伴关系协定",
    ]);
  });

  it("reads an adverb of contrast or origin between the agreement and 由 (X则由…, X最初由…)", () => {
    expect(
      relationsBy([composedOf], "相比之下，DEPA则由新加坡、智利和新西兰共同发起，规则更为灵活。"),
    ).toEqual([
      "ALIGNS_WITH:Country:新加坡->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:新西兰->Agreement:数字经济伙伴关系协定",
    ]);
    expect(relationsBy([composedOf], "RCEP此后由中国海关组成专班推进。")).toEqual([]);
  });

  it("reads the list when its first party is not a recognised name (某某10国及A、B组成)", () => {
    expect(relationsBy([composedOf], "该协定即RCEP由亚细安10国及中国、韩国组成。")).toEqual([
      "ALIGNS_WITH:Country:中国->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:韩国->Agreement:区域全面经济伙伴关系协定",
    ]);
  });

  it("gives nothing when 由 names who carries it out, or the list is not closed by composition", () => {
    expect(relationsBy([composedOf], "RCEP由中国海关负责实施。")).toEqual([]);
    expect(relationsBy([composedOf], "RCEP由日本提出修改意见。")).toEqual([]);
  });

  it("records no stage and quotes the agreement with the whole list", () => {
    const text = "RCEP由东盟及中国、韩国组成。";
    const g = extractDocument("composed.txt", text);
    const e = g.edges.find((x) => x.type === "ALIGNS_WITH" && x.source === "Country:韩国");
    expect(e?.properties.stage).toBeUndefined();
    expect(e?.evidence[0]?.quote).toBe("RCEP由东盟及中国、韩国组成");
    expectQuotesAtOffsets(g, text);
  });
  it("gives nothing to members listed before the agreement (由A、B组成的X: X may modify a noun)", () => {
    expect(relationsBy([composedOf], "由中国、日本、韩国组成的RCEP原产地规则培训团抵达。")).toEqual([]);
    expect(relationsBy([composedOf], "由新加坡和智利共同组建的DEPA工作组召开会议。")).toEqual([]);
  });
});
