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
        "《数字经济伙伴关系协定》于2021年生效，其缔约方为新加坡、智利和新西兰，韩国随后提出申请。",
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

  it("gives nothing when the list is not of members", () => {
    expect(relationsBy([agreementMembers], "会议讨论了RCEP，与会的企业包括日本的几家公司。")).toEqual([]);
    expect(relationsBy([agreementMembers], "成员国包括日本和韩国。")).toEqual([]);
  });
});
