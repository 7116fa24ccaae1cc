import { LEGAL_FORMS } from "../lexicon";
import type { EntityRule } from "./types";

/**
 * What turns a port's name into its operating company's: a group, a joint-stock company or a holding,
 * with an optional legal form after it (青岛港集团, 宁波舟山港股份, 天津港控股有限公司). 股份制 (a form of
 * ownership), 集团化 (becoming a group) and a holding's stake or shareholder (控股权, 控股股东, 控股比例,
 * 控股子公司) are no name.
 */
const COMPANY_TAIL = new RegExp(
  `^(?:集团(?!化)|股份(?!制)|控股(?!权|股东|比例|子公司))(?:${LEGAL_FORMS}|公司)?`,
);

/**
 * Port groups: a catalogued port followed by 集团, 股份 or 控股 names the company that runs it
 * (日照港集团副总经理, 与广州港股份签约, 迪拜港集团经营), not the port. The whole name is the
 * organisation; it outranks the port by its length.
 */
export const portGroups: EntityRule = {
  name: "port-groups",
  type: "Organization",
  priority: 1,
  find({ norm, n, add, cands }) {
    if (!/港(?:集团|股份|控股)/.test(norm)) return;
    for (const c of [...cands]) {
      if (!c.id.startsWith("Port:") || norm[c.ce - 1] !== "港") continue;
      const tail = COMPANY_TAIL.exec(norm.slice(c.ce, c.ce + 12));
      if (!tail) continue;
      const ce = c.ce + tail[0].length;
      add({ id: n.resolveOrRegister("Organization", norm.slice(c.cs, ce)), cs: c.cs, ce, method: "pattern" });
    }
  },
};
