import type { Span } from "./names";
import type { EntityRule } from "./types";

/**
 * A route in brackets written between the two parts of a service's name: 中欧(汉堡-合肥)班列 (the text
 * normalised: brackets and dashes folded). Two or three stops of two to six characters joined by dashes,
 * between two characters and the service's kind word.
 */
const INSERTED = /([\u4e00-\u9fff]{2})\(([\u4e00-\u9fff]{2,6}(?:-[\u4e00-\u9fff]{2,6}){1,2})\)(班列|专列)/g;

/**
 * 中欧(汉堡—合肥)班列 is a line of 中欧班列 written with its route inside the name: the mention is the
 * service whose catalogued name the two parts make (中欧 + 班列), and the places of the route are its parts
 * (its stops), as a route in brackets after the name is (中欧班列（南宁—杜伊斯堡）, bracketed-services.ts).
 * Every stop must be a known place: a bracket of words (中欧(研发—制造)班列) is no route.
 */
export const insertedRoutes: EntityRule = {
  name: "inserted-routes",
  type: "Corridor",
  priority: 3,
  find({ norm, n, add }) {
    // (a cheap test before the scan)
    if (!norm.includes(")班列") && !norm.includes(")专列")) return;
    for (const m of norm.matchAll(INSERTED)) {
      const inside = m[2] ?? "";
      const at = (m.index ?? 0) + 3;
      const places = n.placesIn(inside);
      // every stop a place written whole (汉堡-合肥; not 研发-制造, nor 西安新筑-汉堡)
      if (places.map((p) => inside.slice(p.start, p.end)).join("-") !== inside) continue;
      const id = n.cat.resolve(`${m[1]}${m[3]}`, ["Corridor"]);
      if (!id?.startsWith("Corridor:")) continue;
      const parts: Span[] = places.map((p) => ({ id: p.id, cs: at + p.start, ce: at + p.end }));
      add({ id, cs: m.index ?? 0, ce: (m.index ?? 0) + m[0].length, method: "pattern", parts });
    }
  },
};
