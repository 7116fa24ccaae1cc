import { describe, expect, it } from "vitest";
import { agreementBodies } from "../../../../../server/extract/entities/agreement-bodies";
import { agreementTitles } from "../../../../../server/extract/entities/agreement-titles";
import { mentionsBy } from "../../../../support/rules";

const orgs = (t: string) =>
  mentionsBy([agreementTitles, agreementBodies], t).filter((m) => m.startsWith("Organization:"));

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule agreement-bodies", () => {
  it("names a body after the agreement's title, or after its short name in brackets", () => {
    expect(orgs("《区域全面经济伙伴关系协定》秘书处召开了专家会议。")).toEqual([
      "Organization:区域全面经济伙伴关系协定秘书处@秘书处",
    ]);
    expect(orgs("根据《东亚货物贸易协定》(EAGT)联合委员会的决定，成员扩大。")).toEqual([
      "Organization:EAGT联合委员会@EAGT)联合委员会",
    ]);
  });

  it("names a body after a Latin short name, leaving a known agreement its own mention", () => {
    const ms = mentionsBy([agreementTitles, agreementBodies], "RCEP联合委员会第二次会议召开。");
    expect(ms).toContain("Organization:RCEP联合委员会@联合委员会");
    expect(ms.some((m) => m.startsWith("Agreement:"))).toBe(true);
  });

  it("names no body from a head alone or after an ordinary word (该委员会, 管理委员会)", () => {
    expect(orgs("该委员会负责监督，联合委员会每年开会。")).toEqual([]);
    expect(orgs("《外商投资法》委员会没有设立。")).toEqual([]);
  });
});
