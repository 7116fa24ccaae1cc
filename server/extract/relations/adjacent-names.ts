import { typeOf } from "./context";
import type { RelationRule } from "./types";

/** A county, district or banner: a City whose name ends with 县, 区 or 旗. */
const COUNTY = /^City:[\u4e00-\u9fff]{1,6}[县区旗]$/;
/** A county-level city written with 市 right after its prefecture (临汾侯马市, 苏州昆山市). */
const countyCity = (norm: string, cs: number, ce: number) =>
  norm[ce - 1] === "市" ? ce - cs >= 3 : norm[ce] === "市" && ce - cs >= 2;

/**
 * 内蒙古自治区满洲里市, 福建的厦门: a city right after its province; 石家庄高邑县: a county right after
 * its city; 广西自贸试验区崇左片区: an area right
 * after its zone.
 */
export const adjacentNames: RelationRule = {
  name: "adjacent-names",
  types: ["LOCATED_IN", "PART_OF"],
  find({ ms, norm, cat, push }) {
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i];
      const b = ms[i + 1];
      if (!a || !b) continue;
      // (also 福建的厦门 and the address form 辽宁 大连; the catalog may only veto a city it puts in
      // another province)
      const parent = cat.get(b.id)?.parent;
      const other = parent !== undefined && `Province:${parent}` !== a.id;
      // (a county or district right after its city: 石家庄高邑县, 成都市双流区)
      const county = typeOf(a.id) === "City" && (COUNTY.test(b.id) || countyCity(norm, b.cs, b.ce));
      if (
        ((typeOf(a.id) === "Province" && !other) || county) &&
        typeOf(b.id) === "City" &&
        /^(的| )?$/.test(norm.slice(a.ce, b.cs))
      ) {
        push({
          type: "LOCATED_IN",
          source: b.id,
          target: a.id,
          method: "pattern",
          confidence: 0.9,
          cs: a.cs,
          ce: b.ce,
        });
      }
      // 中国（上海）自由贸易试验区临港新片区, 广西自贸试验区崇左片区, 上海自贸试验区（临港新片区）
      if (typeOf(a.id) === "FreeTradeZone" && typeOf(b.id) === "Area" && b.cs - a.ce <= 1) {
        push({
          type: "PART_OF",
          source: b.id,
          target: a.id,
          method: "pattern",
          confidence: 0.95,
          cs: a.cs,
          ce: b.ce,
        });
      }
    }
  },
};
