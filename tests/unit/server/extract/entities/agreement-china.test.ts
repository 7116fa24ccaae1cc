import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { chinaInAgreements } from "../../../../../server/extract/entities/agreement-china";
import { Recognizer } from "../../../../../server/extract/recognize";
import { normalize } from "../../../../../server/extract/text";

// China written in full as a party inside an agreement's name is a Country mention of its own.
describe("China inside an agreement's name (entities/agreement-china.ts)", () => {
  const rec = new Recognizer(loadCatalog());
  const inner = (text: string) => {
    const norm = normalize(text);
    const ms = rec.recognize(norm);
    return rec.abbreviations(norm, ms).map((m) => `${m.id}=${norm.slice(m.cs, m.ce)}`);
  };

  it("reads China opening a dash-named agreement", () => {
    expect(inner("中国—秘鲁自由贸易协定将于明年一月起正式生效。")).toContain("Country:中国=中国");
  });

  it("reads China written in full opening a formal title", () => {
    expect(inner("《中华人民共和国政府和秘鲁共和国政府自由贸易协定》于去年在利马签署。")).toContain(
      "Country:中国=中华人民共和国",
    );
  });

  it("reads China as the party written after a joiner", () => {
    expect(inner("两国宣布结束秘鲁与中国自由贸易协定升级谈判。")).toContain("Country:中国=中国");
  });

  it("reads a customs territory that is a party of the agreement's name, as a country party is (mend)", () => {
    expect(inner("澳门与智利《自由贸易协定》已于去年生效。")).toContain("Province:澳门特别行政区=澳门");
    expect(inner("香港与秘鲁自由贸易协定明年起实施。")).toContain("Province:香港特别行政区=香港");
  });

  it("reads nothing in an agreement of other parties", () => {
    expect(inner("秘鲁—智利自由贸易协定正式生效。").filter((x) => x.startsWith("Country:中国"))).toEqual([]);
    expect(inner("区域全面经济伙伴关系协定对日本生效。").filter((x) => x.startsWith("Country:中国"))).toEqual(
      [],
    );
  });

  it("reads no China inside a word of the name", () => {
    const ms = [{ id: "Agreement:某协定", cs: 0, ce: 6, method: "pattern" as const, parts: [] }];
    expect(chinaInAgreements("泛中国海协定", ms)).toEqual([]);
  });
  it("reads no China that opens another name inside an agreement's name", () => {
    const china = (t: string) => inner(t).filter((x) => x.startsWith("Country:中国"));
    expect(china("中国香港与智利自由贸易协定已经生效。")).toEqual([]);
    expect(china("甲省与中国工商银行签署《中国工商银行甲省分行与甲省人民政府合作协议》。")).toEqual([]);
    expect(china("《中国农业发展银行与乙市政府战略合作协议》今日签署。")).toEqual([]);
    expect(china("《中国贸促会与丙省人民政府合作协议》今日签署。")).toEqual([]);
  });

  it("reads China before a party closer: a joiner, a dash, 政府 or the agreement's head", () => {
    expect(inner("《秘鲁共和国政府和中华人民共和国政府自由贸易协定》生效。")).toContain(
      "Country:中国=中华人民共和国",
    );
    expect(inner("秘鲁和中国自由贸易协定生效。")).toContain("Country:中国=中国");
  });
});
