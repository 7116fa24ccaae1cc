import { hanRunBefore } from "../clauses";
import type { EntityRule } from "./types";

/**

 */
export const bilateralFtas: EntityRule = {
  name: "bilateral-ftas",
  type: "Agreement",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(/(等)?(升级)?(自由贸易协定|自贸协定)/g)) {
      let pos = m.index ?? 0;
      while (pos > 1) {
        const run = norm.slice(hanRunBefore(norm, pos, 6), pos);
        const ci = run.lastIndexOf("中");
        if (ci < 0) break;
        const rest = run.slice(ci + 1);
        let cid = rest.length === 1 ? n.cat.countryAbbr.get(rest) : n.cat.places.get(rest);
        if (!cid && rest.length > 1) cid = n.cat.resolve(rest, ["Country"]);
        if (!cid?.startsWith("Country:")) break;
        const ce = pos;
        const cs = pos - rest.length - 1;
        const cname = cid.slice("Country:".length);
        const id =
          n.cat.resolve(`中国-${cname}自由贸易协定`, ["Agreement"]) ??
          n.ensure("Agreement", `中国-${cname}自由贸易协定`);
        add({ id, cs, ce, method: "pattern", parts: [{ id: cid, cs: cs + 1, ce }] });
        if (norm[cs - 1] === "、" || norm[cs - 1] === "和") pos = cs - 1;
        else break;
      }
    }
  },
};
