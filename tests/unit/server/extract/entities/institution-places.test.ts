import { describe, expect, it } from "vitest";
import {
  dropInstitutionPlaces,
  namesInstitution,
} from "../../../../../server/extract/entities/institution-places";
import type { Mention } from "../../../../../server/extract/entities/types";
import { extractDocument } from "../../../../../server/extract/index";

/** The place ids a whole document's mentions name (catalog and abbreviation mentions included). */
function places(text: string): string[] {
  return extractDocument("institutions.txt", text)
    .mentions.map((m) => m.node)
    .filter((id) => /^(City|Province|Country):/.test(id));
}

// A place that opens the name of a chamber, council, institute, academy or university is inside that name.
describe("places opening an institution's name (entities/institution-places.ts)", () => {
  it("drops the country of a chamber, an institute, an academy or a university", () => {
    expect(places("论坛由越南工商会与外事办公室联合举办。")).not.toContain("Country:越南");
    expect(places("三位教授来自蒙古国国立大学，出席了研讨会。")).not.toContain("Country:蒙古国");
    expect(places("秘鲁总统战略研究所的代表发表了讲话。")).not.toContain("Country:秘鲁");
    expect(places("德国商会华北分会组织会员参观了工厂。")).not.toContain("Country:德国");
  });

  it("keeps the place when a verb or a conjunction ends the name before the head", () => {
    expect(places("这家机构计划在越南设立研究中心。")).toContain("Country:越南");
    expect(places("专家们介绍了缅甸的研究中心。")).toContain("Country:缅甸");
    expect(places("代表团访问缅甸，并会见了当地商会负责人。")).toContain("Country:缅甸");
  });

  it("keeps the place before a company, a plain noun or a longer word holding the head", () => {
    expect(places("越南企业代表参加了座谈。")).toContain("Country:越南");
    expect(places("运动员将赴泰国大学生运动会参赛。")).toContain("Country:泰国");
    expect(places("老挝吉利发展集团有限公司承建了这座仓库。")).toContain("Country:老挝");
  });

  it("reads 大学 right after the place as a kind, not a name (the guard alone)", () => {
    const at = (id: string, cs: number, ce: number): Mention[] => [
      { id, cs, ce, method: "catalog", parts: [] },
    ];
    const kind = at("Country:英国", 0, 2);
    dropInstitutionPlaces("英国大学的学费上涨。", kind);
    expect(kind).toHaveLength(1);
    const named = at("Country:英国", 0, 2);
    dropInstitutionPlaces("英国皇家大学的学费上涨。", named);
    expect(named).toHaveLength(0);
  });

  it("tells an institution's name from a company's", () => {
    expect(namesInstitution("Organization:柬埔寨总商会")).toBe(true);
    expect(namesInstitution("Organization:老挝吉利发展集团有限公司")).toBe(false);
  });
});
