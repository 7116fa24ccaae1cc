import { describe, expect, it } from "vitest";
import { catalogSurfaces } from "../../../../../server/extract/entities/catalog-surfaces";
import { diplomaticMissions } from "../../../../../server/extract/entities/diplomatic-missions";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule diplomatic-missions", () => {
  it("reads a mission from its sending state to its head", () => {
    expect(mentionsBy([diplomaticMissions], "秘鲁驻广州总领事馆与中国驻智利大使馆共同举办推介会。")).toEqual([
      "Organization:秘鲁驻广州总领事馆@秘鲁驻广州总领事馆",
      "Organization:中国驻智利大使馆@中国驻智利大使馆",
    ]);
  });

  it("keeps a state's formal word, a mission's section and traditional script as one name", () => {
    expect(idsBy([diplomaticMissions], "柬埔寨王國駐上海總領事館官員到訪。")).toContain(
      "Organization:柬埔寨王国驻上海总领事馆",
    );
    expect(idsBy([diplomaticMissions], "中国驻老挝大使馆经济商务处发布提示。")).toContain(
      "Organization:中国驻老挝大使馆经济商务处",
    );
  });

  it("needs a sending state and a mission, not an ambassador or a list", () => {
    const ids = idsBy(
      [diplomaticMissions],
      "驻华使馆人员参观园区，智利驻华大使表示欢迎，秘鲁驻广州和上海的领事馆也派员出席。",
    );
    expect(ids).toEqual(expect.not.arrayContaining([expect.stringMatching(/使馆$|领事馆$|大使$/)]));
  });

  it("reads no mission from a state that is the tail of a longer name", () => {
    const ids = idsBy(
      [worldCountries, diplomaticMissions],
      "大不列颠及北爱尔兰联合王国驻广州总领事馆开放日。",
    );
    expect(ids).toContain("Country:爱尔兰");
    expect(ids).toEqual(expect.not.arrayContaining([expect.stringMatching(/^Organization:爱尔兰/)]));
  });

  it("reads a province's or city's representative office in a catalogued place or an abbreviation, a field before its head", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, diplomaticMissions], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("江苏省驻泰国商务办事处与福州市驻日本代表处联合发布指南。")).toEqual([
      "Organization:江苏省驻泰国商务办事处@江苏省驻泰国商务办事处",
      "Organization:福州市驻日本代表处@福州市驻日本代表处",
    ]);
    expect(orgs("广东省驻港澳办事处发布通告。")).toEqual([
      "Organization:广东省驻港澳办事处@广东省驻港澳办事处",
    ]);
  });

  it("reads an office in a state's city (驻泰国曼谷…代表处; review21i #7)", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, diplomaticMissions], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("贵州省驻泰国曼谷商务代表处举办推介。")).toEqual([
      "Organization:贵州省驻泰国曼谷商务代表处@贵州省驻泰国曼谷商务代表处",
    ]);
    expect(orgs("武汉市驻日本东京办事处迎来新主任。")).toEqual([
      "Organization:武汉市驻日本东京办事处@武汉市驻日本东京办事处",
    ]);
    expect(orgs("湖北省驻日本东京企业联络处成立。")).toEqual([]);
  });

  it("reads no office of a firm, a work unit or 'abroad' (驻外, 驻地, 驻村, 驻华企业), nor a bracketed city", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, diplomaticMissions], t).filter((m) => m.startsWith("Organization:"));
    for (const t of [
      "日本驻华企业代表处负责人出席。",
      "深圳市驻地企业代表处增多。",
      "北京市驻村工作队联络处设在村委会。",
      "四川省驻外机构办事处将调整。",
      "江苏省驻外办事处负责人开会。",
      "湖北省驻深圳企业联络处成立。",
      "江苏省驻南美(圣保罗)商务办事处发布指南。",
    ])
      expect(orgs(t), t).toEqual([]);
  });

  it("reads no office across a determiner, a list or a clause, nor a province's mission head", () => {
    const orgs = (t: string) =>
      mentionsBy([diplomaticMissions], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("四川省驻各地办事处负责人开会。")).toEqual([]);
    expect(orgs("湖南省驻村工作队和驻厂代表到场。")).toEqual([]);
    expect(orgs("浙江省驻日本和韩国的办事处都已关闭。")).toEqual([]);
    expect(orgs("广东省驻泰国大使馆这一说法并不存在。")).toEqual([]);
  });
});
