import { charClass, NAME_FUNCTION_CHARS } from "../lexicon";
import { QUANTIFIER } from "./names";
import type { EntityRule } from "./types";

/**
 * The administrative suffix of a place written without it before the next, lower place (日喀则市吉隆县,
 * 喀什地区疏附县, 红河州河口县), as regex alternatives: read by counties, adjacent-names and located-at.
 */
export const ADMIN_SUFFIX = "市|州|盟|地区";

/**
 * One to three characters and 县 or 旗 (Inner Mongolia's banners), not 县域/县城/县级; after the
 * administrative suffix of the place before when its name is written without it (日喀则市吉隆县).
 */
const COUNTY = new RegExp(`^(${ADMIN_SUFFIX})?([\\u4e00-\\u9fff]{1,3}?)(县|旗)(?![域城级区乡])`);
/** Function words a county name does not hold. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则和与及各全");

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
      const m = COUNTY.exec(norm.slice(c.ce, c.ce + 5));
      const base = m?.[2] ?? "";
      if (!m || FUNCTION.test(base) || QUANTIFIER.test(base) || (base.length === 1 && m[3] === "旗"))
        continue;
      // 万象省万荣县: the head of the place before (省, 市, 州) opens no county name
      if (/^[省市州区]/.test(base)) continue;
      const cs = c.ce + (m[1]?.length ?? 0);
      const ce = c.ce + m[0].length;
      const name = norm.slice(cs, ce);
      const prov = c.id.startsWith("Province:") ? n.cat.get(c.id)?.name : n.cat.get(c.id)?.parent;
      const id = n.cat.resolve(name, ["City"]) ?? n.ensure("City", name, prov ? { parent: prov } : {});
      add({ id, cs, ce, method: "pattern" });
    }
  },
};
