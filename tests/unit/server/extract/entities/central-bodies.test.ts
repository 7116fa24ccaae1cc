import { describe, expect, it } from "vitest";
import { centralBodies } from "../../../../../server/extract/entities/central-bodies";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule central-bodies", () => {
  it("reads no national body from a short form after a local level of government", () => {
    expect(mentionsBy([centralBodies], "省国资委与某集团签约。")).toEqual([]);
    expect(mentionsBy([centralBodies], "市国资委主任出席会议。")).toEqual([]);
    // the national body itself, named in full or by its short form alone, is still read
    expect(mentionsBy([centralBodies], "国务院国资委召开会议。")).toEqual([
      "Organization:国务院国有资产监督管理委员会@国务院国资委",
    ]);
    expect(mentionsBy([centralBodies], "会议由国资委牵头。")).toEqual([
      "Organization:国务院国有资产监督管理委员会@国资委",
    ]);
  });

  it("reads the national body after a national level that ends like a local one (中央政府, 国家级)", () => {
    expect(mentionsBy([centralBodies], "中央政府国资委出台新规。")).toContain(
      "Organization:国务院国有资产监督管理委员会@国资委",
    );
  });

  it("reads China's ministries and national administrations that the catalog does not hold", () => {
    expect(mentionsBy([centralBodies], "农业农村部和生态环境部联合印发通知，国家铁路局公布数据。")).toEqual([
      "Organization:农业农村部@农业农村部",
      "Organization:生态环境部@生态环境部",
      "Organization:国家铁路局@国家铁路局",
    ]);
  });

  it("resolves official short forms to the full name", () => {
    expect(mentionsBy([centralBodies], "中国贸促会、人社部与国资委共同发布。")).toEqual([
      "Organization:中国国际贸易促进委员会@中国贸促会",
      "Organization:人力资源和社会保障部@人社部",
      "Organization:国务院国有资产监督管理委员会@国资委",
    ]);
  });

  it("reads a former name as the renamed ministry, a short form as the catalog's body", () => {
    expect(mentionsBy([centralBodies], "交通部与税务总局、国家外汇局会同国家版权局发文。")).toEqual([
      "Organization:交通运输部@交通部",
      "Organization:国家税务总局@税务总局",
      "Organization:国家外汇管理局@国家外汇局",
      "Organization:国家版权局@国家版权局",
    ]);
  });

  it("keeps the catalog's entry for a catalogued body", () => {
    expect(mentionsBy([centralBodies], "商务部表示将扩大开放。")).toEqual(["Organization:商务部@商务部"]);
  });

  it("reads no body inside a common word or after another country", () => {
    expect(mentionsBy([centralBodies], "各地公安部门和教育部分院校参与，做好国家安全部署。")).toEqual([]);
    expect(mentionsBy([centralBodies], "各地商务部门加强指导。")).toEqual([]);
    expect(mentionsBy([worldCountries, centralBodies], "蒙古国外交部发表声明。")).toEqual([
      "Country:蒙古国@蒙古国",
    ]);
  });
});
