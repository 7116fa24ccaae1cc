import { describe, expect, it } from "vitest";
import { counties } from "../../../../../server/extract/entities/counties";
import { foreignDivisions } from "../../../../../server/extract/entities/foreign-divisions";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule counties", () => {
  it("reads a county or banner after its city or province", () => {
    expect(mentionsBy([counties], "货物从石家庄赞皇县和内蒙古额济纳旗发出。")).toEqual([
      "City:石家庄@石家庄",
      "City:赞皇县@赞皇县",
      "Province:内蒙古自治区@内蒙古",
      "City:额济纳旗@额济纳旗",
    ]);
  });

  it("reads no county from 县域, 各县 or a phrase", () => {
    expect(mentionsBy([counties], "成都市县域经济和四川各县发展。")).toEqual([
      "City:成都@成都市",
      "Province:四川省@四川",
    ]);
  });

  it("reads a county after the suffix of the city written before it, without that suffix", () => {
    expect(mentionsBy([counties], "货物从喀什地区疏附县和红河州河口县发出。")).toEqual([
      "City:喀什@喀什",
      "City:疏附县@疏附县",
      "City:红河@红河",
      "City:河口县@河口县",
    ]);
  });

  it("opens no county with the head of the place before it", () => {
    expect(mentionsBy([counties], "双方在万象省东坡县签约。")).not.toContain("City:省东坡县@省东坡县");
    // (the county itself is read after its division by foreign-divisions)
    const found = mentionsBy([foreignDivisions, counties], "双方在老挝万象省东坡县签约。");
    expect(found).toContain("City:东坡县@东坡县");
    expect(found).not.toContainEqual(expect.stringMatching(/^City:省/));
  });
});
