import { describe, expect, it } from "vitest";
import { customsOffices } from "../../../../../server/extract/entities/customs-offices";
import { extractDocument } from "../../../../../server/extract/index";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const orgs = (t: string) => mentionsBy([customsOffices], t).filter((m) => m.startsWith("Organization:"));
const docOrgs = (t: string) =>
  [...new Set(extractDocument("t.txt", t).mentions.map((m) => m.node))].filter((id) =>
    id.startsWith("Organization:"),
  );

describe("entity rule customs-offices", () => {
  it("reads a customs office named by a proper name, after a lead word or at a clause's start", () => {
    expect(orgs("检验检疫局与乌拉特海关通力合作。")).toEqual(["Organization:乌拉特海关@乌拉特海关"]);
    expect(orgs("“过去很难。”乌拉特海关关员回忆说。")).toEqual(["Organization:乌拉特海关@乌拉特海关"]);
  });

  it("reads an office named after an airport, and any name after a customs' branch word", () => {
    expect(orgs("这批冷链货物由白云机场海关快速放行。")).toEqual(["Organization:白云机场海关@白云机场海关"]);
    expect(docOrgs("据满洲里海关所属十八里海关介绍，过货量增长。")).toEqual([
      "Organization:满洲里海关",
      "Organization:十八里海关",
    ]);
  });

  it("names no office from words that qualify customs in general", () => {
    for (const t of [
      "企业可以向当地海关咨询相关政策。",
      "双方海关签署了互认安排。",
      "智慧海关建设取得新进展。",
      "跨境电商企业应向主管海关申报。",
      "两国海关将进一步加强合作。",
      "该批货物经口岸海关查验后放行。",
      "这批水果经沿线海关快速验放。",
      "今年进出口总值由海关统计后公布。",
      "据了解，进境地海关将实施检疫。",
      // blocs and mechanisms: the customs of their members (review 22h)
      "上合海关合作机制在北京启动。",
      "澜湄海关联合执法行动展开。",
    ])
      expect(orgs(t), t).toEqual([]);
  });

  it("names no office from the parties of a tie: 中 with partner abbreviations, or a side (某方)", () => {
    for (const t of [
      "中哈海关将推进监管结果互认。",
      "中越海关联合开展打私专项行动。",
      "中蒙俄海关就过境运输达成共识。",
      "港方海关与内地加强协作。",
      "泰方海关人员参与联合查验。",
      "外方海关派员来华交流。",
      "中欧海关加强供应链安全合作。",
    ])
      expect(orgs(t), t).toEqual([]);
  });

  it("leaves 海关 opening a longer name (海关总署, 世界海关组织) to the other rules", () => {
    expect(orgs("乌拉特海关总署")).toEqual(["Organization:海关总署@海关总署"]);
    expect(orgs("世界海关组织发布了年度报告。").some((m) => m.includes("世界海关@"))).toBe(false);
  });
});
