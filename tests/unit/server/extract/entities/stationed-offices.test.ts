import { describe, expect, it } from "vitest";
import { catalogSurfaces } from "../../../../../server/extract/entities/catalog-surfaces";
import { centralBodies } from "../../../../../server/extract/entities/central-bodies";
import { stationedOffices } from "../../../../../server/extract/entities/stationed-offices";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; organisations as "id@surface" after overlaps are resolved.
const orgs = (t: string) =>
  mentionsBy([catalogSurfaces, worldCountries, centralBodies, stationedOffices], t).filter((m) =>
    m.startsWith("Organization:"),
  );

describe("entity rule stationed-offices", () => {
  it("reads a central body's or the central government's office in a place", () => {
    expect(orgs("商务部驻上海特派员办事处发布了新的外贸统计。")).toEqual([
      "Organization:商务部驻上海特派员办事处@商务部驻上海特派员办事处",
    ]);
    expect(orgs("中央人民政府驻香港特别行政区联络办公室副主任出席了科技论坛。")).toEqual([
      "Organization:中央人民政府驻香港特别行政区联络办公室@中央人民政府驻香港特别行政区联络办公室",
    ]);
  });

  it("reads a province's office in a world region with its city in brackets, in either script", () => {
    expect(orgs("四川省驻欧洲(布达佩斯)经贸联络处协助企业开拓市场。")).toEqual([
      "Organization:四川省驻欧洲(布达佩斯)经贸联络处@四川省驻欧洲(布达佩斯)经贸联络处",
    ]);
    expect(orgs("福建省駐南美(聖保羅)辦事處成立三周年。").map((m) => m.split("@")[0])).toEqual([
      "Organization:福建省驻南美(圣保罗)办事处",
    ]);
  });

  it("reads a state's office in a city the catalog lacks only with a field word before the head", () => {
    expect(orgs("新西兰驻台中商务办事处官员考察了物流园区。")).toEqual([
      "Organization:新西兰驻台中商务办事处@新西兰驻台中商务办事处",
    ]);
    expect(orgs("美国驻华企业代表处数量增加。")).toEqual([]);
  });

  it("reads nothing without a sender, a place or a head", () => {
    for (const t of [
      "该公司在驻外办事处的人员中选拔骨干。",
      "驻村工作队联络处设在村委会。",
      "商务部驻各地特派员办事处加强了监管。",
      "该省驻北美、欧洲的机构正在调整。",
      "外交部驻外机构为企业提供服务。",
    ])
      expect(orgs(t).filter((m) => m.includes("驻"))).toEqual([]);
  });
});
