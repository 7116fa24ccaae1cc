import { charClass, NAME_FUNCTION_CHARS } from "../lexicon";
import { QUANTIFIER } from "./names";
import type { EntityRule } from "./types";

/** One to three characters and 县 or 旗 (Inner Mongolia's banners), not 县域/县城/县级. */
const COUNTY = /^([\u4e00-\u9fff]{1,3}?)(县|旗)(?![域城级区乡])/;
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
      const base = m?.[1] ?? "";
      if (!m || FUNCTION.test(base) || QUANTIFIER.test(base) || (base.length === 1 && m[2] === "旗"))
        continue;
      const cs = c.ce;
      const ce = cs + m[0].length;
      const prov = c.id.startsWith("Province:") ? n.cat.get(c.id)?.name : n.cat.get(c.id)?.parent;
      const id = n.cat.resolve(m[0], ["City"]) ?? n.ensure("City", m[0], prov ? { parent: prov } : {});
      add({ id, cs, ce, method: "pattern" });
    }
  },
};
