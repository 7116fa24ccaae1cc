import { describe, expect, it } from "vitest";
import { insertedRoutes } from "../../../../../server/extract/entities/inserted-routes";
import { nameInternal } from "../../../../../server/extract/relations/name-internal";
import { mentionsBy, relationsBy } from "../../../../support/rules";

// Invented sentences.
describe("entity rule inserted-routes", () => {
  it("reads 中欧(A—B)班列 as 中欧班列 with the route's places as its parts", () => {
    expect(mentionsBy([insertedRoutes], "首列中欧（杜伊斯堡—西安）班列昨日抵达。", false)).toEqual([
      "Corridor:中欧班列@中欧（杜伊斯堡—西安）班列",
    ]);
    const found = relationsBy([nameInternal], "首列中欧（杜伊斯堡—西安）班列昨日抵达。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:杜伊斯堡");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:西安");
  });

  it("reads no route from a bracket of words, of an unknown stop or a stop not written whole, before another noun, or in no catalogued service", () => {
    for (const text of [
      "中欧（西安新筑—汉堡）班列开行量居全国前列。",
      "中欧（汉堡—甲乙丙镇）班列今日首发。",
      "中非（杜伊斯堡—西安）班列今日首发。",
      "中欧（上海—汉堡）论坛在上海举行。",
      "中欧（研发—制造）班列项目签约。",
    ])
      expect(mentionsBy([insertedRoutes], text, false)).toEqual([]);
  });
});
