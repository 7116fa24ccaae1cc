import { describe, expect, it } from "vitest";
import { associations } from "../../../../../server/extract/entities/associations";
import { organizationBranches } from "../../../../../server/extract/entities/organization-branches";
import { extractDocument } from "../../../../../server/extract/index";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const orgs = (t: string) =>
  mentionsBy([organizationBranches], t).filter((m) => m.startsWith("Organization:"));

describe("entity rule organization-branches", () => {
  it("reads a body, the branch's place and a branch head as one organisation", () => {
    expect(orgs("记者从新华社江苏分社获悉，活动下月举行。")).toContain(
      "Organization:新华社江苏分社@新华社江苏分社",
    );
    expect(orgs("海关总署广东分署发布了新的通知。")).toContain(
      "Organization:海关总署广东分署@海关总署广东分署",
    );
    expect(orgs("商务部香港澳门代表处举办推介会。")).toContain(
      "Organization:商务部香港澳门代表处@商务部香港澳门代表处",
    );
  });

  it("joins nothing across a comma, a verb or a conjunction, and no venue or race stage", () => {
    const names = (t: string) => orgs(t).map((m) => m.split("@")[1]);
    expect(names("他在新华社工作，后来调往江苏分社。")).not.toContain("新华社江苏分社");
    expect(names("新华社、江苏分社均有报道。").some((m) => m?.endsWith("分社"))).toBe(false);
    expect(names("商务部与上海分公司签约。").some((m) => m?.startsWith("商务部与"))).toBe(false);
    expect(names("新华社北京分会场今天开幕。").some((m) => m?.endsWith("分会"))).toBe(false);
  });

  it("reads no sport federation's tour stage (分站) as a branch", () => {
    const ms = mentionsBy([associations, organizationBranches], "中国登山协会云南分站比赛昨日开幕。");
    expect(ms.some((m) => m.includes("分站"))).toBe(false);
    expect(ms).toContain("Province:云南省@云南");
  });

  it("keeps a branch before a word of its staff (员工), and no venue (分会场)", () => {
    expect(orgs("新华社浙江分社员工前往现场采访。")).toContain("Organization:新华社浙江分社@新华社浙江分社");
    expect(orgs("海关总署广东分署员工参加培训。")).toContain(
      "Organization:海关总署广东分署@海关总署广东分署",
    );
    expect(orgs("新华社广州分会场今天开幕。").some((m) => m.includes("分会"))).toBe(false);
  });

  it("reads a body's office written with 驻 before the place, and no office without a body", () => {
    expect(orgs("海关总署驻广州联络处主任出席。")).toContain(
      "Organization:海关总署驻广州联络处@海关总署驻广州联络处",
    );
    const names = (t: string) => orgs(t).map((m) => m.split("@")[1]);
    expect(names("多家外国经贸机构驻上海代表处参加活动。").some((m) => m?.includes("驻"))).toBe(false);
    expect(names("他长期驻北京办事处工作。").some((m) => m?.includes("驻"))).toBe(false);
    expect(names("海关总署派人驻广州办事处。").some((m) => m?.includes("驻"))).toBe(false);
  });

  it("reads a body's office in China written 驻华 (华 standing for the country)", () => {
    expect(orgs("世界银行驻华代表处举办了一场研讨会。")).toContain(
      "Organization:世界银行驻华代表处@世界银行驻华代表处",
    );
    expect(orgs("他是世界银行驻华首席代表。").some((m) => m.includes("驻华"))).toBe(false);
  });

  it("names a branch by its body's full name, so a short and a full form are one node", () => {
    const text = "中国贸促会浙江分会举办出口培训。中国国际贸易促进委员会浙江分会还将组织企业参展。";
    const g = extractDocument("branches.txt", text);
    const branches = g.nodes.filter((x) => x.id.startsWith("Organization:") && x.id.endsWith("浙江分会"));
    expect(branches.map((x) => x.id)).toEqual(["Organization:中国国际贸易促进委员会浙江分会"]);
  });

  it("opens a firm's unit named by its place alone with the brand after a list or clause mark", () => {
    const ids = (t: string) => extractDocument("units.txt", t).nodes.map((x) => x.id);
    expect(ids("签约企业有三家：星辰达兰州公司、华北物流石家庄公司。")).toContain(
      "Organization:星辰达兰州公司",
    );
    expect(ids("目前，华科兴通西宁分公司已经投入运营。")).toContain("Organization:华科兴通西宁分公司");
    expect(ids("今年以来，长城货运郑州公司共开行班列300列。")).toContain("Organization:长城货运郑州公司");
    // a clause's or a whereabouts' words, a time word, a place or a demonstrative before the unit are no brand
    const nearMisses: [string, string][] = [
      ["项目落户兰州公司，明年投产。", "项目落户"],
      ["会上，省里兰州公司作了发言。", "省里"],
      ["目前兰州公司已经投入运营。", "目前"],
      ["据悉，该兰州公司明年投产。", "该"],
    ];
    for (const [t, lead] of nearMisses)
      expect(ids(t).some((id) => id.startsWith(`Organization:${lead}`))).toBe(false);
  });
});
