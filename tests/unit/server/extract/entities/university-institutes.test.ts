import { describe, expect, it } from "vitest";
import { publicBodies } from "../../../../../server/extract/entities/public-bodies";
import { universityInstitutes } from "../../../../../server/extract/entities/university-institutes";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule university-institutes", () => {
  it("reads no unit across a count of bodies after a conjunction (与两家某地研究院)", () => {
    const units = (t: string) => idsBy([universityInstitutes], t).filter((id) => id.endsWith("研究院"));
    expect(units("澳门大学与两家珠海研究院合作。")).toEqual([]);
    expect(units("兰州大学与三所西北研究院共建平台。")).toEqual([]);
    // a unit whose name holds 与 stays
    expect(units("兰州大学资源与环境研究院共建平台。")).toEqual(["Organization:兰州大学资源与环境研究院"]);
  });

  it("reads an institute of a university, with a bracketed place written full-width in the name", () => {
    expect(
      mentionsBy([universityInstitutes], "（作者单位：西南财经大学四川(成都)开放经济研究院）", false),
    ).toEqual(["Organization:西南财经大学四川（成都）开放经济研究院@西南财经大学四川(成都)开放经济研究院"]);
    expect(idsBy([universityInstitutes], "据华南理工大学经济与贸易学院介绍，", false)).toEqual([
      "Organization:华南理工大学经济与贸易学院",
    ]);
  });

  it("starts the university after the last conjunction of a list", () => {
    expect(idsBy([universityInstitutes], "据省社会科学院和云南大学经济学院测算，", false)).toEqual([
      "Organization:云南大学经济学院",
    ]);
  });

  it("starts the university at its place, not at a word before it (不过…, 而…)", () => {
    expect(idsBy([universityInstitutes], "不过四川大学南亚研究所认为，", false)).toEqual([
      "Organization:四川大学南亚研究所",
    ]);
  });

  it("reads no phrase with a function word", () => {
    expect(idsBy([universityInstitutes], "这是大学的研究院，也是高校在当地的学院。", false)).toEqual([]);
  });
});

describe("a university an earlier rule knows opens the institute's name", () => {
  it("starts the name at the known university, not at the clause before it", () => {
    const found = mentionsBy(
      [publicBodies, universityInstitutes],
      "本报告将根据香港大学经济研究所的数据展开。",
    );
    expect(found).toContain("Organization:香港大学经济研究所@香港大学经济研究所");
  });

  it("reads no university when a verb of visiting stands right before 大学 (参观大学校园和学院)", () => {
    const found = mentionsBy([universityInstitutes], "周末全家去参观大学校园和学院广场。");
    expect(found.filter((m) => m.startsWith("Organization:"))).toEqual([]);
  });

  it("reads no school across a verb of setting up or of working together (与X大学合作设立孔子学院)", () => {
    const orgs = (t: string) =>
      idsBy([publicBodies, universityInstitutes], t).filter((id) => id.startsWith("Organization:"));
    expect(orgs("两国将与南昌大学合作设立孔子学院。")).toEqual(["Organization:南昌大学"]);
    expect(orgs("这所学校和湖南大学共建商学院。")).toEqual(["Organization:湖南大学"]);
    expect(orgs("该校拟与四川大学联合成立国际学院。")).toEqual(["Organization:四川大学"]);
    expect(orgs("湖南大学工商管理学院的教授出席。")).toEqual(["Organization:湖南大学工商管理学院"]);
    expect(orgs("四川大学国际联合学院迎来新生。")).toEqual(["Organization:四川大学国际联合学院"]);
  });

  it("starts the name after a strong stop (携手, 毕业于), not at the clause before it", () => {
    const ids = idsBy(
      [universityInstitutes],
      "市政府携手青岚大学经济研究院办会。李明毕业于青岚大学历史学院。",
    );
    expect(ids.filter((id) => id.startsWith("Organization:")).sort()).toEqual([
      "Organization:青岚大学历史学院",
      "Organization:青岚大学经济研究院",
    ]);
  });

  it("keeps a school or institute whose own name holds a verb of working together (中德合作学院, 合作发展学院)", () => {
    const orgs = (t: string) =>
      idsBy([publicBodies, universityInstitutes], t).filter((id) => id.startsWith("Organization:"));
    expect(orgs("同济大学中德合作学院举办开放日。")).toEqual(["Organization:同济大学中德合作学院"]);
    expect(orgs("北京大学国际合作学院发布招生简章。")).toEqual(["Organization:北京大学国际合作学院"]);
    expect(orgs("清华大学国际合作研究院成立十周年。")).toEqual(["Organization:清华大学国际合作研究院"]);
    expect(orgs("复旦大学中欧合作研究中心举办论坛。")).toEqual(["Organization:复旦大学中欧合作研究中心"]);
    expect(orgs("南开大学合作发展学院举行毕业典礼。")).toEqual(["Organization:南开大学合作发展学院"]);
    // with no partner before the university, 合作 opens its unit's name; with one, a clause
    expect(orgs("该校和湖南大学合作举办学院。")).toEqual(["Organization:湖南大学"]);
  });
});
