import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { agreementMembers } from "../../../../../server/extract/relations/agreement-members";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule agreement-members", () => {
  it("aligns the countries listed as members after the agreement", () => {
    expect(
      relationsBy(
        [agreementMembers],
        "《数字经济伙伴关系协定》早已实施，其缔约方为新加坡、智利及新西兰，韩国后来也递交了申请。",
      ),
    ).toEqual([
      "ALIGNS_WITH:Country:新加坡->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:新西兰->Agreement:数字经济伙伴关系协定",
    ]);
  });

  it("records the stage the sentence states and quotes the agreement with the list", () => {
    const text = "RCEP已全面生效，其成员国包括日本、韩国和澳洲。";
    const g = extractDocument("members.txt", text);
    const e = g.edges.find((x) => x.type === "ALIGNS_WITH" && x.source === "Country:澳大利亚");
    expect(e?.properties.stage).toBe("in_force");
    expect(e?.evidence[0]?.quote).toBe("RCEP已全面生效，其成员国包括日本、韩国和澳洲");
    expectQuotesAtOffsets(g, text);
  });

  it("lists the members of the clause chain's topic, not of an agreement inside a modifier of an earlier clause", () => {
    expect(
      relationsBy(
        [agreementMembers],
        "DEPA最早由几个小国倡议，常被拿来与东盟推动的RCEP比较，现有成员国包括智利和新西兰。",
      ),
    ).toEqual([
      "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:新西兰->Agreement:数字经济伙伴关系协定",
    ]);
    // (an agreement in the trigger's own clause is still the one listed)
    expect(relationsBy([agreementMembers], "DEPA发展很快，而RCEP的成员国包括越南和老挝。")).toEqual([
      "ALIGNS_WITH:Country:越南->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:老挝->Agreement:区域全面经济伙伴关系协定",
    ]);
  });

  it("gives nothing when the list is not of members", () => {
    expect(relationsBy([agreementMembers], "会议讨论了RCEP，与会的企业包括日本的几家公司。")).toEqual([]);
    expect(relationsBy([agreementMembers], "成员国包括日本和韩国。")).toEqual([]);
  });

  it("reads the examples clause (如/例如) after a list that only names a kind of member", () => {
    expect(
      relationsBy([agreementMembers], "CPTPP的成员国包括多个太平洋经济体，例如越南、马来西亚和智利。"),
    ).toEqual([
      "ALIGNS_WITH:Country:越南->Agreement:全面与进步跨太平洋伙伴关系协定",
      "ALIGNS_WITH:Country:马来西亚->Agreement:全面与进步跨太平洋伙伴关系协定",
      "ALIGNS_WITH:Country:智利->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
    // not a later clause that is no list of examples, nor examples after a list that names members
    expect(relationsBy([agreementMembers], "CPTPP的成员国包括多个太平洋经济体，这对越南很重要。")).toEqual(
      [],
    );
    expect(relationsBy([agreementMembers], "CPTPP的成员国包括日本和加拿大，如越南等国也在考虑。")).toEqual([
      "ALIGNS_WITH:Country:日本->Agreement:全面与进步跨太平洋伙伴关系协定",
      "ALIGNS_WITH:Country:加拿大->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
  });

  it("goes on with the list in a clause opened by 以及 after a comma", () => {
    expect(
      relationsBy([agreementMembers], "DEPA的缔约方包括新加坡和智利等创始成员，以及韩国，各方均表示欢迎。"),
    ).toEqual([
      "ALIGNS_WITH:Country:新加坡->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:韩国->Agreement:数字经济伙伴关系协定",
    ]);
  });

  it("knows every member noun and its copulas (签署国包括, 成员国，分别是, 缔约国还包括)", () => {
    const cptpp = "Agreement:全面与进步跨太平洋伙伴关系协定";
    expect(relationsBy([agreementMembers], "已生效的CPTPP，签署国包括日本、秘鲁及智利等11国。")).toEqual([
      `ALIGNS_WITH:Country:日本->${cptpp}`,
      `ALIGNS_WITH:Country:秘鲁->${cptpp}`,
      `ALIGNS_WITH:Country:智利->${cptpp}`,
    ]);
    expect(relationsBy([agreementMembers], "目前CPTPP有11个成员国，分别是日本、墨西哥和越南。")).toEqual([
      `ALIGNS_WITH:Country:日本->${cptpp}`,
      `ALIGNS_WITH:Country:墨西哥->${cptpp}`,
      `ALIGNS_WITH:Country:越南->${cptpp}`,
    ]);
    expect(relationsBy([agreementMembers], "CPTPP的缔约国还包括文莱和马来西亚。")).toEqual([
      `ALIGNS_WITH:Country:文莱->${cptpp}`,
      `ALIGNS_WITH:Country:马来西亚->${cptpp}`,
    ]);
  });

  it("reads no list after a member noun that starts another phrase (缔约国有权, 成员国有望)", () => {
    expect(relationsBy([agreementMembers], "根据CPTPP，缔约国有权对日本和越南的产品采取措施。")).toEqual([]);
    expect(relationsBy([agreementMembers], "随着RCEP生效，成员国有望扩大对日本、韩国的出口。")).toEqual([]);
  });

  it("takes the agreement of the previous sentence for 该协定/协定 right before the member noun", () => {
    const text = "RCEP于2022年正式生效。除东盟外，该协定成员国包括日本、韩国和新西兰。";
    expect(relationsBy([agreementMembers], text)).toEqual([
      "ALIGNS_WITH:Country:日本->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:韩国->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:新西兰->Agreement:区域全面经济伙伴关系协定",
    ]);
    expectQuotesAtOffsets(extractDocument("anaphor.txt", text), text);
    // no anaphor word: the members of something else (东盟现有成员国包括…), and no agreement two sentences back
    expect(relationsBy([agreementMembers], "RCEP已生效。东盟成员国包括泰国和越南。")).toEqual([]);
    expect(relationsBy([agreementMembers], "RCEP已生效。各方反应积极。该协定成员国包括日本和韩国。")).toEqual(
      [],
    );
  });
});
