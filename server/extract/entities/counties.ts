import { ADMIN_SUFFIX, charClass, NAME_FUNCTION_CHARS, QUANTIFIER } from "../lexicon";
import type { EntityRule } from "./types";

/**
 * One to three characters and 县 or 旗 (Inner Mongolia's banners), not 县域/县城/县级; after the
 * administrative suffix of the place before when its name is written without it (日喀则市吉隆县).
 */
const COUNTY = new RegExp(`^(${ADMIN_SUFFIX})?([\\u4e00-\\u9fff]{1,3}?)(县|旗)(?![域城级区乡])`);
/** Function words a county name does not hold. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则和与及各全");

/** A county or banner read right after a place: its span and its name as written (with 县 or 旗). */
export interface CountyAfter {
  cs: number;
  ce: number;
  name: string;
}

/**
 * The one reading of "a county written right after a place" (the place ends at `at`): the shape COUNTY
 * with its guards (no function word, count or quantifier; no one-character banner; the head of the place
 * before, 省 市 州 区, opens no county name: 万象省万荣县 after 万象). Read by counties after a Chinese or
 * catalogued place and by foreign-divisions after a foreign division (忠清北道…, 万象省…).
 */
export function countyAfter(norm: string, at: number): CountyAfter | undefined {
  const m = COUNTY.exec(norm.slice(at, at + 5));
  const base = m?.[2] ?? "";
  if (!m || FUNCTION.test(base) || QUANTIFIER.test(base) || (base.length === 1 && m[3] === "旗")) return;
  // 万象省万荣县: the head of the place before (省, 市, 州) opens no county name
  if (/^[省市州区]/.test(base)) return;
  const cs = at + (m[1]?.length ?? 0);
  const ce = at + m[0].length;
  return { cs, ce, name: norm.slice(cs, ce) };
}

/**
 * Counties written after their city or province: 石家庄高邑县, 四川省郫县 → City 高邑县 (as written, with
 * 县), the place before it as its part (LOCATED_IN).
 */
export const counties: EntityRule = {
  name: "counties",
  type: "City",
  priority: 1,
  find({ norm, n, add, cands }) {
    for (const c of [...cands]) {
      if (!/^(Province|City):/.test(c.id)) continue;
      const county = countyAfter(norm, c.ce);
      if (!county) continue;
      const prov = c.id.startsWith("Province:") ? n.cat.get(c.id)?.name : n.cat.get(c.id)?.parent;
      const id =
        n.cat.resolve(county.name, ["City"]) ?? n.ensure("City", county.name, prov ? { parent: prov } : {});
      add({ id, cs: county.cs, ce: county.ce, method: "pattern" });
    }
  },
};
