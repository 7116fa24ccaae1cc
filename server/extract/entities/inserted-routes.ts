import type { Span } from "./names";
import type { EntityRule } from "./types";

/**
 * A route in brackets written between the two parts of a service's name: 中欧(汉堡-合肥)班列 (the text
 * normalised: brackets and dashes folded). Two or three stops of two to six characters joined by dashes.
 */
const INSERTED = /中欧\(([\u4e00-\u9fff]{2,6}(?:-[\u4e00-\u9fff]{2,6}){1,2})\)(?=班列)/g;

/**
 * 中欧(汉堡—合肥)班列 is a line of 中欧班列 written with its route inside the name: the mention is
 * 中欧班列 and the places of the route are its parts (its stops), as a route in brackets after the
 * name is (中欧班列（南宁—杜伊斯堡）, bracketed-services.ts). Every stop must be a known place: a
 * bracket of operators or words (中欧(成渝)班列, 中欧(亚)班列) is no route.
 */
export const insertedRoutes: EntityRule = {
  name: "inserted-routes",
  type: "Corridor",
  priority: 3,
  find({ norm, n, add }) {
    // (a cheap test before the scan)
    if (!norm.includes("中欧(")) return;
    for (const m of norm.matchAll(INSERTED)) {
      const inside = m[1] ?? "";
      const at = (m.index ?? 0) + 3;
      const places = n.placesIn(inside);
      // every stop a place written whole (汉堡-合肥; not 研发-制造, nor 西安新筑-汉堡)
      if (places.map((p) => inside.slice(p.start, p.end)).join("-") !== inside) continue;
      const parts: Span[] = places.map((p) => ({ id: p.id, cs: at + p.start, ce: at + p.end }));
      const id = n.cat.resolve("中欧班列", ["Corridor"]);
      if (!id) continue;
      add({ id, cs: m.index ?? 0, ce: (m.index ?? 0) + m[0].length + 2, method: "pattern", parts });
    }
  },
};
