import { describe, expect, it } from "vitest";
import { railwayBureaus } from "../../../../../server/extract/entities/railway-bureaus";
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
});
