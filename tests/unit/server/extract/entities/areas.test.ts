import { describe, expect, it } from "vitest";
import { areas } from "../../../../../server/extract/entities/areas";
import { idsBy, mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule areas", () => {
  it("reads X片区 and X新片区", () => {
    const found = mentionsBy([areas], "赣州片区重点发展电子信息，九江新片区同步推进。");
    expect(found).toContain("Area:赣州片区@赣州片区");
    expect(found).not.toContain("Area:九江片区@九江");
  });

  it("drops a leading province", () => {
    expect(mentionsBy([areas], "广西崇左片区建设提速。")).toEqual([
      "Province:广西壮族自治区@广西",
      "Area:崇左片区@崇左片区",
    ]);
  });

  it("gives no area for counts and generic words", () => {
    expect(mentionsBy([areas], "三个片区协同，重点片区先行。")).toEqual([]);
  });

  it("reads X自贸试验片区 as X片区 and no area from a phrase with 设置", () => {
    expect(idsBy([areas], "赣州自贸试验片区揭牌，在港口南侧区域设置新片区。")).toEqual(["Area:赣州片区"]);
  });

  it("reads X自由贸易试验片区 as X片区", () => {
    expect(idsBy([areas], "赣州自由贸易试验片区的设立带动了物流。")).toEqual(["Area:赣州片区"]);
  });

  it("names no area with a superlative (最北片区, 最大片区)", () => {
    expect(idsBy([areas], "推介自贸区最北片区——赣州片区的优势。")).toEqual(["Area:赣州片区"]);
    expect(idsBy([areas], "这是全省面积最大片区。")).toEqual([]);
    expect(idsBy([areas], "园区最南片区将建仓库。")).toEqual([]);
  });

  it("reads an area written without its place after its zone's short name as the catalogued area", () => {
    expect(idsBy([areas], "考察组先后走访天津自贸区东疆片区及机场片区的企业。")).toContain(
      "Area:天津机场片区",
    );
    // a clause mark between, another place, or no zone before: no such reading
    expect(idsBy([areas], "天津自贸区成立五年，机场片区建设提速。")).not.toContain("Area:天津机场片区");
    expect(idsBy([areas], "首都机场片区建设提速。")).not.toContain("Area:天津机场片区");
    expect(idsBy([areas], "河北自贸试验区大兴机场片区建设提速。")).toContain("Area:大兴机场片区");
  });

  it("reads the area of the zone named nearest before it, also in its full name (finding 4 of review18a)", () => {
    const both = idsBy([areas], "天津自贸区同河北自贸区机场片区签署了合作备忘录。");
    expect(both).not.toContain("Area:天津机场片区");
    expect(idsBy([areas], "中国（天津）自由贸易试验区机场片区新增企业百余家。")).toContain(
      "Area:天津机场片区",
    );
  });

  it("names no area from a list closed by 等 (九江等片区)", () => {
    expect(idsBy([areas], "江西自贸区包括南昌、九江等片区。")).not.toContain("Area:九江等片区");
    expect(idsBy([areas], "赣州片区等片区同步推进。")).toEqual(["Area:赣州片区"]);
  });
});
