import { describe, expect, it } from "vitest";
import { industries } from "../../../../../server/extract/entities/industries";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule industries", () => {
  it("reads a field list and an X产业 name", () => {
    expect(mentionsBy([industries], "聚焦电子信息、生物医药等重点领域，集聚航空维修制造产业。")).toEqual([
      "Industry:电子信息@电子信息",
      "Industry:生物医药@生物医药",
      "Industry:航空维修制造@航空维修制造产业",
    ]);
  });

  it("reads no macro-region as a sector in a list of targets (以华南、华东等重点区域为主攻方向)", () => {
    const found = mentionsBy(
      [industries],
      "该园以华南、华东等重点区域为主攻方向，重点发展电子信息、生物医药等产业。",
    );
    expect(found.filter((m) => /华南|华东/.test(m))).toEqual([]);
    expect(found).toContain("Industry:电子信息@电子信息");
  });

  it("gives no sector for fields of exchange and cooperation", () => {
    expect(mentionsBy([industries], "加强教育、文化等领域的交流合作。")).toEqual([]);
  });

  it("reads no X产业 name opened by a verb of policy (深化, 加强, 推进)", () => {
    expect(mentionsBy([industries], "两市将共同深化产业合作，加强产业协作。")).toEqual([]);
  });

  it("ends the last item of a list before 等 and the list's class noun (教育培训等现代服务业)", () => {
    expect(mentionsBy([industries], "该片区重点发展航运物流、会展服务、教育培训等现代服务业。")).toContain(
      "Industry:教育培训@教育培训",
    );
  });

  it("reads no X产业 name from a count or from the tail of a word cut by a verb (信息服务业四大产业)", () => {
    const found = mentionsBy([industries], "该区将重点发展信息服务业四大产业领域。");
    expect(found.filter((m) => /四大/.test(m))).toEqual([]);
  });

  it("reads no sector from a generic modifier left alone in a list (战略性新兴产业)", () => {
    const found = mentionsBy([industries], "以特色优势产业和战略性新兴产业为主攻方向，推动产业升级。");
    expect(found.filter((m) => m.includes("新兴"))).toEqual([]);
  });

  it("resolves the variant name 智慧网联汽车 to the catalog's 智能网联汽车", () => {
    expect(mentionsBy([industries], "那座新城把智慧网联汽车列为主导方向。")).toContain(
      "Industry:智能网联汽车@智慧网联汽车",
    );
  });
});
