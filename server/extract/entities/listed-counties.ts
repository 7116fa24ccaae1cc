import { charClassBody, entityAlt, NAME_FUNCTION_CHARS, QUANTIFIER } from "../lexicon";
import type { Candidate, EntityRule } from "./types";

/**
 * An item of a 、 list: two or three characters and 县 or 市, closed by the next separator (entity-words.json
 * countyItemEnds, punctuation) or the list's end.
 */
const ITEM = new RegExp(
  `(?<=、)([\\u4e00-\\u9fff]{2,3}?)(县|市)(?=${entityAlt("countyItemEnds")}|[，。；,;]|$)`,
  "g",
);
/**
 * Words in 市 that name no city (城市, 超市, 上市…), a count of the places listed (南宁、柳州二市: two cities)
 * (entity-words.json countyNotPlaceEnds) and function words a place name does not hold.
 */
const NOT_PLACE = new RegExp(
  `(${entityAlt("countyNotPlaceEnds")})$|[${charClassBody(`${NAME_FUNCTION_CHARS}和与及`)}]`,
);

/** A place (city, county, province, dev zone) of the list right before the item's separator. */
function placeBefore(cands: readonly Candidate[], sep: number): boolean {
  return cands.some((c) => c.ce === sep && /^(City|Province|DevZone):/.test(c.id));
}

/**
 * Counties and county-level cities listed with other places: 开发区、临湘市、平江县、华容县 → 临湘 (a city
 * without 市, as cities are named), 平江县, 华容县 (as written, with 县). An item counts only after a
 * place found by another rule, the first item of a chain found here included.
 */
export const listedCounties: EntityRule = {
  name: "listed-counties",
  type: "City",
  priority: 1,
  find({ norm, n, add, cands }) {
    const found: Candidate[] = [...cands];
    for (const m of norm.matchAll(ITEM)) {
      const cs = m.index ?? 0;
      const base = m[1] ?? "";
      if (NOT_PLACE.test(base) || QUANTIFIER.test(base) || !placeBefore(found, cs - 1)) continue;
      const name = m[2] === "县" ? `${base}县` : base;
      const known = n.cat.resolve(name, ["City"]);
      if (known && !known.startsWith("City:")) continue;
      const id = known ?? n.ensure("City", name);
      const ce = cs + m[0].length;
      add({ id, cs, ce, method: "pattern" });
      found.push({ id, cs, ce, method: "pattern", parts: [], prio: 1 });
    }
  },
};
