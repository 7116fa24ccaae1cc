import { describe, expect, it } from "vitest";
import { railwayBureaus } from "../../../../../server/extract/entities/railway-bureaus";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { extractDocument } from "../../../../../server/extract/index";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule railway-bureaus", () => {
  it("reads a bureau written short by its network and seat, the seat being no place of the sentence", () => {
    expect(mentionsBy([railwayBureaus], "国铁成都局的数据显示运量增长。")).toEqual([
      "Organization:国铁成都局@国铁成都局",
    ]);
    expect(mentionsBy([railwayBureaus], "班列在中铁上海局的货场装车。")).toEqual([
      "Organization:中铁上海局@中铁上海局",
    ]);
  });

  it("leaves the full company name and a seat that is no city alone", () => {
    const ids = mentionsBy([railwayBureaus], "中国铁路成都局集团有限公司与中铁上海工程局签约。");
    expect(ids.some((m) => m.includes("工程局"))).toBe(false);
    expect(ids.some((m) => m.startsWith("Organization:国铁"))).toBe(false);
  });

  it("takes the company the document named in full for the short form", () => {
    const g = extractDocument("t.txt", "中国铁路成都局集团有限公司发布数据。国铁成都局表示将加开班列。");
    const at = g.mentions.filter((m) => m.surface === "国铁成都局").map((m) => m.node);
    expect(at).toEqual(["Organization:中国铁路成都局集团有限公司"]);
  });

  it("keeps 中铁X局 apart from the railway company (the engineering group's bureaus are written so too)", () => {
    const g = extractDocument("t.txt", "中国铁路成都局集团有限公司发布数据。中铁成都局承建的地铁项目开工。");
    const at = g.mentions.filter((m) => m.surface === "中铁成都局").map((m) => m.node);
    expect(at).toEqual(["Organization:中铁成都局"]);
  });

  it("reads a bureau's freight centre by the city it serves, not a freight centre of no city", () => {
    const orgs = (t: string) => mentionsBy([railwayBureaus], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("班列从南昌货运中心向塘站发出。")).toEqual(["Organization:南昌货运中心@南昌货运中心"]);
    expect(orgs("该市将建设大型货运中心和电子交易平台。")).toEqual([]);
    expect(orgs("货运中心站改造工程完成。")).toEqual([]);
  });

  it("leaves a firm's or a carrier's freight centre and a city's role as a hub", () => {
    const orgs = (t: string) => mentionsBy([railwayBureaus], t).filter((m) => m.startsWith("Organization:"));
    for (const t of [
      "顺丰深圳货运中心日均处理包裹超百万件。",
      "国航北京货运中心开通新的货机航线。",
      "京东上海货运中心启用无人仓。",
      "广州货运中心地位进一步巩固。",
    ])
      expect(orgs(t), t).toEqual([]);
    expect(orgs("班列从成都局重庆货运中心发出。")).toContain("Organization:重庆货运中心@重庆货运中心");
  });

  it("leaves a city's hub role after 货运中心 and a centre with no railway word in its sentence (review 22h)", () => {
    const orgs = (t: string) => mentionsBy([railwayBureaus], t).filter((m) => m.startsWith("Organization:"));
    for (const t of [
      "加快宜昌货运中心城市建设。",
      "郑州货运中心枢纽地位进一步巩固。",
      "厦门货运中心港口吞吐量再创新高。",
      "把南昌建成区域货运中心，南昌货运中心物流体系日益完善。",
      "沈阳货运中心日均处理货物三千吨。",
    ])
      expect(orgs(t), t).toEqual([]);
    expect(orgs("昆明货运中心今年已组织装车两万车。")).toEqual(["Organization:昆明货运中心@昆明货运中心"]);
  });
});

// Invented sentences: a bureau's short forms with 集团, and a city's bare 局 read as the bureau the passage names in full.
describe("railway bureaus: 中铁某局集团 and a city's 某局 after its full name", () => {
  const orgs = (text: string) =>
    mentionsBy([...ENTITY_RULES], text).filter((m) => m.startsWith("Organization:"));

  it("reads 中铁某局集团 whole, not the group's legal-form name", () => {
    expect(orgs("物流公司、中铁广州局集团和港口企业参加签约。")).toContain(
      "Organization:中铁广州局集团@中铁广州局集团",
    );
  });

  it("reads 某局 and 某局集团 as the railway company the passage names in full", () => {
    expect(orgs("据昆明铁路局消息，昆明局今年加开班列。")).toEqual([
      "Organization:昆明铁路局@昆明铁路局",
      "Organization:昆明铁路局@昆明局",
    ]);
    expect(orgs("中国铁路成都局集团有限公司介绍，成都局集团今年开行班列。")).toContain(
      "Organization:中国铁路成都局集团有限公司@成都局集团",
    );
  });

  it("reads a municipality's 某局 and a bureau's short legal form (某局集团有限公司) as the company", () => {
    expect(orgs("据中国铁路上海局集团有限公司消息，上海局本月新开一条线路。")).toEqual([
      "Organization:中国铁路上海局集团有限公司@中国铁路上海局集团有限公司",
      "Organization:中国铁路上海局集团有限公司@上海局",
    ]);
    expect(orgs("中国铁路西安局集团有限公司表示，西安局集团有限公司将增开货车。")).toEqual([
      "Organization:中国铁路西安局集团有限公司@中国铁路西安局集团有限公司",
      "Organization:中国铁路西安局集团有限公司@西安局集团有限公司",
    ]);
  });
});
