import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import { pushMembers } from "./stage";
import type { RelationRule } from "./types";

/** Between two parties of the list. */
const SEP = /^(以及|[、和与及])$/;
/** After the list: (等N国)(正式|全面)生效/实施, or 的生效. */
const IN_FORCE = /^(等\d*\s*个?(国|国家|成员国?|经济体))?(正式|全面|相继|先后|已|已经|均)*(生效|实施)/;

/**
 * An agreement that enters into force for parties: RCEP于2023年6月2日对菲律宾正式生效, 协定已对
 * 文莱、柬埔寨等6国生效 → ALIGNS_WITH from each party to the agreement, stage in_force. The agreement
 * is named before 对/在 in the same clause; the parties are the countries listed right after it.
 */
export const inForceFor: RelationRule = {
  name: "in-force-for",
  types: ["ALIGNS_WITH"],
  find({ norm, abbr, of, push }) {
    const countries = [...of("Country"), ...abbr.filter((m) => typeOf(m.id) === "Country")].sort(
      (x, y) => x.cs - y.cs,
    );
    for (const ag of of("Agreement")) {
      const stop = norm.slice(ag.ce).search(/[，,；;。！？!?]/);
      const clause = stop < 0 ? norm.slice(ag.ce) : norm.slice(ag.ce, ag.ce + stop);
      for (const t of clause.matchAll(/[对在]/g)) {
        const parties: Mention[] = [];
        let k = ag.ce + (t.index ?? 0) + 1;
        for (const c of countries) {
          if (c.cs < k) continue;
          if (!(parties.length === 0 ? c.cs === k : SEP.test(norm.slice(k, c.cs)))) break;
          parties.push(c);
          k = c.ce;
        }
        const tail = IN_FORCE.exec(norm.slice(k));
        if (parties.length === 0 || !tail) continue;
        const end = k + tail[0].length;
        pushMembers(push, parties, ag.id, () => ({ cs: ag.cs, ce: end }), "in_force");
        break;
      }
    }
  },
};
