import { STRONG_STOPS } from "../lexicon";
import type { EntityRule } from "./types";

/** 国家 + a field of two to eight characters + an agency head: 国家移民管理局, 国家税务总局, 国家统计局. */
const AGENCY = /国家([\u4e00-\u9fff]{2,8}?)(监督管理总局|管理总局|管理局|总局|统计局|委员会|办公室)/g;

/**
 * National agencies named 国家…管理局/总局/委员会/办公室 (国家移民管理局, 国家税务总局). The field may
 * hold no stop word (国家对外的管理局 is no name); a catalogued agency keeps its canonical name.
 */
export const nationalAgencies: EntityRule = {
  name: "national-agencies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(AGENCY)) {
      const field = m[1] ?? "";
      if (STRONG_STOPS.some((w) => field.includes(w)) || /[和与及、]$/.test(field)) continue;
      const cs = m.index ?? 0;
      add({ id: n.resolveOrRegister("Organization", m[0]), cs, ce: cs + m[0].length, method: "pattern" });
    }
  },
};
