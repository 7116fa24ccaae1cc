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
});
