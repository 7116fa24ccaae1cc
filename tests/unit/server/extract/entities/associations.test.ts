import { describe, expect, it } from "vitest";
import { associations } from "../../../../../server/extract/entities/associations";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule associations", () => {
  it("reads associations and chambers led by a country, a catalogued body inside them", () => {
    expect(mentionsBy([associations], "中国国际贸易学会和越南咖啡协会的代表出席。")).toEqual([
      "Organization:中国国际贸易学会@中国国际贸易学会",
      "Organization:越南咖啡协会@越南咖啡协会",
    ]);
    expect(idsBy([associations], "据中国世界贸易组织研究会统计，")).toEqual([
      "Organization:中国世界贸易组织研究会",
    ]);
  });

  it("needs the country to open the name and no function word inside", () => {
    expect(idsBy([associations], "全中国的协会和泰国在当地的商会。")).toEqual([
      "Country:中国",
      "Country:泰国",
    ]);
  });
});
